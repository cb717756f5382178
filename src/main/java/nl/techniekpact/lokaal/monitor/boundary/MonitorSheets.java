package nl.techniekpact.lokaal.monitor.boundary;

import static nl.techniekpact.lokaal.platform.control.Workbooks.number;
import static nl.techniekpact.lokaal.platform.control.Workbooks.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.techniekpact.lokaal.monitor.boundary.MonitorView.GoalYear;
import nl.techniekpact.lokaal.monitor.boundary.MonitorView.ReachView;
import nl.techniekpact.lokaal.monitor.boundary.MonitorView.SchoolBelowGoal;
import nl.techniekpact.lokaal.platform.control.Messages;
import nl.techniekpact.lokaal.platform.control.Workbooks.Column;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;

/**
 * The tables of the pact monitor as sheets, for the year's export: the same figures as the page,
 * with sheet names and headers in the reader's language. The workbook and the CSV files are written
 * from these sheets alike, so they never disagree.
 */
final class MonitorSheets {

  /** The tables, in the order of the workbook; each is also the name the export's table takes. */
  static final List<String> TABLES =
      List.of(
          "overview", "belowGoal", "byLevel", "byMunicipality", "byKind", "hostsBySector", "years");

  /** A figure of the overview: its worded name and its value. */
  record Figure(String name, Number value) {}

  private MonitorSheets() {}

  static List<Sheet<?>> all(MonitorView view, List<GoalYear> years, Messages words) {
    return TABLES.stream().<Sheet<?>>map(table -> sheet(table, view, years, words)).toList();
  }

  /** One table, by one of {@link #TABLES}. */
  static Sheet<?> sheet(String table, MonitorView view, List<GoalYear> years, Messages words) {
    String name = words.text("monitor.export.sheet." + table);
    return switch (table) {
      case "overview" -> overview(name, view, words);
      case "belowGoal" -> belowGoal(name, view, words);
      case "byLevel" -> reach(name, "level", view.byLevel(), words);
      case "byMunicipality" -> reach(name, "municipality", view.byMunicipality(), words);
      case "byKind" -> reach(name, "kind", view.byKind(), words);
      case "hostsBySector" -> reach(name, "sector", view.hostsBySector(), words);
      case "years" -> years(name, years, words);
      default -> throw new IllegalArgumentException("no monitor table " + table);
    };
  }

  private static Sheet<Figure> overview(String name, MonitorView v, Messages words) {
    String region =
        v.regionName() == null ? words.text("monitor.export.allRegions") : v.regionName();
    List<Figure> figures = new ArrayList<>();
    Function<String, String> figure = key -> words.text("monitor.export.figure." + key);
    figures.add(new Figure(figure.apply("schoolsInRegister"), v.schoolsInRegister()));
    figures.add(new Figure(figure.apply("primarySchools"), v.primarySchools()));
    figures.add(new Figure(figure.apply("primaryWithTwoOrMore"), v.primaryWithTwoOrMore()));
    figures.add(new Figure(figure.apply("primaryWithOne"), v.primaryWithOne()));
    figures.add(new Figure(figure.apply("primaryWithNone"), v.primaryWithNone()));
    figures.add(new Figure(figure.apply("goalPercentage"), v.goalPercentage()));
    figures.add(new Figure(figure.apply("activitiesAttended"), v.activitiesAttended()));
    figures.add(new Figure(figure.apply("groupsReached"), v.groupsReached()));
    figures.add(new Figure(figure.apply("pupilsReached"), v.pupilsReached()));
    figures.add(new Figure(figure.apply("attendanceUnknown"), v.attendanceUnknown()));
    figures.add(new Figure(figure.apply("absent"), v.absent()));
    figures.add(new Figure(figure.apply("planned"), v.planned()));
    return new Sheet<>(
        name,
        List.of(
            text(header(words, "region"), f -> region),
            text(header(words, "year"), f -> v.year()),
            text(header(words, "figure"), Figure::name),
            number(header(words, "value"), Figure::value)),
        figures);
  }

  private static Sheet<SchoolBelowGoal> belowGoal(String name, MonitorView v, Messages words) {
    return new Sheet<>(
        name,
        List.of(
            text(header(words, "code"), SchoolBelowGoal::code),
            text(header(words, "name"), SchoolBelowGoal::name),
            text(header(words, "town"), SchoolBelowGoal::town),
            text(header(words, "municipality"), SchoolBelowGoal::municipality),
            number(header(words, "activities"), SchoolBelowGoal::activities),
            text(header(words, "contactName"), SchoolBelowGoal::contactName),
            text(header(words, "contactEmail"), SchoolBelowGoal::contactEmail),
            text(header(words, "contactPhone"), SchoolBelowGoal::contactPhone)),
        v.belowGoal());
  }

  /** What a level, municipality, kind or sector reached; its first column names which. */
  private static Sheet<ReachView> reach(
      String name, String keyColumn, List<ReachView> rows, Messages words) {
    List<Column<ReachView>> columns =
        List.of(
            text(header(words, keyColumn), ReachView::label),
            number(header(words, "activities"), ReachView::activities),
            number(header(words, "groups"), ReachView::groups),
            number(header(words, "pupils"), ReachView::pupils),
            number(header(words, "hosts"), ReachView::hosts),
            number(header(words, "averageRating"), ReachView::averageRating),
            number(header(words, "ratings"), ReachView::ratings));
    return new Sheet<>(name, columns, rows);
  }

  /** The asked year and the years before it, the oldest first, as the page's comparison. */
  private static Sheet<GoalYear> years(String name, List<GoalYear> years, Messages words) {
    return new Sheet<>(
        name,
        List.of(
            text(header(words, "year"), GoalYear::year),
            number(header(words, "primarySchools"), GoalYear::primarySchools),
            number(header(words, "primaryWithTwoOrMore"), GoalYear::primaryWithTwoOrMore),
            number(header(words, "primaryWithOne"), GoalYear::primaryWithOne),
            number(header(words, "primaryWithNone"), GoalYear::primaryWithNone),
            number(header(words, "goalPercentage"), GoalYear::goalPercentage),
            number(header(words, "activitiesAttended"), GoalYear::activitiesAttended),
            number(header(words, "pupilsReached"), GoalYear::pupilsReached)),
        years);
  }

  private static String header(Messages words, String column) {
    return words.text("monitor.export.col." + column);
  }
}

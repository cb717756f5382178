package nl.techniekpact.lokaal.monitor.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.techniekpact.lokaal.event.entity.EditionKind;
import nl.techniekpact.lokaal.event.entity.Level;
import nl.techniekpact.lokaal.event.entity.Region;
import nl.techniekpact.lokaal.monitor.entity.PactYear;
import nl.techniekpact.lokaal.platform.control.Messages;

/** Where a region stands in a school year against the pact's goal, as other tools read it. */
public record MonitorView(
    String region,
    String regionName,
    String year,
    LocalDate firstDay,
    LocalDate lastDay,
    int goal,
    int schoolsInRegister,
    int primarySchools,
    int primaryWithTwoOrMore,
    int primaryWithOne,
    int primaryWithNone,
    double goalPercentage,
    int activitiesAttended,
    int groupsReached,
    int pupilsReached,
    int attendanceUnknown,
    int absent,
    int planned,
    List<SchoolBelowGoal> belowGoal,
    List<ReachView> byLevel,
    List<ReachView> byMunicipality,
    List<ReachView> byKind,
    List<ReachView> hostsBySector) {

  /** The region code of every region together, for administrators. */
  public static final String ALL = "all";

  /** A primary school with fewer activities than the goal, with its sign-up contact if any. */
  public record SchoolBelowGoal(
      String code,
      String name,
      String town,
      String municipality,
      int activities,
      String contactName,
      String contactEmail,
      String contactPhone) {}

  /** What one level, municipality, kind or sector reached; {@code label} is worded. */
  public record ReachView(
      String key,
      String label,
      int activities,
      int groups,
      int pupils,
      int hosts,
      Double averageRating,
      int ratings) {}

  /** The goal's figures of one school year, for comparing years. */
  public record GoalYear(
      String year,
      int primarySchools,
      int primaryWithTwoOrMore,
      int primaryWithOne,
      int primaryWithNone,
      double goalPercentage,
      int activitiesAttended,
      int pupilsReached) {

    public static GoalYear of(PactYear y) {
      return new GoalYear(
          y.year().toString(),
          y.primarySchools(),
          y.primaryWithTwoOrMore(),
          y.primaryWithOne(),
          y.primaryWithNone(),
          y.goalPercentage(),
          y.activitiesAttended(),
          y.pupilsReached());
    }
  }

  /** The school year in full, its labels in the reader's language. */
  public static MonitorView of(Region region, PactYear y, Messages words) {
    return new MonitorView(
        region == null ? ALL : region.code(),
        region == null ? null : region.name(),
        y.year().toString(),
        y.year().firstDay(),
        y.year().lastDay(),
        PactYear.GOAL,
        y.schoolsInRegister(),
        y.primarySchools(),
        y.primaryWithTwoOrMore(),
        y.primaryWithOne(),
        y.primaryWithNone(),
        y.goalPercentage(),
        y.activitiesAttended(),
        y.groupsReached(),
        y.pupilsReached(),
        y.attendanceUnknown(),
        y.absent(),
        y.planned(),
        y.belowGoal().stream()
            .map(
                c ->
                    new SchoolBelowGoal(
                        c.school().code(),
                        c.school().name(),
                        c.school().town(),
                        c.school().municipality(),
                        c.activities(),
                        c.school().contactName(),
                        c.school().contactEmail(),
                        c.school().contactPhone()))
            .toList(),
        reach(
            y.byLevel(),
            k -> k == null ? words.text("monitor.levelUnknown") : words.word(Level.valueOf(k))),
        reach(y.byMunicipality(), k -> k == null ? words.text("monitor.notOnRegister") : k),
        reach(y.byKind(), k -> kindLabel(k, words)),
        reach(y.hostsBySector(), k -> k == null ? words.text("monitor.sectorUnknown") : k));
  }

  /** An edition kind by its worded name; a kind of activity outside Lokaal by its own name. */
  static String kindLabel(String key, Messages words) {
    for (EditionKind kind : EditionKind.values()) {
      if (kind.name().equals(key)) {
        return words.word(kind);
      }
    }
    return key;
  }

  private static List<ReachView> reach(List<PactYear.Reach> reach, Function<String, String> label) {
    return reach.stream()
        .map(
            r ->
                new ReachView(
                    r.key(),
                    label.apply(r.key()),
                    r.activities(),
                    r.groups(),
                    r.pupils(),
                    r.hosts(),
                    r.averageRating(),
                    r.ratings()))
        .toList();
  }
}

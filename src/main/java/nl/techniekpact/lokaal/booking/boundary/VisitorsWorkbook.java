package nl.techniekpact.lokaal.booking.boundary;

import static nl.techniekpact.lokaal.platform.control.Workbooks.date;
import static nl.techniekpact.lokaal.platform.control.Workbooks.number;
import static nl.techniekpact.lokaal.platform.control.Workbooks.text;
import static nl.techniekpact.lokaal.platform.control.Workbooks.time;

import java.util.List;
import java.util.Map;
import nl.techniekpact.lokaal.platform.control.Workbooks.Sheet;

/**
 * A visitor list as a one-sheet workbook with the columns and headers of {@link VisitorsCsv}, the
 * day as a date, arrival and end as times and the pupils as a number.
 */
final class VisitorsWorkbook {

  private static final Map<String, String> SHEET_NAMES =
      Map.of("nl", "bezoekers", "en", "visitors", "de", "Besucher");

  private VisitorsWorkbook() {}

  static Sheet<VisitorView> sheet(List<VisitorView> visitors, String language) {
    List<String> h = VisitorsCsv.header(language);
    return new Sheet<>(
        SHEET_NAMES.getOrDefault(language == null ? "nl" : language, SHEET_NAMES.get("nl")),
        List.of(
            date(h.get(0), VisitorView::date),
            time(h.get(1), VisitorView::arrival),
            time(h.get(2), VisitorView::end),
            text(h.get(3), VisitorView::company),
            text(h.get(4), VisitorView::school),
            text(h.get(5), VisitorView::group),
            text(h.get(6), v -> v.level().dutchName()),
            number(h.get(7), VisitorView::pupils),
            text(h.get(8), VisitorView::teacherName),
            text(h.get(9), VisitorView::teacherEmail),
            text(h.get(10), VisitorView::teacherPhone)),
        visitors);
  }
}

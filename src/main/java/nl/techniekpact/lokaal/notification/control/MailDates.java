package nl.techniekpact.lokaal.notification.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times in a mail as its reader writes them: "maandag 8 februari 2027", "Monday 8
 * February 2027", "Montag, 8. Februar 2027"; times of day as 09:30. The templates put the commas
 * and dashes around them.
 */
public final class MailDates {

  private static final Map<String, DateTimeFormatter> DAYS =
      Map.of(
          "nl", DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.forLanguageTag("nl")),
          "en", DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH),
          "de", DateTimeFormatter.ofPattern("EEEE, d. MMMM uuuu", Locale.GERMAN));

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private MailDates() {}

  public static String day(LocalDate date, Locale locale) {
    return DAYS.get(MailTemplates.language(locale)).format(date);
  }

  public static String time(LocalTime time) {
    return TIME.format(time);
  }

  /** The variables with every date and time of day in them (also in lists and maps) worded. */
  static Map<String, Object> worded(Map<String, Object> variables, Locale locale) {
    Map<String, Object> worded = new LinkedHashMap<>();
    variables.forEach((name, value) -> worded.put(name, worded(value, locale)));
    return worded;
  }

  private static Object worded(Object value, Locale locale) {
    if (value instanceof LocalDate date) {
      return day(date, locale);
    }
    if (value instanceof LocalTime time) {
      return time(time);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> worded = new LinkedHashMap<>();
      map.forEach((k, v) -> worded.put((String) k, worded(v, locale)));
      return worded;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> worded(v, locale)).toList();
    }
    return value;
  }
}

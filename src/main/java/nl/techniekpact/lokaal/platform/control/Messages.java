package nl.techniekpact.lokaal.platform.control;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.techniekpact.lokaal.platform.entity.InvalidValueException;
import nl.techniekpact.lokaal.platform.entity.Label;

/**
 * What Lokaal says to people outside its pages and mail templates (refusals, field labels, the
 * names of levels, days and statuses) in Dutch, English or German, from each feature's {@code
 * messages} bundles. Dutch is the base: a language Lokaal does not speak gets Dutch.
 *
 * <p>Arguments are worded for the reader too: a {@link Label} becomes the form's label of that
 * field, an enum constant its name under {@code SimpleName.CONSTANT}, a date "8 februari 2027", a
 * day of the week "maandag", a time "9:30", a collection its elements joined by commas.
 */
public final class Messages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** The languages Lokaal speaks, Dutch first. */
  public static final List<Locale> LANGUAGES = List.of(DUTCH, Locale.ENGLISH, Locale.GERMAN);

  /**
   * Each feature words its own refusals in {@code <feature>/messages.properties} (Dutch), {@code
   * _en} and {@code _de}; a key is looked up in these in turn.
   */
  public static final List<String> FEATURES =
      List.of(
          "platform",
          "access",
          "event",
          "school",
          "company",
          "booking",
          "proposal",
          "audit",
          "exchange",
          "notification",
          "monitor");

  private static final Logger LOG = Logger.getLogger(Messages.class.getName());
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final List<ResourceBundle> bundles;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundles =
        FEATURES.stream()
            .map(
                feature ->
                    ResourceBundle.getBundle(
                        "nl.techniekpact.lokaal." + feature + ".messages",
                        locale,
                        Messages.class.getClassLoader(),
                        NO_FALLBACK))
            .toList();
  }

  /** The message under {@code key}, or null if no feature has it. */
  private String find(String key) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return null;
  }

  /** The messages in {@code wanted}'s language if Lokaal speaks it, else in Dutch. */
  public static Messages in(Locale wanted) {
    return new Messages(supported(wanted));
  }

  /** {@code wanted}'s language if Lokaal speaks it, else Dutch. */
  public static Locale supported(Locale wanted) {
    if (wanted != null) {
      for (Locale language : LANGUAGES) {
        if (language.getLanguage().equals(wanted.getLanguage())) {
          return language;
        }
      }
    }
    return DUTCH;
  }

  /** Whether Lokaal speaks {@code wanted}'s language. */
  public static boolean speaks(Locale wanted) {
    return wanted != null
        && LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()));
  }

  public Locale locale() {
    return locale;
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return find(key) != null;
  }

  /**
   * The message under {@code key} with its arguments worded for the reader. A key the bundle lacks
   * is a defect (ProblemKeysTest looks for them); it is logged and shown as the key itself.
   */
  public String text(String key, Object... args) {
    String pattern = find(key);
    if (pattern == null) {
      LOG.warning("No message " + key + " for " + locale);
      return key;
    }
    Object[] worded = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      worded[i] = word(args[i]);
    }
    return new MessageFormat(pattern, locale).format(worded);
  }

  /** One refused field's message: {0} is the field's label, the violation's arguments the rest. */
  public String refusal(InvalidValueException.Violation violation) {
    List<Object> args = new ArrayList<>();
    args.add(new Label(violation.field()));
    args.addAll(violation.args());
    return text(violation.key(), args.toArray());
  }

  /** The form's label of the request field at {@code path}; list indices are left out. */
  public String label(String path) {
    String plain = path == null ? "body" : path.replaceAll("\\[\\d+]", "");
    String label = find("field." + plain);
    if (label != null) {
      return label;
    }
    LOG.fine(() -> "No label for field " + plain + " in " + locale);
    return plain;
  }

  /** One argument as the reader reads it. */
  public String word(Object arg) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Label label) {
      return label(label.field());
    }
    if (arg instanceof DayOfWeek day) {
      return day.getDisplayName(TextStyle.FULL, locale);
    }
    if (arg instanceof Enum<?> constant) {
      String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      String name = find(key);
      return name != null ? name : constant.name();
    }
    if (arg instanceof LocalDate date) {
      return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
    if (arg instanceof LocalTime time) {
      return time.format(DateTimeFormatter.ofPattern("H:mm", locale));
    }
    if (arg instanceof Collection<?> many) {
      return many.stream().map(this::word).collect(Collectors.joining(", "));
    }
    if (arg instanceof Number) {
      return arg instanceof Integer || arg instanceof Long
          ? arg.toString()
          : java.text.NumberFormat.getNumberInstance(locale).format(arg);
    }
    return arg.toString();
  }
}

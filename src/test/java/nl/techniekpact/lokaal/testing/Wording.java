package nl.techniekpact.lokaal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader of a Dutch page or answer must not meet: English sentences and machine names
 * (request paths like {@code teacherEmail}, ids like {@code S00064} or {@code admin:1}). Tests of
 * answers and pages ask {@link #faults} of each text a person reads.
 */
public final class Wording {

  /**
   * English words that are no Dutch or German words and that any English sentence of an answer or a
   * page is all but certain to hold. Two of them in one text make it English.
   */
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "must",
          "should",
          "cannot",
          "can't",
          "not",
          "is",
          "are",
          "be",
          "been",
          "was",
          "were",
          "has",
          "have",
          "with",
          "which",
          "this",
          "that",
          "than",
          "from",
          "for",
          "of",
          "and",
          "or",
          "to",
          "at",
          "only",
          "any",
          "invalid",
          "required",
          "allowed",
          "expected",
          "found",
          "unknown",
          "please",
          "field",
          "value",
          "already",
          "exists",
          "greater",
          "less",
          "equal",
          "empty",
          "blank",
          "between",
          "after",
          "before",
          "takes",
          "groups");

  /** English words that are Dutch or German words too, so never count alone. */
  private static final Set<String> ALSO_DUTCH_OR_GERMAN = Set.of("is", "was", "of", "have", "be");

  private static final Pattern WORD = Pattern.compile("[A-Za-z']+");

  /** camelCase or dotted request paths: {@code teacherEmail}, {@code contact.email}. */
  private static final Pattern MACHINE_NAME =
      Pattern.compile("\\b[a-z]{2,}[A-Z][A-Za-z]*\\b|\\b[a-z]{2,}\\.[a-z]{2,}[A-Za-z.]*\\b");

  /** Ids as Lokaal writes them inside: slot S00064, group G00012, caller admin:1. */
  private static final Pattern RAW_ID =
      Pattern.compile("\\b[SG]\\d{3,}\\b|\\b(?:admin|organiser|school|company):\\d+\\b");

  private Wording() {}

  /**
   * Why a text a person reads is not Dutch as it should be: the English words it holds when there
   * are at least two, the machine names and raw ids; empty if it is fine. {@code allowed} are words
   * of the data (names, addresses) that may stand in it.
   */
  public static List<String> faults(String text, String... allowed) {
    String checked = text == null ? "" : text;
    for (String data : allowed) {
      checked = checked.replace(data, " ");
    }
    // Addresses, e-mail addresses and file names are data, not words.
    checked =
        checked
            .replaceAll("https?://\\S+", " ")
            .replaceAll("\\S+@\\S+", " ")
            .replaceAll("\\S+\\.(csv|xlsx|zip|ics|pdf)\\b", " ");
    List<String> faults = new ArrayList<>();
    List<String> english = new ArrayList<>();
    Matcher word = WORD.matcher(checked);
    while (word.find()) {
      String w = word.group().toLowerCase(Locale.ROOT);
      if (ENGLISH.contains(w)) {
        english.add(w);
      }
    }
    if (english.stream().filter(w -> !ALSO_DUTCH_OR_GERMAN.contains(w)).count() >= 2) {
      faults.add("English words " + english);
    }
    Matcher name = MACHINE_NAME.matcher(checked);
    while (name.find()) {
      faults.add("machine name " + name.group());
    }
    Matcher id = RAW_ID.matcher(checked);
    while (id.find()) {
      faults.add("raw id " + id.group());
    }
    return faults;
  }
}

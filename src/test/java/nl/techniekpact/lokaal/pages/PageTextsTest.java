package nl.techniekpact.lokaal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' words live in assets/texts, one JSON file per language; the page modules and pages
 * hold keys only. Keys built at run time ({@code 'level.' + level}) are checked as prefixes.
 */
class PageTextsTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path TEXTS = WEBAPP.resolve("assets/texts");
  private static final List<String> LANGUAGES = List.of("nl", "en", "de");

  /** A key in a call: t('key'), tx(tag, 'key') or 'data-t…': 'key'. */
  private static final Pattern CALLED =
      Pattern.compile(
          "\\bt\\(\\s*(['\"])([^'\"]+)\\1\\s*[,)]"
              + "|\\btx\\(\\s*[^,()]+,\\s*(['\"])([^'\"]+)\\3\\s*[,)]"
              + "|['\"]data-t(?:-[a-z-]+)?['\"]\\s*:\\s*(['\"])([^'\"]+)\\5");

  /** Any quoted word with dots, such as 'al.col.' or 'ed.importChoose'. */
  private static final Pattern DOTTED = Pattern.compile("(['\"])([a-z][\\w-]*(?:\\.[\\w-]*)+)\\1");

  /** The keys named in a page's markup: data-t="key", data-t-placeholder="key" and the like. */
  private static final Pattern MARKUP = Pattern.compile("\\bdata-t(?:-[a-z-]+)?=\"([^\"]+)\"");

  /** A dictionary written into a module: texts({ nl: { ... } }) or a language's object literal. */
  private static final Pattern DICTIONARY =
      Pattern.compile("\\btexts\\(\\s*\\{|(?m)^\\s*['\"]?(?:nl|en|de)['\"]?\\s*:\\s*\\{");

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    Set<String> dutch = keys("nl").keySet();
    for (String language : LANGUAGES) {
      Set<String> other = keys(language).keySet();
      assertEquals(Set.of(), difference(dutch, other), "keys missing in " + language + ".json");
      assertEquals(Set.of(), difference(other, dutch), "keys only in " + language + ".json");
    }
  }

  /**
   * Buttons side by side on one page must not read alike: signing out is not withdrawing a class.
   */
  @Test
  void signingOutAndWithdrawingAClassHaveDistinctWordsInEveryLanguage() throws IOException {
    for (String language : LANGUAGES) {
      Map<String, String> texts = keys(language);
      assertNotEquals(
          texts.get("nav.signout").toLowerCase(java.util.Locale.ROOT),
          texts.get("school.withdraw").toLowerCase(java.util.Locale.ROOT),
          language + ".json");
    }
  }

  @Test
  void eachFileListsItsKeysOnceInSortedOrderSoTheFilesReadSideBySide() throws IOException {
    for (String language : LANGUAGES) {
      List<String> order = keyOrder(language);
      for (int i = 1; i < order.size(); i++) {
        assertTrue(
            order.get(i - 1).compareTo(order.get(i)) < 0,
            language + ".json: '" + order.get(i) + "' comes after '" + order.get(i - 1) + "'");
      }
    }
  }

  @Test
  void everyTextIsSomeWords() throws IOException {
    for (String language : LANGUAGES) {
      keys(language)
          .forEach(
              (key, text) -> assertFalse(text.isBlank(), language + ".json: " + key + " is empty"));
    }
  }

  @Test
  void everyKeyThePagesUseIsDefined() throws IOException {
    Set<String> defined = keys("nl").keySet();
    Set<String> missing = new TreeSet<>();
    for (Path module : modules()) {
      String code = withoutComments(Files.readString(module));
      Matcher called = CALLED.matcher(code);
      while (called.find()) {
        String key = firstNonNull(called.group(2), called.group(4), called.group(6));
        if (!key.endsWith(".") && !defined.contains(key)) missing.add(name(module) + ": " + key);
      }
      Set<String> namespaces = namespaces(defined);
      Matcher dotted = DOTTED.matcher(code);
      while (dotted.find()) {
        String word = dotted.group(2);
        if (!namespaces.contains(word.substring(0, word.indexOf('.')))) continue;
        boolean known =
            word.endsWith(".")
                ? defined.stream().anyMatch(k -> k.startsWith(word))
                : defined.contains(word);
        if (!known) missing.add(name(module) + ": " + word);
      }
    }
    for (Path page : pages()) {
      Matcher named = MARKUP.matcher(Files.readString(page));
      while (named.find()) {
        if (!defined.contains(named.group(1))) missing.add(name(page) + ": " + named.group(1));
      }
    }
    assertEquals(Set.of(), missing, "keys (or key prefixes) used but defined in no language");
  }

  @Test
  void noPageModuleHoldsATextDictionary() throws IOException {
    for (Path module : modules()) {
      Matcher dictionary = DICTIONARY.matcher(withoutComments(Files.readString(module)));
      boolean holds = dictionary.find();
      assertFalse(holds, () -> name(module) + " holds texts: " + dictionary.group());
    }
  }

  private static Map<String, String> keys(String language) throws IOException {
    try (Reader reader = Files.newBufferedReader(TEXTS.resolve(language + ".json"));
        var json = Json.createReader(reader)) {
      Map<String, String> texts = new LinkedHashMap<>();
      json.readObject().forEach((key, value) -> texts.put(key, ((JsonString) value).getString()));
      return texts;
    }
  }

  /** The keys as written, duplicates included (a parsed object would keep only the last). */
  private static List<String> keyOrder(String language) throws IOException {
    List<String> order = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(TEXTS.resolve(language + ".json"));
        JsonParser parser = Json.createParser(reader)) {
      int depth = 0;
      while (parser.hasNext()) {
        Event event = parser.next();
        if (event == Event.START_OBJECT) depth++;
        if (event == Event.END_OBJECT) depth--;
        if (event == Event.KEY_NAME && depth == 1) order.add(parser.getString());
      }
    }
    return order;
  }

  private static Set<String> namespaces(Set<String> keys) {
    return keys.stream()
        .filter(k -> k.contains("."))
        .map(k -> k.substring(0, k.indexOf('.')))
        .collect(Collectors.toSet());
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }

  /** Drops whole-line comments (//, /** and its * lines), where ids and examples are described. */
  private static String withoutComments(String code) {
    return code.lines()
        .filter(
            l ->
                !l.strip().startsWith("//")
                    && !l.strip().startsWith("*")
                    && !l.strip().startsWith("/*"))
        .collect(Collectors.joining("\n"));
  }

  private static String firstNonNull(String... values) {
    return Stream.of(values).filter(v -> v != null).findFirst().orElseThrow();
  }

  private static List<Path> modules() throws IOException {
    return files(WEBAPP.resolve("assets"), ".js");
  }

  private static List<Path> pages() throws IOException {
    return files(WEBAPP, ".html");
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
      assertTrue(!found.isEmpty(), "no " + suffix + " files in " + folder);
      return found;
    }
  }

  private static String name(Path file) {
    return WEBAPP.relativize(file).toString();
  }
}

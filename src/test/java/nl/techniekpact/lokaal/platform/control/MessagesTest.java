package nl.techniekpact.lokaal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.techniekpact.lokaal.platform.entity.Label;
import org.junit.jupiter.api.Test;

/**
 * The message bundles say the same things in Dutch, English and German, and every message key the
 * code names is in them: a refusal never reaches a reader as a key or as English on a Dutch page.
 */
class MessagesTest {

  private static final Path SOURCES = Path.of("src/main/java");

  /** Where the code names a message key as a string literal, the key being group 1. */
  private static final List<Pattern> KEY_SITES =
      List.of(
          Pattern.compile(
              "new InvalidValueException\\(\\s*[^,()]+(?:\\([^()]*\\))?,\\s*\"([^\"]*)\""),
          Pattern.compile("new Violation\\(\\s*[^,()]+(?:\\([^()]*\\))?,\\s*\"([^\"]*)\""),
          Pattern.compile("new StateConflictException\\(\\s*\"([^\"]*)\""),
          Pattern.compile("new ForbiddenActionException\\(\\s*\"([^\"]*)\""),
          Pattern.compile("new RefusedValue\\(\\s*\"([^\"]*)\""),
          Pattern.compile("\\.say\\(\\s*\"([^\"]*)\""),
          Pattern.compile("\\.text\\(\\s*\"([^\"]*)\""),
          Pattern.compile(
              "Problem\\.invalid\\(\\s*[^,()]+(?:\\([^()]*\\))?,\\s*[^,()]+,\\s*\"([^\"]*)\""),
          Pattern.compile("refuse\\(\\s*request,\\s*\"([^\"]*)\""));

  private static final Pattern THINGS =
      Pattern.compile("new NoSuchEntityException\\(\\s*\"([^\"]*)\"");

  @Test
  void everyLanguageHasTheSameMessagesWithTheSameArguments() {
    Set<String> seen = new TreeSet<>();
    for (String feature : Messages.FEATURES) {
      Properties dutch = bundle(feature, "");
      for (String key : dutch.stringPropertyNames()) {
        assertTrue(seen.add(key), key + " is in two features' messages; " + feature + " is one");
      }
      for (String language : List.of("_en", "_de")) {
        Properties other = bundle(feature, language);
        assertEquals(
            new TreeSet<>(dutch.stringPropertyNames()),
            new TreeSet<>(other.stringPropertyNames()),
            feature + language);
        for (String key : dutch.stringPropertyNames()) {
          assertEquals(
              arguments(dutch.getProperty(key)),
              arguments(other.getProperty(key)),
              feature + ": " + key + " in " + language + " takes other arguments than in Dutch");
        }
      }
    }
  }

  @Test
  void everyMessageTheCodeNamesIsInTheBundles() {
    Set<String> keys = new TreeSet<>();
    Messages.FEATURES.forEach(feature -> keys.addAll(bundle(feature, "").stringPropertyNames()));
    List<String> missing = new ArrayList<>();
    for (Path source : sources()) {
      String code = read(source);
      for (Pattern site : KEY_SITES) {
        // The allocator has a Violation of its own, a broken rule of a plan, worded elsewhere.
        if (site.pattern().startsWith("new Violation") && !code.contains("InvalidValueException")) {
          continue;
        }
        Matcher m = site.matcher(code);
        while (m.find()) {
          // A key ending in a dot is a prefix the code completes: the bundle test covers those.
          if (!keys.contains(m.group(1)) && !m.group(1).endsWith(".")) {
            missing.add(SOURCES.relativize(source) + ": \"" + m.group(1) + "\"");
          }
        }
      }
      Matcher thing = THINGS.matcher(code);
      while (thing.find()) {
        if (!keys.contains("thing." + thing.group(1))) {
          missing.add(SOURCES.relativize(source) + ": thing." + thing.group(1));
        }
      }
    }
    assertTrue(
        missing.isEmpty(),
        "messages the code names but the bundles lack:\n" + String.join("\n", missing));
  }

  @Test
  void argumentsAreWordedForTheReader() {
    Messages dutch = Messages.in(Locale.forLanguageTag("nl-BE"));
    assertEquals("8 februari 2027", dutch.word(LocalDate.of(2027, 2, 8)));
    assertEquals("maandag", dutch.word(DayOfWeek.MONDAY));
    assertEquals("0,5", dutch.word(0.5));
    assertEquals("Dienstag", Messages.in(Locale.GERMAN).word(DayOfWeek.TUESDAY));
    assertEquals(Messages.DUTCH, Messages.in(Locale.FRENCH).locale());
    assertEquals(
        dutch.text("constraint.Min", new Label("pupils"), 1),
        dutch.label("pupils") + " moet minstens 1 zijn.");
  }

  private static Set<String> arguments(String pattern) {
    // Parsing proves the pattern is valid MessageFormat; a lone quote would swallow the text.
    new MessageFormat(pattern);
    assertTrue(
        !pattern.replace("''", "").contains("'"),
        "an apostrophe is written twice in a message (pagina''s): " + pattern);
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties bundle(String feature, String language) {
    Properties properties = new Properties();
    String name = "/nl/techniekpact/lokaal/" + feature + "/messages" + language + ".properties";
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError(name + " is missing");
      }
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

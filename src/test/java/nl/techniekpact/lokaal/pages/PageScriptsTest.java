package nl.techniekpact.lokaal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every script a page loads comes from the WAR itself: its own assets, or a WebJar that the pom
 * puts in WEB-INF/lib, whose version the page names. A version bumped in the pom but not in the
 * page would leave the page without its charts.
 */
class PageScriptsTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");

  @Test
  void everyScriptOfAPageIsServedFromTheWar() throws IOException {
    List<String> missing = new ArrayList<>();
    int webjars = 0;
    for (Path page : pages()) {
      Matcher script = SCRIPT.matcher(Files.readString(page));
      while (script.find()) {
        String src = script.group(1);
        assertFalse(
            src.matches("^(https?:)?//.*"), page + " loads a script from elsewhere: " + src);
        boolean found =
            src.startsWith("/webjars/")
                ? getClass().getResource("/META-INF/resources" + src) != null
                : Files.isRegularFile(WEBAPP.resolve(src.replaceFirst("^/", "")));
        webjars += src.startsWith("/webjars/") ? 1 : 0;
        if (!found) {
          missing.add(page.getFileName() + ": " + src);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(1, webjars, "monitor.html loads Chart.js from its WebJar");
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(WEBAPP)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}

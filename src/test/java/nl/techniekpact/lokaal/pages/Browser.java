package nl.techniekpact.lokaal.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own ChromeDriver, as a JUnit extension: one fresh
 * browser per test. Each {@link #step} is photographed; when a test fails, its photographs and one
 * of the moment it failed are written to {@code target/screenshots/<class>/<test>/}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

  private static final String CHROMIUM = System.getProperty("lokaal.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("lokaal.chromedriver", "/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final List<Shot> shots = new ArrayList<>();
  private WebDriver driver;
  private String base;
  private Path tmpProfile;

  private record Shot(String name, byte[] png) {}

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      throw new IllegalStateException(
          "the browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install chromium chromium-driver (.ci/run does this)");
    }
    tmpProfile = Files.createTempDirectory("lokaal-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // The flags that keep Chromium from calling home on a machine with a closed network.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=nl",
        "--user-data-dir=" + tmpProfile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    phone();
    shots.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      Optional<Throwable> failure = context.getExecutionException();
      if (failure.isPresent()) {
        capture("failed");
        Path folder =
            Path.of(
                System.getProperty("lokaal.screenshots", "target/screenshots"),
                context.getRequiredTestClass().getSimpleName(),
                context.getRequiredTestMethod().getName());
        Files.createDirectories(folder);
        for (int i = 0; i < shots.size(); i++) {
          Files.write(
              folder.resolve(String.format("%02d-%s.png", i + 1, shots.get(i).name())),
              shots.get(i).png());
        }
        System.err.println("browser screenshots of the failed test: " + folder.toAbsolutePath());
      }
    } finally {
      driver.quit();
      try (var files = Files.walk(tmpProfile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The server's root address, e.g. http://localhost:8181/. */
  public Browser at(String baseUrl) {
    this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return this;
  }

  /** The size of a common phone, where teachers use Lokaal. */
  public Browser phone() {
    driver.manage().window().setSize(new Dimension(412, 915));
    return this;
  }

  /** The size of an organiser's desk screen. */
  public Browser desk() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    return this;
  }

  public Browser open(String path) {
    driver.get(path.startsWith("http") ? path : base + path.replaceFirst("^/", ""));
    return this;
  }

  /** Marks a step of the journey: its screenshot is kept for the report of a failure. */
  public Browser step(String name) {
    capture(name.replaceAll("[^A-Za-z0-9-]+", "-"));
    return this;
  }

  private void capture(String name) {
    try {
      shots.add(new Shot(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
    } catch (RuntimeException e) {
      // A browser that cannot take a picture must not hide the failure being reported.
    }
  }

  /** Waits until an element is visible, and returns it. */
  public WebElement find(String css) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Clicks the element once it is visible and enabled. Pages re-render lists while data arrives, so
   * an element found a moment ago may be gone: then it is looked up again, as a person's eye would.
   */
  public Browser click(String css) {
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement element = d.findElement(By.cssSelector(css));
              if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
              }
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
              element.click();
              return true;
            });
    return this;
  }

  /** Clears a field and types into it, as a person would. */
  public Browser type(String css, Object text) {
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement field = d.findElement(By.cssSelector(css));
              if (!field.isDisplayed()) {
                return null;
              }
              field.clear();
              field.sendKeys(String.valueOf(text));
              return true;
            });
    return this;
  }

  /** Chooses an option by its value, or else by the start of its text. */
  public Browser choose(String css, String visibleTextOrValue) {
    Select select = new Select(find(css));
    boolean byValue =
        select.getOptions().stream()
            .anyMatch(o -> visibleTextOrValue.equals(o.getAttribute("value")));
    if (byValue) {
      select.selectByValue(visibleTextOrValue);
    } else {
      WebElement option =
          select.getOptions().stream()
              .filter(o -> o.getText().startsWith(visibleTextOrValue))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "no option starting with " + visibleTextOrValue + " in " + css));
      select.selectByVisibleText(option.getText());
    }
    return this;
  }

  /**
   * Sets a field's value as a date or time picker would, and tells the page (input and change
   * events).
   */
  public Browser setValue(String css, String value) {
    WebElement field =
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    script(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field,
        value);
    return this;
  }

  /** Checks a checkbox or radio button if it is not checked yet. */
  public Browser check(String css) {
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement box = d.findElement(By.cssSelector(css));
              if (!box.isSelected()) {
                ((JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block:'center'})", box);
                box.click();
              }
              return true;
            });
    return this;
  }

  /** Waits until the element's text contains the given text, and returns the whole text. */
  public String waitForText(String css, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return find(css).getText();
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public Object script(String js, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(js, arguments);
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Waits up to {@link #PATIENCE}. A page still navigating (after a click that signs out or sends a
   * form, say) may answer a look-up with "aborted by navigation": then the wait looks again, as it
   * does for an element that is not there yet.
   */
  private WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE) {
      @Override
      public <V> V until(Function<? super WebDriver, ? extends V> condition) {
        return super.until(
            new Function<WebDriver, V>() {
              @Override
              public V apply(WebDriver d) {
                try {
                  return condition.apply(d);
                } catch (WebDriverException e) {
                  if (String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                    return null;
                  }
                  throw e;
                }
              }

              /** The condition's own words, which a timeout quotes. */
              @Override
              public String toString() {
                return condition.toString();
              }
            });
      }
    };
  }
}

package dlprep.app.serve;

import dlprep.app.store.Database;
import dlprep.app.store.QuizStore;
import dlprep.app.store.ReadingStore;
import dlprep.app.store.RunStore;
import dlprep.kb.Part;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The viewer in a real browser: Debian's chromium, headless, driven by Selenium through Debian's chromedriver
 * (never one that Selenium Manager would download). One viewer serves the project's own notes (dlprep.home), with
 * the quiz over a temporary data directory and the experiments on the committed Fashion-MNIST subset (DLPREP_DATA,
 * set by surefire). Each page the tests look at is saved as a PNG in target/screenshots/ for a person to look at.
 *
 * <p>Without chromium or chromedriver (a developer machine) the tests are skipped, saying which is missing;
 * .ci/run installs both, so CI runs them, and there (CI=true) a missing one fails the tests instead. Other
 * binaries: {@code -Ddlprep.chromium=...}, {@code -Ddlprep.chromedriver=...}; chromedriver's log goes to
 * target/chromedriver.log.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("dlprep.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("dlprep.chromedriver", "/usr/bin/chromedriver"));
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    /** A note with display and inline formulas, and the one in the README's screenshot. */
    private static final String MATH_NOTE = "/notes/03-dl/02-softmax-classification.md";

    /** A script prefix: count(a), the values of a uPlot series that are not null. */
    private static final String NON_NULL = "function count(a) { return a.filter(function (v) { return v !== null; }).length; }\n";

    /** Selenium looks for a DevTools binding of this chromium's version, finds none and says so; none is used. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path dir;
    private static Database db;
    private static ViewerServer server;
    private static ChromeDriver driver;
    private static Optional<String> missing = Optional.empty();
    private static String origin;

    @BeforeAll
    static void start() throws IOException {
        missing = missing(CHROMIUM, "chromium", "chromium chromium-driver fonts-wqy-zenhei")
                .or(() -> missing(CHROMEDRIVER, "chromedriver", "chromium-driver"));
        if (missing.isPresent()) {
            // Fails in CI (CI=true), where .ci/run installs them; elsewhere each test is skipped with the reason.
            assertFalse("true".equals(System.getenv("CI")), missing.get());
            System.err.println(missing.get() + "; the browser tests are skipped");
            return;
        }
        Path notes = Path.of(System.getProperty("dlprep.home"), "notes");
        Library library = new Library(notes, Duration.ofSeconds(1));
        db = Database.open(dir.resolve("data").resolve("dlprep.db"));
        Clock clock = Clock.systemDefaultZone();
        server = ViewerServer.start(library, new RunStore(db, clock),
                Optional.of(new QuizRoutes(library, new QuizStore(db), clock)),
                Optional.of(new ReadingRoutes(library, new ReadingStore(db, clock))), "127.0.0.1", 0);
        origin = "http://127.0.0.1:" + server.port();
        Files.createDirectories(SCREENSHOTS);
        CDP_LOG.setLevel(Level.SEVERE);

        ChromeOptions options = new ChromeOptions();
        // Both paths given, so Selenium Manager has nothing to find and downloads nothing.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=zh-CN",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(TARGET.resolve("chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void browserAvailable() {
        assumeTrue(missing.isEmpty(), () -> missing.get() + "; skipped");
    }

    @AfterEach
    void desktopSize() {
        if (driver != null) {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    @Test
    void homeListsTheSevenPartsAndTheQuizNumbers() throws IOException {
        open("/");
        List<WebElement> parts = driver.findElements(By.cssSelector("section.part"));
        assertEquals(Part.ALL.size(), parts.size(), "one section per part");
        for (WebElement part : parts) {
            assertFalse(part.findElement(By.tagName("h2")).getText().isBlank(), part.getAttribute("id"));
        }
        assertFalse(driver.findElements(By.cssSelector("section.part li a[href^='/notes/']")).isEmpty(), "note links");
        assertTrue(Integer.parseInt(dueNow()) > 0, "the home page shows the quiz's due count");
        assertTrue(driver.findElement(By.cssSelector("input[type=search]")).isDisplayed(), "the search box");
        screenshot("home");
    }

    @Test
    void noteRendersItsFormulasWithKatexWithoutErrors() throws IOException {
        open(MATH_NOTE);
        waitFor("KaTeX", 10, d -> !d.findElements(By.cssSelector(".math .katex")).isEmpty());
        List<WebElement> errors = driver.findElements(By.cssSelector(".katex-error"));
        assertTrue(errors.isEmpty(), () -> "KaTeX errors: " + errors.stream()
                .map(e -> e.getAttribute("title")).toList());
        int rendered = driver.findElements(By.cssSelector(".math .katex")).size();
        int formulas = driver.findElements(By.cssSelector(".math")).size();
        assertTrue(rendered > 0, "KaTeX rendered no formula");
        assertEquals(formulas, rendered, "every .math element holds a rendered formula");
        assertFalse(driver.findElements(By.cssSelector(".math.display .katex-display")).isEmpty(),
                "a display formula is rendered in display mode");
        // KaTeX's fonts are served by the viewer, not missing: the rendered formula has its own font family.
        String font = (String) js("return getComputedStyle(document.querySelector('.katex')).fontFamily");
        assertTrue(font.contains("KaTeX"), font);
        screenshot("note");
    }

    @Test
    void aShortRunFillsTheChartAndTheEpochTableAndShowsItsResult() throws IOException {
        open("/experiments/softmax-concise");
        // Small enough to finish in about a second on the 500-example subset, with a few points per epoch.
        fill(Map.of("epochs", "3", "batch_size", "20", "limit", "200"));
        driver.findElement(By.cssSelector("form.params button[type=submit]")).click();
        waitFor("the run's page", 10, ExpectedConditions.urlMatches("/runs/\\d+$"));
        waitFor("the run's result", 40, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result a")));

        assertEquals("finished", driver.findElement(By.id("state")).getText());
        String result = driver.findElement(By.id("result")).getText();
        assertTrue(result.contains("result: ") && result.contains("test_acc") && result.contains("stored as run #"),
                result);
        assertEquals(3, driver.findElements(By.cssSelector("#epoch-rows tr")).size(), "one row per epoch");
        // The loss chart's uPlot instance: steps are sent at most every 200 ms plus each epoch's last one, so at
        // least three step losses (how many more depends on the machine's speed), and a test loss per epoch.
        long stepLosses = (Long) js(NON_NULL + "return count(document.getElementById('loss-chart').uplot.data[1])");
        assertTrue(stepLosses >= 3, "step losses on the chart: " + stepLosses);
        assertEquals(3L, js(NON_NULL + "return count(document.getElementById('loss-chart').uplot.data[3])"),
                "test losses on the chart");
        long accPoints = (Long) js("return document.getElementById('acc-chart').uplot.data[0].length");
        assertEquals(3, accPoints, "accuracy chart: a point per epoch");
        assertFalse(driver.findElements(By.cssSelector("#loss-chart canvas")).isEmpty(), "the chart is drawn");
        screenshot("experiment");
    }

    @Test
    void reviewingThreeCardsLowersTheDueCountByThreeAndAReloadKeepsIt() throws IOException {
        open("/quiz");
        int before = Integer.parseInt(dueNow());
        assertTrue(before >= 3, "at least three cards due: " + before);
        screenshot("quiz-question");
        for (int i = 1; i <= 3; i++) {
            WebElement card = driver.findElement(By.cssSelector("article.quiz-card"));
            String question = card.getAttribute("data-question");
            WebElement good = card.findElement(By.cssSelector("button.rate-good"));
            assertFalse(good.isDisplayed(), "the rating buttons wait for the answer");
            card.findElement(By.cssSelector("details.answer > summary")).click();
            assertTrue(good.isDisplayed(), "revealed: " + question);
            if (i == 1) {
                screenshotDownTo("quiz", good);
            }
            good.click();
            int expected = before - i;
            waitFor("due count " + expected, 10,
                    d -> !d.findElements(By.cssSelector(".due-now")).isEmpty() && String.valueOf(expected).equals(dueNow()));
            assertFalse(driver.findElements(By.cssSelector("article.quiz-card")).stream()
                    .anyMatch(c -> question.equals(c.getAttribute("data-question"))), "the next card, not " + question);
        }
        assertEquals("3", driver.findElement(By.cssSelector(".reviews-today")).getText());
        driver.navigate().refresh();
        assertEquals(String.valueOf(before - 3), dueNow(), "kept after a reload");
        open("/");
        assertEquals(String.valueOf(before - 3), dueNow(), "and on the home page");
    }

    @Test
    void homeFitsAPhoneWidthScreenWithoutScrollingSideways() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/");
        long inner = (Long) js("return window.innerWidth");
        assertTrue(inner <= 400, "a phone-width viewport, got " + inner);
        long scroll = (Long) js("return document.documentElement.scrollWidth");
        assertTrue(scroll <= inner, "the page is " + scroll + " px wide in a " + inner + " px viewport");
        screenshot("home-phone");
    }

    /** What to say when {@code binary} is not there. */
    private static Optional<String> missing(Path binary, String name, String packages) {
        return Files.isExecutable(binary) ? Optional.empty() : Optional.of("browser tests: no " + name + " at " + binary
                + " (Debian: apt-get install " + packages + "; .ci/run installs it)");
    }

    private static void open(String path) {
        driver.get(origin + path);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits for {@code condition}; on timeout fails with the page the browser shows, to see why. */
    private static <T> T waitFor(String what, int seconds, java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for " + what + " at " + driver.getCurrentUrl()
                    + "; the page says:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    private static String dueNow() {
        return driver.findElement(By.cssSelector(".due-now")).getText().strip();
    }

    private static void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> {
            WebElement input = driver.findElement(By.name(name));
            input.clear();
            input.sendKeys(value);
        });
    }

    /** A screenshot from the top of the page down to {@code element} (at most 1600 px), the window made taller for it. */
    private static void screenshotDownTo(String name, WebElement element) throws IOException {
        js("window.scrollTo(0, 0)");
        long bottom = (Long) driver.executeScript(
                "return Math.ceil(arguments[0].getBoundingClientRect().bottom + window.scrollY)", element);
        long chrome = (Long) js("return window.outerHeight - window.innerHeight");
        int height = (int) Math.min(1600, Math.max(DESKTOP.height, bottom + 24 + chrome));
        driver.manage().window().setSize(new Dimension(DESKTOP.width, height));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
    }

    private static void screenshot(String name) throws IOException {
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

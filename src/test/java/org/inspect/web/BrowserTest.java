package org.inspect.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.inspect.rectification.Item;
import org.inspect.rectification.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The rectification cycle in a real browser (issue 21): Debian's chromium driven through its own chromedriver (both
 * paths given, so Selenium Manager downloads nothing), one server and one browser for the class. Screenshots of
 * the pages go to target/web-shots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "web-shots");

    @TempDir
    static Path dir;

    private static WebFixture f;
    private static WebDriver browser;
    private static Item taishanItem;
    private static Item daiyueItem;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "chromium and chromedriver (apt) are not installed");
        f = new WebFixture(dir);
        taishanItem = f.item(WebFixture.TAISHAN);
        daiyueItem = f.item(WebFixture.DAIYUE);
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (f != null) {
            f.close();
        }
    }

    private static void open(String path) {
        browser.get(f.base + path);
    }

    private static void signIn(String name, String password) {
        open("/signin");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signin")).click();
        // the answer is another page: signed in (elsewhere), or the form again with the refusal
        waitFor(d -> !d.getCurrentUrl().endsWith("/signin") || !d.findElements(By.id("error")).isEmpty());
    }

    private static void signOut() {
        browser.findElement(By.cssSelector("form.signout button")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/signin") && !d.findElements(By.id("signin")).isEmpty());
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The status a failure page reports (its data-status), or 200 when the page is no failure. */
    private static int status() {
        List<org.openqa.selenium.WebElement> e = browser.findElements(By.cssSelector("#error[data-status]"));
        return e.isEmpty() ? 200 : Integer.parseInt(e.get(0).getAttribute("data-status"));
    }

    @Test
    @Order(1)
    void aCountyOfficerSeesOnlyItsCountyAndRespondsWithAFile() throws Exception {
        open("/signin");
        shot("signin");
        signIn("taishan", "taishan-pass1");
        assertTrue(browser.getCurrentUrl().endsWith("/county/" + WebFixture.TAISHAN), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("item-" + taishanItem.id())).isEmpty());
        assertTrue(browser.findElements(By.id("item-" + daiyueItem.id())).isEmpty(), "another county's item");
        shot("county");
        Path pdf = dir.resolve("整改证明.pdf");
        Files.writeString(pdf, "%PDF-1.4 已纳入低保的审批表\n");
        var form = browser.findElement(By.cssSelector("#item-" + taishanItem.id() + " form.respond"));
        form.findElement(By.name("measures")).sendKeys("已入户核实并纳入低保");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2019-03-30';",
                form.findElement(By.name("doneOn")));
        form.findElement(By.name("evidence")).sendKeys(pdf.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/items/" + taishanItem.id()));
        assertEquals("已报送", browser.findElement(By.id("state")).getText());
        assertTrue(browser.getPageSource().contains("整改证明.pdf"));
        shot("history");
        assertEquals(State.RESPONDED, f.issuer.store().item(taishanItem.id()).state());
        assertEquals("taishan", f.issuer.store().events(taishanItem.id()).get(1).actor());
        open("/items/" + daiyueItem.id());
        assertEquals(403, status(), "another county's item by URL");
        signOut();
    }

    @Test
    @Order(2)
    void aSecondCountysOfficerCannotOpenThatItem() {
        signIn("daiyue", "daiyue-pass1");
        assertTrue(browser.findElements(By.id("item-" + taishanItem.id())).isEmpty());
        open("/items/" + taishanItem.id());
        assertEquals(403, status());
        open("/county/" + WebFixture.TAISHAN);
        assertEquals(403, status());
        signOut();
    }

    @Test
    @Order(3)
    void theSamePersonCannotRespondAndAccept() {
        // the notice's issuer (a leader) may not accept its items, and a county officer may not accept at all
        signIn("qianfa", "qianfa-pass1");
        open("/review");
        browser.findElement(By.cssSelector("#review-" + taishanItem.id() + " form.accept button")).click();
        waitFor(d -> !d.findElements(By.id("error")).isEmpty());
        assertEquals(403, status());
        assertTrue(browser.findElement(By.id("error")).getText().contains("四眼原则"));
        signOut();
        signIn("taishan", "taishan-pass1");
        postFromPage("/items/" + taishanItem.id() + "/accept", true);
        assertEquals(403, status());
        signOut();
        assertEquals(State.RESPONDED, f.issuer.store().item(taishanItem.id()).state());
    }

    @Test
    @Order(4)
    void theTeamLeaderAccepts() throws Exception {
        signIn("zuzhang", "zuzhang-pass1");
        waitFor(d -> d.getCurrentUrl().endsWith("/review"));
        shot("review");
        browser.findElement(By.cssSelector("#review-" + taishanItem.id() + " form.accept button")).click();
        waitFor(d -> d.findElements(By.id("review-" + taishanItem.id())).isEmpty());
        assertTrue(browser.getCurrentUrl().endsWith("/review"), browser.getCurrentUrl());
        assertEquals(State.CLOSED, f.issuer.store().item(taishanItem.id()).state());
        assertEquals("zuzhang", f.issuer.store().events(taishanItem.id()).get(2).actor());
        open("/dashboard");
        shot("dashboard");
        open("/findings");
        shot("findings");
        open("/documents");
        shot("documents");
        open("/items/" + taishanItem.id());
        shot("history-closed");
        signOut();
    }

    @Test
    @Order(5)
    void aPostWithoutTheCsrfTokenIsRefused() {
        signIn("taishan", "taishan-pass1");
        Item i = f.item(WebFixture.TAISHAN);
        postFromPage("/items/" + i.id() + "/contest", false);
        assertEquals(403, status());
        assertEquals(State.ISSUED, f.issuer.store().item(i.id()).state());
        open("/county/" + WebFixture.TAISHAN);
        signOut();
    }

    @Test
    @Order(6)
    void fiveWrongPasswordsLock() {
        for (int i = 0; i < 5; i++) {
            signIn("kan", "wrong-password");
        }
        assertTrue(browser.findElement(By.id("error")).getText().contains("锁定"),
                browser.findElement(By.id("error")).getText());
        signIn("kan", "kan-pass1");
        assertTrue(browser.getCurrentUrl().endsWith("/signin"), "the right password waits for the lock");
        assertTrue(browser.findElement(By.id("error")).getText().contains("锁定"));
    }

    /** Submits a form built in the page to {@code action} with a note, with or without the session's token. */
    private static void postFromPage(String action, boolean withToken) {
        ((JavascriptExecutor) browser).executeScript("""
                const token = document.querySelector('input[name=_csrf]').value;
                const f = document.createElement('form');
                f.method = 'post'; f.action = arguments[0];
                const n = document.createElement('input'); n.name = 'note'; n.value = '复核通过'; f.appendChild(n);
                if (arguments[1]) {
                  const t = document.createElement('input'); t.name = '_csrf'; t.value = token; f.appendChild(t);
                }
                document.body.appendChild(f); f.submit();
                """, action, withToken);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(action));
    }
}

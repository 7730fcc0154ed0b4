package org.inspect.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspect.rectification.Item;
import org.inspect.rectification.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route as every role over plain HTTP (issue 21): allowed → 200 (or 302 after a form), not allowed → 403, also
 * by typing the URL of another county's item; no session → the sign-in page; a POST without its CSRF token → 403.
 */
class WebRoutesTest {

    @TempDir
    static Path dir;

    private static WebFixture f;
    private static final Map<String, WebFixture.Client> CLIENTS = new HashMap<>();
    private static Item taishanItem;
    private static Item daiyueItem;

    @BeforeAll
    static void start() {
        f = new WebFixture(dir);
        taishanItem = f.item(WebFixture.TAISHAN);
        daiyueItem = f.item(WebFixture.DAIYUE);
        for (String name : WebFixture.ACCOUNTS.keySet()) {
            CLIENTS.put(name, f.new Client().signedIn(name));
        }
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static final Set<String> ALL = WebFixture.ACCOUNTS.keySet();

    /** The pages (GET) and who may open them; everyone else gets 403. */
    private static Map<String, Set<String>> pages() {
        Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
        m.put("/dashboard", ALL);
        m.put("/county/" + WebFixture.TAISHAN, Set.of("admin", "ducha", "zuzhang", "qianfa", "taishan", "kan"));
        m.put("/county/" + WebFixture.DAIYUE, Set.of("admin", "ducha", "zuzhang", "qianfa", "daiyue", "kan"));
        m.put("/items/" + taishanItem.id(), Set.of("admin", "ducha", "zuzhang", "qianfa", "taishan", "kan"));
        m.put("/items/" + daiyueItem.id(), Set.of("admin", "ducha", "zuzhang", "qianfa", "daiyue", "kan"));
        m.put("/review", Set.of("zuzhang", "qianfa"));
        m.put("/findings", ALL);
        m.put("/findings?full=1", Set.of("ducha", "zuzhang", "qianfa"));
        m.put("/documents", ALL);
        m.put("/documents/" + f.notice, Set.of("admin", "ducha", "zuzhang", "qianfa", "taishan", "kan"));
        return m;
    }

    @Test
    void everyPageAsEveryRole() {
        List<String> wrong = new ArrayList<>();
        pages().forEach((path, allowed) -> {
            for (String name : ALL) {
                int expected = allowed.contains(name) ? 200 : 403;
                int got = CLIENTS.get(name).get(path).statusCode();
                if (got != expected) {
                    wrong.add(name + " GET " + path + ": " + got + ", expected " + expected);
                }
            }
        });
        for (String name : ALL) {
            int home = CLIENTS.get(name).get("/").statusCode();
            if (home != 302) {
                wrong.add(name + " GET /: " + home);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void withoutASessionEveryPageSendsToSignIn() {
        WebFixture.Client anonymous = f.new Client();
        for (String path : pages().keySet()) {
            HttpResponse<String> r = anonymous.get(path);
            assertEquals(302, r.statusCode(), path);
            assertEquals("/signin", r.headers().firstValue("Location").orElse(""), path);
        }
        assertEquals(200, anonymous.get("/signin").statusCode());
    }

    /** The forms (POST) and who may send them; each is tried by every other role first (403, nothing changes). */
    @Test
    void everyFormAsEveryRole() {
        List<String> wrong = new ArrayList<>();
        Item respond = f.item(WebFixture.TAISHAN);
        Item contest = f.item(WebFixture.TAISHAN);
        Item accept = f.responded();
        Item ret = f.responded();
        tryForm(wrong, "/items/" + respond.id() + "/respond", Map.of("measures", "已纳入低保", "result", "FIXED",
                "doneOn", "2019-03-30"), "taishan");
        tryForm(wrong, "/items/" + contest.id() + "/contest", Map.of("note", "该户收入核算有误"), "taishan");
        // qianfa, a leader too, issued the notice: four eyes refuse it the acceptance
        tryForm(wrong, "/items/" + accept.id() + "/accept", Map.of("note", "复核通过"), "zuzhang");
        tryForm(wrong, "/items/" + ret.id() + "/return", Map.of("reason", "佐证材料不全"), "zuzhang", "qianfa");
        // a verdict is an inspector's: everyone else is refused before any finding is looked up (none exists: 404)
        for (String name : ALL) {
            int expected = name.equals("ducha") ? 404 : 403;
            for (String verdict : List.of("confirm", "dismiss")) {
                int got = CLIENTS.get(name).post("/findings/999999/" + verdict, Map.of("reason", "入户核实"), true)
                        .statusCode();
                if (got != expected) {
                    wrong.add(name + " POST /findings/999999/" + verdict + ": " + got + ", expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(State.RESPONDED, f.issuer.store().item(respond.id()).state());
        assertEquals(State.CONTESTED, f.issuer.store().item(contest.id()).state());
        assertEquals(State.CLOSED, f.issuer.store().item(accept.id()).state());
        assertEquals(State.ISSUED, f.issuer.store().item(ret.id()).state());
        assertEquals("taishan", f.issuer.store().events(respond.id()).get(1).actor(), "the event names the account");
    }

    /** Every role but {@code allowed} and {@code alsoAllowed} is refused; then {@code allowed} succeeds. */
    private static void tryForm(List<String> wrong, String path, Map<String, String> form, String allowed,
            String... alsoAllowed) {
        for (String name : ALL) {
            if (!name.equals(allowed) && !List.of(alsoAllowed).contains(name)) {
                int got = CLIENTS.get(name).post(path, form, true).statusCode();
                if (got != 403) {
                    wrong.add(name + " POST " + path + ": " + got + ", expected 403");
                }
            }
        }
        int got = CLIENTS.get(allowed).post(path, form, true).statusCode();
        if (got != 302) {
            wrong.add(allowed + " POST " + path + ": " + got + ", expected 302");
        }
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() {
        Item i = f.item(WebFixture.TAISHAN);
        WebFixture.Client taishan = CLIENTS.get("taishan");
        HttpResponse<String> r = taishan.post("/items/" + i.id() + "/contest", Map.of("note", "x"), false);
        assertEquals(403, r.statusCode());
        assertEquals(403, taishan.post("/items/" + i.id() + "/contest", Map.of("note", "x", "_csrf", "forged"), false)
                .statusCode());
        assertEquals(State.ISSUED, f.issuer.store().item(i.id()).state());
        WebFixture.Client fresh = f.new Client();
        fresh.get("/signin");
        assertEquals(403, fresh.post("/signin", Map.of("name", "kan", "password", "kan-pass1"), false).statusCode(),
                "the sign-in form carries a token too");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndExpiring() {
        WebFixture.Client c = f.new Client();
        String cookie = c.get("/signin").headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Max-Age="),
                cookie);
        String before = c.cookie;
        c.post("/signin", Map.of("name", "kan", "password", "kan-pass1"), true);
        assertTrue(!c.cookie.equals(before), "signing in gives a new session id");
    }

    @Test
    void evidenceIsCheckedOnUploadAndNeverServedAsAPage() {
        WebFixture.Client taishan = CLIENTS.get("taishan");
        Item html = f.item(WebFixture.TAISHAN);
        HttpResponse<String> refused = taishan.postFile("/items/" + html.id() + "/respond", Map.of("measures", "x",
                "result", "FIXED", "doneOn", "2019-03-30"), "evil.pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode());
        assertEquals(State.ISSUED, f.issuer.store().item(html.id()).state());
        Item ok = f.item(WebFixture.TAISHAN);
        byte[] pdf = "%PDF-1.4 证明材料".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(302, taishan.postFile("/items/" + ok.id() + "/respond", Map.of("measures", "已纳入低保",
                "result", "FIXED", "doneOn", "2019-03-30"), "证明.pdf", pdf).statusCode());
        String sha = f.issuer.store().events(ok.id()).get(1).evidence().get(0).sha256();
        HttpResponse<String> back = taishan.get("/items/" + ok.id() + "/evidence/" + sha);
        assertEquals(200, back.statusCode());
        assertEquals("application/pdf", back.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(back.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", back.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(403, CLIENTS.get("daiyue").get("/items/" + ok.id() + "/evidence/" + sha).statusCode());
    }

    @Test
    void aDocumentChangedAfterItWasIssuedIsNotServed() throws Exception {
        WebFixture.Client kan = CLIENTS.get("kan");
        HttpResponse<String> r = kan.get("/documents/" + f.notice);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        Path pdf = dir.resolve("notice-370902.pdf");
        String original = java.nio.file.Files.readString(pdf);
        java.nio.file.Files.writeString(pdf, original + "tampered");
        try {
            assertEquals(409, kan.get("/documents/" + f.notice).statusCode());
        } finally {
            java.nio.file.Files.writeString(pdf, original);
        }
    }

    @Test
    void pagesAreChineseUnlessTheBrowserPrefersEnglish() {
        assertTrue(CLIENTS.get("kan").get("/dashboard").body().contains("全市概况"));
    }

    @Test
    void pagesAreComputedAsOfTheCampaignsDayNotTheComputersUnlessAsked() {
        // config/campaign.properties: campaign.reference 2019-03-01, no issue.date (issue 23)
        String page = CLIENTS.get("kan").get("/dashboard").body();
        assertTrue(page.contains("数据截至 2019-03-01"), page);
        assertTrue(CLIENTS.get("kan").get("/dashboard?asOf=2019-04-30").body().contains("数据截至 2019-04-30"));
    }
}

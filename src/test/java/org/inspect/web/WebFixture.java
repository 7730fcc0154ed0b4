package org.inspect.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.account.Accounts;
import org.inspect.context.Actor;
import org.inspect.context.Context;
import org.inspect.context.Policy;
import org.inspect.context.Role;
import org.inspect.rectification.Item;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Rectification;
import org.inspect.report.RegisterStore;
import org.inspect.store.Database;

/**
 * A database for the web tests: one account per role (two leaders: one issues, one reviews; two county officers),
 * items of two counties, an issued notice in the register, and the server on a free port of 127.0.0.1.
 */
final class WebFixture implements AutoCloseable {

    /** The accounts, name to role (county officers: 泰山区 taishan, 岱岳区 daiyue). */
    static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("admin", Role.ADMIN);
        ACCOUNTS.put("ducha", Role.INSPECTOR);
        ACCOUNTS.put("zuzhang", Role.LEADER);
        ACCOUNTS.put("qianfa", Role.LEADER);
        ACCOUNTS.put("taishan", Role.COUNTY);
        ACCOUNTS.put("daiyue", Role.COUNTY);
        ACCOUNTS.put("kan", Role.VIEWER);
    }

    static final String TAISHAN = "370902";
    static final String DAIYUE = "370911";
    static final LocalDate ISSUED_ON = LocalDate.of(2019, 3, 15);

    final Database db;
    final Path dir;
    final WebServer server;
    final String base;
    final Rectification issuer;
    final long notice;
    private int households;

    WebFixture(Path dir) {
        this.dir = dir;
        db = Database.open(dir.resolve("data"));
        Clock clock = Clock.fixed(Instant.parse("2019-04-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Accounts first = new Accounts(db, new Context(clock, Actor.operator("holder"), Locale.ROOT), Policy.DEFAULT);
        first.add("admin", Role.ADMIN, null, password("admin"));
        Accounts admin = new Accounts(db, new Context(clock, new Actor("admin", Role.ADMIN, null), Locale.ROOT),
                Policy.DEFAULT);
        ACCOUNTS.forEach((name, role) -> {
            if (role != Role.ADMIN) {
                admin.add(name, role, role == Role.COUNTY ? (name.equals("taishan") ? TAISHAN : DAIYUE) : null,
                        password(name));
            }
        });
        issuer = new Rectification(db, new Context(clock, new Actor("qianfa", Role.LEADER, null), Locale.ROOT));
        notice = registerNotice();
        server = new WebServer(db, org.inspect.testing.TestSettings.PROJECT, Policy.DEFAULT, Clock.systemDefaultZone());
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    static char[] password(String name) {
        return (name + "-pass1").toCharArray();
    }

    /** A new item of {@code county}, issued by qianfa. */
    Item item(String county) {
        String household = "H" + (++households);
        return issuer.open(List.of(new Rectification.NewItem("MISSED_DIBAO||" + household + "||", households, 1,
                "泰民救整〔2019〕1号", households, county, "MISSED_DIBAO", household, null, "370902195001011234",
                "家庭人均收入 2,450 元，低于本县低保标准 4,800 元（张三英）", "家庭人均收入 2,450 元，低于本县低保标准 4,800 元（张*英）",
                ISSUED_ON, ISSUED_ON.plusDays(30)))).get(0);
    }

    /** A new item of 泰山区 that taishan has answered (RESPONDED). */
    Item responded() {
        Item i = item(TAISHAN);
        issuer.as(new Actor("taishan", Role.COUNTY, TAISHAN)).respond(i.id(), "已纳入低保（完成日期 2019-03-30）",
                Outcome.CLAIMED_FIXED, List.of());
        return i;
    }

    private long registerNotice() {
        try {
            Path pdf = dir.resolve("notice-370902.pdf");
            Files.writeString(pdf, "%PDF-1.4 a notice of 泰山区\n");
            new RegisterStore(db).record(List.of(new RegisterStore.New(RegisterStore.Kind.NOTICE,
                    "泰民救整〔2019〕1号", TAISHAN, 1L, 1L, null, ISSUED_ON, 1, pdf)));
            return new RegisterStore(db).all().get(0).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }

    /** A browser-less client: its own cookie, the CSRF token of the last page it read, no redirects followed. */
    final class Client {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String cookie;
        String csrf;

        /** Signs {@code name} in with its password; returns the sign-in's status (302 when it worked). */
        int signIn(String name, String password) {
            get("/signin");
            return post("/signin", Map.of("name", name, "password", password), true).statusCode();
        }

        Client signedIn(String name) {
            int status = signIn(name, new String(password(name)));
            if (status != 302) {
                throw new IllegalStateException(name + " could not sign in: " + status);
            }
            get("/documents"); // any page: its sign-out form carries the session's token
            return this;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        /** A form POST; {@code withToken}: with the session's CSRF token. */
        HttpResponse<String> post(String path, Map<String, String> form, boolean withToken) {
            Map<String, String> all = new LinkedHashMap<>(form);
            if (withToken && csrf != null) {
                all.put("_csrf", csrf);
            }
            StringBuilder body = new StringBuilder();
            all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** A multipart POST with one file part {@code evidence}. */
        HttpResponse<String> postFile(String path, Map<String, String> form, String fileName, byte[] content) {
            String boundary = "----inspect" + System.nanoTime();
            List<byte[]> parts = new ArrayList<>();
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            all.forEach((k, v) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                    + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            parts.add(content);
            parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
        }

        private HttpResponse<String> send(HttpRequest.Builder b) {
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";")[0]);
                Matcher m = TOKEN.matcher(r.body());
                if (m.find()) {
                    csrf = m.group(1);
                }
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

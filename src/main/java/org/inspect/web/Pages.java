package org.inspect.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.inspect.account.Accounts;
import org.inspect.check.CheckRun;
import org.inspect.check.FindingService;
import org.inspect.check.FindingStore;
import org.inspect.context.Actor;
import org.inspect.context.Permission;
import org.inspect.context.Role;
import org.inspect.error.BadInputException;
import org.inspect.error.ForbiddenException;
import org.inspect.model.Counties;
import org.inspect.model.Masking;
import org.inspect.model.Rule;
import org.inspect.rectification.Action;
import org.inspect.rectification.Event;
import org.inspect.rectification.Item;
import org.inspect.rectification.Outcome;
import org.inspect.rectification.Progress;
import org.inspect.rectification.FindingListing;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.State;
import org.inspect.report.Downloads;
import org.inspect.report.RegisterStore;
import org.inspect.report.data.CampaignSettings;

/**
 * The pages and the forms they post. Each handler binds the request, calls the feature service the CLI calls (which
 * checks role, county and four eyes again) and renders; the permission each route needs is named where it is bound.
 */
final class Pages {

    /** The most findings one page lists. */
    static final int FINDINGS_SHOWN = 500;

    private final WebServer web;

    Pages(WebServer web) {
        this.web = web;
    }

    void routes(WebServer.Router r) {
        r.open(HandlerType.GET, "/signin", this::signInForm);
        r.open(HandlerType.POST, "/signin", this::signIn);
        r.open(HandlerType.GET, "/static/app.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .result(WebServer.css()));
        r.post("/signout", Permission.READ, this::signOut);
        r.get("/", Permission.READ, this::home);
        r.get("/dashboard", Permission.READ, this::dashboard);
        r.get("/county/{code}", Permission.READ, this::county);
        r.get("/items/{id}", Permission.READ, this::item);
        r.get("/items/{id}/evidence/{sha}", Permission.READ, this::evidence);
        r.post("/items/{id}/respond", Permission.RESPOND, this::respond);
        r.post("/items/{id}/contest", Permission.RESPOND, this::contest);
        r.get("/review", Permission.REVIEW, this::review);
        r.post("/items/{id}/accept", Permission.REVIEW, this::accept);
        r.post("/items/{id}/return", Permission.REVIEW, this::returnItem);
        r.get("/findings", Permission.READ, this::findings);
        r.post("/findings/{id}/confirm", Permission.INSPECT, this::confirmFinding);
        r.post("/findings/{id}/dismiss", Permission.INSPECT, this::dismissFinding);
        r.get("/documents", Permission.READ, this::documents);
        r.get("/documents/{id}", Permission.READ, this::download);
    }

    // sign-in

    private void signInForm(Context ctx) {
        Sessions.Session s = web.session(ctx);
        if (s != null && s.actor != null) {
            ctx.redirect("/");
            return;
        }
        if (s == null) {
            s = web.sessions().anonymous();
            web.cookie(ctx, s);
            ctx.attribute("session", s);
        }
        web.render(ctx, "signin.jte", web.page(ctx, "web.signIn"), new Views.SignIn("", null));
    }

    private void signIn(Context ctx) {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        Actor actor;
        try {
            actor = new Accounts(web.db(), new org.inspect.context.Context(web.clock(), Actor.operator("web"),
                    web.texts(ctx).locale()), web.policy()).signIn(name, password == null ? new char[0]
                            : password.toCharArray());
        } catch (ForbiddenException e) {
            ctx.status(401);
            web.render(ctx, "signin.jte", web.page(ctx, "web.signIn"), new Views.SignIn(name == null ? "" : name,
                    web.texts(ctx).t(e.messageKey(), e.messageArgs())));
            return;
        }
        Sessions.Session s = web.sessions().signIn(web.session(ctx), actor);
        web.cookie(ctx, s);
        ctx.redirect("/");
    }

    private void signOut(Context ctx) {
        web.sessions().end(web.session(ctx));
        web.cookie(ctx, null);
        ctx.redirect("/signin");
    }

    /** Each role's first page: a county officer its county, the team leader the review queue, others the city. */
    private void home(Context ctx) {
        Actor a = web.actor(ctx);
        if (a.role() == Role.COUNTY) {
            ctx.redirect("/county/" + a.countyCode());
        } else if (a.role() == Role.LEADER) {
            ctx.redirect("/review");
        } else {
            ctx.redirect("/dashboard");
        }
    }

    // rectification

    private Rectification rectification(Context ctx) {
        return new Rectification(web.db(), web.context(ctx), web.policy());
    }

    /**
     * The day pages are computed as of unless asked: the campaign's working day ({@code issue.date}, else
     * {@code campaign.reference}), else today by the server's clock, as the command line's {@code --date} (issue 23).
     */
    private LocalDate campaignDay() {
        return CampaignSettings.workingDay(web.settings(), web.clock()).day();
    }

    private LocalDate asOf(Context ctx) {
        String q = ctx.queryParam("asOf");
        try {
            return q == null || q.isBlank() ? campaignDay() : LocalDate.parse(q.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("bad date " + q).localized("web.badDate", q);
        }
    }

    private void dashboard(Context ctx) {
        Actor a = web.actor(ctx);
        LocalDate asOf = asOf(ctx);
        Progress p = rectification(ctx).progress(asOf, null);
        List<Views.CountyRow> rows = new ArrayList<>();
        for (Progress.County c : p.counties()) {
            rows.add(countyRow(c, a.covers(c.code())));
        }
        web.render(ctx, "dashboard.jte", web.page(ctx, "web.dashboard"),
                new Views.Dashboard(asOf, rows, countyRow(p.total(), false)));
    }

    private static Views.CountyRow countyRow(Progress.County c, boolean link) {
        int open = c.count(State.ISSUED) + c.count(State.REOPENED);
        int items = Math.max(1, c.items());
        return new Views.CountyRow(c.code(), c.code() == null ? "" : Counties.name(c.code()), c.items(), open,
                c.count(State.RESPONDED), c.count(State.CONTESTED), c.count(State.CLOSED), c.count(State.WITHDRAWN),
                c.overdue(), String.format(Locale.ROOT, "%.1f%%", c.closureRate() * 100),
                100 * c.count(State.CLOSED) / items, 100 * c.count(State.RESPONDED) / items, 100 * open / items, link);
    }

    private void county(Context ctx) {
        Actor a = web.actor(ctx);
        String code = ctx.pathParam("code");
        a.require(Permission.READ, code);
        LocalDate asOf = asOf(ctx);
        List<Views.ItemRow> items = new ArrayList<>();
        for (Rectification.Row row : rectification(ctx).list(new Rectification.Filter(code, null, false, asOf))) {
            if (row.item().state().open()) {
                items.add(itemRow(ctx, row.item(), row.overdue(), a));
            }
        }
        web.render(ctx, "county.jte", web.page(ctx, "web.county", Counties.name(code)),
                new Views.CountyPage(code, Counties.name(code), asOf, items, a.can(Permission.RESPOND)));
    }

    private Views.ItemRow itemRow(Context ctx, Item i, boolean overdue, Actor reader) {
        Texts t = web.texts(ctx);
        String detail = reader.can(Permission.FULL_DATA) ? i.detail() : i.detailMasked();
        return new Views.ItemRow(i.id(), i.countyCode(), Counties.name(i.countyCode()), i.noticeNumber(), i.itemNo(),
                t.t("word.Rule." + i.rule()), detail, i.deadline(), t.t("word.State." + i.state().name()), overdue,
                i.state().awaitingCounty());
    }

    private void item(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        Rectification r = rectification(ctx);
        Rectification.Detail d = r.show(id);
        Texts t = web.texts(ctx);
        List<Views.EventRow> events = new ArrayList<>();
        for (Event e : d.events()) {
            List<Views.EvidenceRow> ev = e.evidence().stream().map(x -> new Views.EvidenceRow(x.name(), x.sha256(),
                    "OK".equals(String.valueOf(d.evidence().get(x.sha256())))))
                    .toList();
            events.add(new Views.EventRow(e.seq(), e.at().withNano(0).toString().replace('T', ' '), e.actor(),
                    t.t("web.action." + e.action().name()), e.from() == null ? "" : t.t("word.State." + e.from().name()),
                    t.t("word.State." + e.to().name()), e.note() == null ? "" : e.note(), ev));
        }
        Item i = d.item();
        web.render(ctx, "item.jte", web.page(ctx, "web.item", id),
                new Views.ItemPage(itemRow(ctx, i, i.overdue(campaignDay()), web.actor(ctx)), events));
    }

    private void evidence(Context ctx) throws IOException {
        long id = Long.parseLong(ctx.pathParam("id"));
        String sha = ctx.pathParam("sha");
        Rectification r = rectification(ctx);
        Path file = r.evidence(id, sha);
        String name = r.show(id).events().stream().flatMap(e -> e.evidence().stream())
                .filter(x -> x.sha256().equals(sha)).map(org.inspect.rectification.Evidence::name).findFirst()
                .orElse(sha);
        Uploads.Type type;
        try (InputStream in = Files.newInputStream(file)) {
            type = Uploads.sniff(in.readNBytes(8));
        }
        attachment(ctx, file, Uploads.safeName(name), type == null ? "application/octet-stream" : type.mediaType);
    }

    private void respond(Context ctx) throws IOException {
        long id = Long.parseLong(ctx.pathParam("id"));
        String measures = ctx.formParam("measures");
        boolean done = !"NOT_DONE".equals(ctx.formParam("result"));
        String doneOn = ctx.formParam("doneOn");
        LocalDate day = null;
        if (doneOn != null && !doneOn.isBlank()) {
            try {
                day = LocalDate.parse(doneOn.strip());
            } catch (DateTimeParseException e) {
                throw new BadInputException("bad date " + doneOn).localized("web.badDate", doneOn);
            }
        }
        if (done && day == null) {
            throw new BadInputException("完成日期 is required for 已整改").localized("web.needDoneOn");
        }
        String note = Rectification.responseNote(measures, day);
        withUploads(ctx, files -> rectification(ctx).respond(id, note, done ? Outcome.CLAIMED_FIXED
                : Outcome.NOT_DONE, files));
        ctx.redirect("/items/" + id);
    }

    private void contest(Context ctx) throws IOException {
        long id = Long.parseLong(ctx.pathParam("id"));
        String note = ctx.formParam("note");
        withUploads(ctx, files -> rectification(ctx).contest(id, note, files));
        ctx.redirect("/items/" + id);
    }

    /** Keeps the request's evidence files in a temporary folder (checked), runs {@code work}, then removes them. */
    private void withUploads(Context ctx, java.util.function.Consumer<List<Path>> work) throws IOException {
        Path tmp = Files.createTempDirectory("inspect-upload");
        try {
            List<Path> files = new ArrayList<>();
            int n = 0;
            for (UploadedFile u : ctx.uploadedFiles("evidence")) {
                if (u.size() == 0 && (u.filename() == null || u.filename().isBlank())) {
                    continue;
                }
                Path dir = Files.createDirectory(tmp.resolve(Integer.toString(n++)));
                String name = Uploads.safeName(u.filename());
                Path p = dir.resolve(name);
                try (InputStream in = u.content()) {
                    Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                }
                Uploads.check(p, name);
                files.add(p);
            }
            work.accept(files);
        } finally {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void review(Context ctx) {
        Actor a = web.actor(ctx);
        Rectification r = rectification(ctx);
        LocalDate today = campaignDay();
        List<Views.ReviewRow> rows = new ArrayList<>();
        for (Rectification.Row row : r.list(new Rectification.Filter(null, null, false, today))) {
            State s = row.item().state();
            if (s != State.RESPONDED && s != State.CONTESTED) {
                continue;
            }
            Event answer = null;
            for (Event e : r.show(row.item().id()).events()) {
                if (e.action() == Action.RESPOND || e.action() == Action.CONTEST) {
                    answer = e;
                }
            }
            rows.add(new Views.ReviewRow(itemRow(ctx, row.item(), row.overdue(), a),
                    answer == null ? "" : answer.actor(), answer == null ? "" : answer.note(),
                    answer != null && answer.actor().equals(a.name())));
        }
        web.render(ctx, "review.jte", web.page(ctx, "web.review"), new Views.Review(rows));
    }

    private void accept(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        rectification(ctx).accept(id, ctx.formParam("note"));
        ctx.redirect("/review");
    }

    private void returnItem(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        rectification(ctx).returnItem(id, ctx.formParam("reason"));
        ctx.redirect("/review");
    }

    // findings and documents

    private void findings(Context ctx) {
        Actor a = web.actor(ctx);
        FindingService service = new FindingService(web.db());
        List<Long> runs = service.runs().stream().map(CheckRun::id).toList();
        String ruleParam = ctx.queryParam("rule");
        String countyParam = ctx.queryParam("county");
        boolean full = "1".equals(ctx.queryParam("full"));
        if (full) {
            a.require(Permission.FULL_DATA);
        }
        Rule rule = ruleParam == null || ruleParam.isBlank() ? null : parseRule(ruleParam);
        String county = countyParam == null || countyParam.isBlank() ? null : countyParam.strip();
        List<Views.FindingRow> rows = new ArrayList<>();
        boolean[] truncated = {false};
        long run = 0;
        if (!runs.isEmpty()) {
            String runParam = ctx.queryParam("run");
            run = service.runOrLatest(runParam == null || runParam.isBlank() ? null : Long.parseLong(runParam)).id();
            Texts t = web.texts(ctx);
            new FindingListing(web.db()).forEach(a, new FindingStore.Query(run, rule, county, false), full,
                    (sf, names, item) -> {
                if (rows.size() >= FINDINGS_SHOWN) {
                    truncated[0] = true;
                    return;
                }
                var f = sf.finding();
                rows.add(new Views.FindingRow(sf.id(), f.countyCode() == null ? "" : Counties.name(f.countyCode()),
                        t.t("word.Rule." + f.rule().name()), f.householdId() == null ? "" : f.householdId(),
                        full ? nz(f.idNumber()) : Masking.idNumber(f.idNumber()),
                        full ? f.detail() : Masking.text(f.detail(), names),
                        sf.verdict() == null ? "" : t.t("web.verdict." + sf.verdict()),
                        item == null ? "" : Long.toString(item.id())));
            });
        }
        List<String> rules = java.util.Arrays.stream(Rule.values()).map(Enum::name).toList();
        List<String> counties = a.countyCode() == null ? List.copyOf(Counties.TAIAN.keySet()) : List.of(a.countyCode());
        web.render(ctx, "findings.jte", web.page(ctx, "web.findings"), new Views.Findings(runs, run,
                rule == null ? "" : rule.name(), county == null ? "" : county, full, a.can(Permission.FULL_DATA),
                rows, truncated[0], rules, counties));
    }

    /** The field team's verdict that a finding is right (as {@code inspect finding confirm}). */
    private void confirmFinding(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        new FindingService(web.db(), web.context(ctx).clock()).confirm(id, web.actor(ctx), ctx.formParam("reason"));
        ctx.redirect(back(ctx));
    }

    /** The field team's verdict that a finding is wrong; its open item, if any, is withdrawn (as the CLI does). */
    private void dismissFinding(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        String reason = ctx.formParam("reason");
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("a dismissal needs a reason").localized("rect.required", "reason");
        }
        FindingService.Dismissal d = new FindingService(web.db(), web.context(ctx).clock()).dismiss(id,
                web.actor(ctx), reason);
        rectification(ctx).withdrawFinding(d.key(), reason);
        ctx.redirect(back(ctx));
    }

    /** The findings page the form was on (its filters), never another site. */
    private static String back(Context ctx) {
        String q = ctx.formParam("back");
        return q != null && q.startsWith("/findings") && !q.startsWith("//") ? q : "/findings";
    }

    private static Rule parseRule(String s) {
        try {
            return Rule.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown rule " + s).localized("web.badRule", s);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void documents(Context ctx) {
        Texts t = web.texts(ctx);
        List<Views.DocumentRow> rows = new ArrayList<>();
        for (RegisterStore.Entry e : new Downloads(web.db(), web.context(ctx)).list()) {
            rows.add(new Views.DocumentRow(e.id(), t.t("web.kind." + e.kind().name()), nz(e.number()),
                    e.countyCode() == null ? "" : Counties.name(e.countyCode()), e.issuedOn(), e.fileName(),
                    e.sha256()));
        }
        web.render(ctx, "documents.jte", web.page(ctx, "web.documents"), new Views.Documents(rows));
    }

    private void download(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        Path file = new Downloads(web.db(), web.context(ctx)).verified(id);
        String name = file.getFileName().toString();
        attachment(ctx, file, name, name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf"
                : "application/octet-stream");
    }

    /** Sends {@code file} as a download of a safe type, never for the browser to render. */
    private static void attachment(Context ctx, Path file, String name, String type) {
        String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(type);
        try {
            ctx.result(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.inspect.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.inspect.context.Actor;
import org.inspect.context.Permission;
import org.inspect.config.Settings;
import org.inspect.context.Policy;
import org.inspect.error.BadInputException;
import org.inspect.error.ConflictException;
import org.inspect.error.ForbiddenException;
import org.inspect.error.InspectException;
import org.inspect.error.MismatchException;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's web application (issue 21): Javalin (Jetty) with precompiled jte pages. Every request passes one
 * filter (session from the cookie, security headers, the CSRF token of every POST, sign-in required outside
 * {@code /signin}); every route names the permission it needs, checked before its handler runs, and the services
 * the handlers call check role and county again. Handlers only bind the request, call a feature service and render.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String COOKIE = "inspect_session";
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final Database db;
    private final Settings settings;
    private final Policy policy;
    private final Clock clock;
    private final Sessions sessions;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private Javalin app;

    /**
     * A server over {@code db}, reading the city's {@code settings}, its accounts locked, sessions expiring and items
     * moved as {@code policy} says, dated by {@code clock}.
     */
    public WebServer(Database db, Settings settings, Policy policy, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.policy = policy;
        this.clock = clock;
        this.sessions = new Sessions(clock, policy.sessionFor());
    }

    /** Starts listening on {@code bind}:{@code port} (0: any free port) and returns the port. */
    public int start(String bind, int port) {
        Pages pages = new Pages(this);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.multipartConfig.maxFileSize(policy.uploadLimit(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(policy.uploadLimit() + 1024 * 1024, SizeUnit.BYTES);
            cfg.http.maxRequestSize = policy.uploadLimit() + 1024 * 1024;
            cfg.routes.before(this::filter);
            pages.routes(new Router(cfg.routes));
            cfg.routes.exception(ForbiddenException.class, (e, ctx) -> failure(ctx, 403, e));
            cfg.routes.exception(NotFoundException.class, (e, ctx) -> failure(ctx, 404, e));
            cfg.routes.exception(BadInputException.class, (e, ctx) -> failure(ctx, 400, e));
            cfg.routes.exception(ConflictException.class, (e, ctx) -> failure(ctx, 409, e));
            cfg.routes.exception(MismatchException.class, (e, ctx) -> failure(ctx, 409, e));
            cfg.routes.exception(InspectException.class, (e, ctx) -> failure(ctx, 500, e));
            cfg.routes.exception(NumberFormatException.class, (e, ctx) -> failure(ctx, 400,
                    new BadInputException(e.getMessage()).localized("web.badRequest")));
        });
        app.start(bind, port);
        LOG.info("inspect web application on http://{}:{}/", bind, app.port());
        return app.port();
    }

    /** Binds a route to the permission it needs. */
    final class Router {
        private final io.javalin.config.RoutesConfig routes;

        Router(io.javalin.config.RoutesConfig routes) {
            this.routes = routes;
        }

        void get(String path, Permission needed, io.javalin.http.Handler h) {
            routes.get(path, guarded(needed, h));
        }

        void post(String path, Permission needed, io.javalin.http.Handler h) {
            routes.post(path, guarded(needed, h));
        }

        /** A route anyone reaches (sign-in, the style sheet). */
        void open(HandlerType type, String path, io.javalin.http.Handler h) {
            routes.addHttpHandler(type, path, h);
        }

        private io.javalin.http.Handler guarded(Permission needed, io.javalin.http.Handler h) {
            return ctx -> {
                actor(ctx).require(needed);
                h.handle(ctx);
            };
        }
    }

    /** Every request: its session, the headers, the CSRF token of a POST, and sign-in outside the open paths. */
    private void filter(Context ctx) {
        ctx.attribute("texts", Texts.forHeader(ctx.header("Accept-Language")));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-store");
        Sessions.Session s = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        ctx.attribute("session", s);
        if (ctx.method() == HandlerType.POST) {
            String token;
            try {
                token = ctx.formParam("_csrf");
            } catch (RuntimeException tooLarge) {
                failure(ctx, 413, new BadInputException(tooLarge.getMessage()).localized("web.tooLarge",
                        policy.uploadLimit() / (1024 * 1024)));
                ctx.skipRemainingHandlers();
                return;
            }
            if (s == null || !s.csrfMatches(token)) {
                failure(ctx, 403, new ForbiddenException("no CSRF token").localized("web.csrf"));
                ctx.skipRemainingHandlers();
                return;
            }
        }
        boolean open = ctx.path().equals("/signin") || ctx.path().startsWith("/static/");
        if (!open && (s == null || s.actor == null)) {
            ctx.redirect("/signin");
            ctx.skipRemainingHandlers();
        }
    }

    private void failure(Context ctx, int status, InspectException e) {
        Texts texts = texts(ctx);
        String message = e.messageKey() == null ? e.getMessage() : texts.t(e.messageKey(), e.messageArgs());
        if (status >= 500) {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.toString());
        }
        ctx.status(status);
        Sessions.Session s = ctx.attribute("session");
        Page page = new Page(texts, s == null ? null : s.actor, s == null ? "" : s.csrf, texts.t("web.failure." + status));
        render(ctx, "failure.jte", page, new Views.Failure(status, message));
    }

    Texts texts(Context ctx) {
        Texts t = ctx.attribute("texts");
        return t != null ? t : new Texts(Locale.CHINESE);
    }

    /** The signed-in account of the request (the filter lets no other request reach a guarded route). */
    Actor actor(Context ctx) {
        Sessions.Session s = ctx.attribute("session");
        if (s == null || s.actor == null) {
            throw new ForbiddenException("not signed in").localized("web.signInFirst");
        }
        return s.actor;
    }

    Sessions.Session session(Context ctx) {
        return ctx.attribute("session");
    }

    /** The frame of a page titled by {@code titleKey} for this request. */
    Page page(Context ctx, String titleKey, Object... args) {
        Sessions.Session s = session(ctx);
        Texts t = texts(ctx);
        return new Page(t, s == null ? null : s.actor, s == null ? "" : s.csrf, t.t(titleKey, args));
    }

    /** The services' context of this request: the signed-in account, the server's clock, the reader's language. */
    org.inspect.context.Context context(Context ctx) {
        return new org.inspect.context.Context(clock, actor(ctx), texts(ctx).locale());
    }

    void render(Context ctx, String template, Page page, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("page", page, "view", view), out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, expiring with the session. */
    void cookie(Context ctx, Sessions.Session s) {
        boolean https = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.header("Set-Cookie", COOKIE + "=" + (s == null ? "" : s.id) + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + (s == null ? 0 : sessions.idle().toSeconds()) + (https ? "; Secure" : ""));
    }

    Database db() {
        return db;
    }

    Settings settings() {
        return settings;
    }

    Policy policy() {
        return policy;
    }

    Clock clock() {
        return clock;
    }

    Sessions sessions() {
        return sessions;
    }

    /** The style sheet. */
    static byte[] css() {
        try (InputStream in = WebServer.class.getResourceAsStream("app.css")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}

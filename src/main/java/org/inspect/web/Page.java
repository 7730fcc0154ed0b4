package org.inspect.web;

import org.inspect.context.Actor;
import org.inspect.context.Permission;
import org.inspect.model.Counties;

/** What every page's frame shows: the reader's words, the signed-in account, the form token, the title. */
// public for jte: the compiled templates (package gg.jte.generated) take it as a parameter
public record Page(Texts texts, Actor actor, String csrf, String title) {

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** The page's language for the html element. */
    public String lang() {
        return texts.locale().getLanguage().equals("zh") ? "zh-CN" : "en";
    }

    public boolean signedIn() {
        return actor != null;
    }

    /** Whether the account holds permission {@code name} (to show a link or a form; the server checks again). */
    public boolean can(String name) {
        return actor != null && actor.can(Permission.valueOf(name));
    }

    /** The account's county code, or null for the whole city. */
    public String county() {
        return actor == null ? null : actor.countyCode();
    }

    /** Who is signed in, as the header shows it. */
    public String who() {
        if (actor == null) {
            return "";
        }
        String role = t("role." + actor.role().name());
        return actor.name() + " · " + role + (actor.countyCode() == null ? "" : " · " + Counties.name(actor.countyCode()));
    }
}

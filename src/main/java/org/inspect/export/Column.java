package org.inspect.export;

/** A column of an export: its English and Chinese header. */
public record Column(String en, String zh) {

    /** The header in the given language. */
    public String header(HeaderLanguage lang) {
        return lang == HeaderLanguage.ZH ? zh : en;
    }
}

package org.inspect.export;

import java.util.Locale;

/** The language of an export's header row: Chinese under a Chinese locale, English otherwise, or as asked. */
public enum HeaderLanguage {
    ZH, EN;

    /** Chinese when the default locale is Chinese, else English. */
    public static HeaderLanguage ofLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? ZH : EN;
    }

    /** {@code zh} or {@code en} (any case); the locale's language when {@code value} is null. */
    public static HeaderLanguage parse(String value) {
        if (value == null) {
            return ofLocale();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException(value);
        };
    }
}

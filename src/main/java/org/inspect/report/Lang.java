package org.inspect.report;

import java.util.Locale;
import org.inspect.error.BadInputException;

/** The language of a document edition: Chinese by default, English for readers without Chinese. */
public enum Lang {
    ZH("zh"),
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The suffix of the template files ({@code notice.zh.txt}) and the value of {@code --lang}. */
    public String code() {
        return code;
    }

    public static Lang parse(String text) {
        for (Lang l : values()) {
            if (l.code.equalsIgnoreCase(text.trim()) || l.name().equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new BadInputException("--lang " + text + ": expected zh or en").localized("lang.bad", text);
    }

    /** What a file name carries before {@code .pdf}: nothing for the Chinese edition, {@code -en} beside it. */
    public String fileSuffix() {
        return this == ZH ? "" : "-" + code;
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}

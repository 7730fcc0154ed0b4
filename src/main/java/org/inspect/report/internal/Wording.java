package org.inspect.report.internal;

import org.inspect.rules.PaperWords;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.inspect.model.Rule;
import org.inspect.model.Severity;
import org.inspect.report.Lang;

/** Formats shared by all documents (dates, periods, percentages, rule names) from {@code templates/common.*.txt}. */
public final class Wording {

    private final Template common;
    private final Lang lang;

    public Wording(Template common, Lang lang) {
        this.common = common;
        this.lang = lang;
    }

    public Template common() {
        return common;
    }

    public Lang lang() {
        return lang;
    }

    public String date(LocalDate d) {
        return common.text("date", Map.of("year", d.getYear(), "month", d.getMonthValue(), "day", d.getDayOfMonth(),
                "monthName", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    }

    public String period(LocalDate start, LocalDate end) {
        return common.text("period", Map.of("start", date(start), "end", date(end)));
    }

    /** A rate as a percentage with one decimal. */
    public String percent(double rate) {
        return common.text("percent", Map.of("value", String.format(Locale.ROOT, "%.1f", 100 * rate)));
    }

    public String rule(Rule rule) {
        return common.text("rule." + rule.name());
    }

    /**
     * A finding's sentence in this edition's language, as paper prints it: the stored Chinese one with standards in
     * words and dates the Chinese way ({@link PaperWords}), or built in English from its evidence.
     */
    public String detail(org.inspect.model.Finding f) {
        return lang == Lang.ZH ? PaperWords.of(f.detail()) : org.inspect.rules.FindingSentence.english(f);
    }

    /** A finding's stored sentence as it was recorded, codes and rows of the standards included (the annex). */
    public String recorded(org.inspect.model.Finding f) {
        return lang == Lang.ZH ? f.detail() : org.inspect.rules.FindingSentence.english(f);
    }

    public String severity(Severity s) {
        return common.text("severity." + s.name());
    }

    /** Programme or outcome code (DIBAO, APPROVED…) in words, or the code itself when the template has none. */
    public String code(String kind, String code) {
        String section = kind + "." + code;
        return common.has(section) ? common.text(section) : code;
    }

    public String header(String campaign, String number) {
        return common.text("header", Map.of("campaign", campaign, "number", number));
    }
}

package org.inspect.report.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.model.Masking;

/**
 * Masks personal data in everything a document prints (clause 三（三）): identity numbers and names given as
 * fields, and also any 18-character identity number or known name that appears inside free text such as a
 * finding's detail sentence. With {@code fullData} it passes everything through.
 */
public final class Redactor {

    private static final Pattern ID = Pattern.compile("(?<![0-9Xx])[0-9]{17}[0-9Xx](?![0-9Xx])");

    private final boolean fullData;
    private final List<String> names;
    /** The masked form of each name, computed once: a document masks thousands of texts against them. */
    private final List<String> masked;

    public Redactor(boolean fullData, Collection<String> names) {
        this.fullData = fullData;
        // longest first, so that 张小英 is masked before a shorter name inside it
        this.names = names.stream().filter(n -> n != null && n.codePointCount(0, n.length()) >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.masked = this.names.stream().map(Masking::name).toList();
    }

    /** Whether the document shows personal data in full (and its files are then private). */
    public boolean fullData() {
        return fullData;
    }

    public String name(String name) {
        return fullData ? nullToEmpty(name) : Masking.name(name);
    }

    public String id(String id) {
        return fullData ? nullToEmpty(id) : Masking.idNumber(id);
    }

    /** Free text with identity numbers and known names masked. */
    public String text(String text) {
        if (fullData || text == null) {
            return nullToEmpty(text);
        }
        Matcher m = ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Masking.idNumber(m.group())));
        }
        m.appendTail(out);
        String result = out.toString();
        for (int i = 0; i < names.size(); i++) {
            if (result.contains(names.get(i))) {
                result = result.replace(names.get(i), masked.get(i));
            }
        }
        return result;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

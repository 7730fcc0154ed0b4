package org.inspect.sampling.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.inspect.sampling.FrameCase;

/**
 * SHA-256 of a stratum's frame: for each case in canonical order, the UTF-8 bytes of case_id, household_id,
 * county_code, township, program, decision, decision_date (ISO, empty when none) joined by TAB and ended by
 * LF; a missing value is the empty string. A household frame row hashes household_id, county_code, township
 * and group, joined and ended the same way; a closed rectification item row hashes its fields (FrameCase#item),
 * ended by LF.
 */
public final class FrameHash {

    private final MessageDigest digest = sha256();

    /** Adds one case. */
    public void add(FrameCase c) {
        if (c.item() != null) {
            // a closed rectification item: its fields as the frame gives them
            digest.update((c.item() + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (c.group() != null) {
            // a household frame row: household_id, county_code, township, group
            digest.update((String.join("\t", nz(c.householdId()), nz(c.countyCode()), nz(c.township()), c.group())
                    + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String line = String.join("\t", nz(c.caseId()), nz(c.householdId()), nz(c.countyCode()), nz(c.township()),
                c.program().name(), c.decision().name(),
                c.decisionDate() == null ? "" : c.decisionDate().toString()) + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash in lower-case hex; the hash of no case is SHA-256 of zero bytes. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of a text's UTF-8 bytes in lower-case hex. */
    public static String hexOf(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.inspect.rectification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 chain over the whole rectification history: an event's hash covers its own fields and the hash of
 * the event before it, so that changing, removing or inserting an event breaks the chain from there on.
 */
public final class HashChain {

    /** The {@code prev_hash} of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /**
     * The hash of an event from its fields in a fixed order, separated by a unit separator (which no field
     * holds), nulls as empty; {@code at} in ISO form to the second.
     */
    public static String hash(String prevHash, long seq, long itemId, String at, String actor, String action,
            String from, String to, String outcome, String note, String evidence) {
        return hash(prevHash, seq, Long.valueOf(itemId), at, actor, action, from, to, outcome, note, evidence,
                null, null);
    }

    /**
     * The hash of an event with what it attests (schema 21): {@code subject} and {@code subjectHash} are hashed
     * after the other fields when either is set, so that the events written before keep their hashes. An event
     * without an item (a verdict, a registered document) has an empty item field.
     */
    public static String hash(String prevHash, long seq, Long itemId, String at, String actor, String action,
            String from, String to, String outcome, String note, String evidence, String subject,
            String subjectHash) {
        List<String> fields = new java.util.ArrayList<>(List.of(prevHash, Long.toString(seq),
                itemId == null ? "" : Long.toString(itemId), nz(at), nz(actor), nz(action), nz(from), nz(to),
                nz(outcome), nz(note), nz(evidence)));
        if (subject != null || subjectHash != null) {
            fields.add(nz(subject));
            fields.add(nz(subjectHash));
        }
        return sha256(String.join("\u001f", fields));
    }

    /** The SHA-256 of a row's fields in a fixed order (nulls as empty), as an attesting event keeps it. */
    public static String fields(Object... values) {
        List<String> parts = new java.util.ArrayList<>();
        for (Object v : values) {
            parts.add(v == null ? "" : nz(v.toString()));
        }
        return sha256(String.join("\u001f", parts));
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace('\u001f', ' ');
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.inspect.rectification;

/** An evidence file (佐证材料) of an event: the name it was given under and the SHA-256 it is kept under. */
public record Evidence(String name, String sha256) {

    /** The form kept in an event: {@code sha256 name}, as {@code sha256sum} prints it. */
    public String encoded() {
        return sha256 + " " + name;
    }

    static Evidence decode(String s) {
        int sp = s.indexOf(' ');
        return new Evidence(s.substring(sp + 1), s.substring(0, sp));
    }
}

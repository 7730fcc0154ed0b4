package org.inspect.importing.internal;

/**
 * Long keys for the validator's sets. An identity number is its 17 digits exactly (the check character
 * follows from them). Other keys (household and case ids) are a 64-bit FNV-1a hash: two different ids
 * of a million collide with a chance of about 1 in 10^7, which the validator accepts.
 */
public final class Keys {

    private Keys() {
    }

    public static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }

    /** The key of a verified identity number (18 characters, check character last). */
    public static long ofIdNumber(String idNumber) {
        return Long.parseLong(idNumber.substring(0, 17));
    }
}

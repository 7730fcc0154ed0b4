package org.inspect.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.inspect.error.BadInputException;

/**
 * Evidence files as the web takes them and gives them back (issue 21): only PDF, JPEG, PNG and the Office
 * formats (zip containers), recognised by their first bytes rather than by the name or the browser's word; served
 * back always as an attachment of that type, never as something a browser would render as a page.
 */
final class Uploads {

    /** A file type taken: its media type and the extension its kept copy is served with. */
    enum Type {
        PDF("application/pdf", ".pdf"),
        PNG("image/png", ".png"),
        JPEG("image/jpeg", ".jpg"),
        OFFICE("application/octet-stream", "");

        final String mediaType;
        final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private Uploads() {
    }

    /** The type of {@code head} (a file's first bytes), or null when it is none of those taken. */
    static Type sniff(byte[] head) {
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return Type.PDF;
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Type.PNG;
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Type.JPEG;
        }
        if (starts(head, 'P', 'K', 3, 4)) {
            return Type.OFFICE;
        }
        return null;
    }

    /** The type of the file at {@code p}, refused when it is none of those taken. */
    static Type check(Path p, String name) {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new BadInputException("cannot read the upload: " + e.getMessage());
        }
        Type t = sniff(head);
        if (t == null) {
            throw new BadInputException(name + " is not a PDF, JPEG, PNG or Office file").localized("web.badUpload",
                    name);
        }
        return t;
    }

    /** A file name safe to keep as the evidence's name: no folders, no control characters, at most 100 chars. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
                .forEach(sb::appendCodePoint);
        String out = sb.toString().strip();
        if (out.isEmpty() || out.equals(".") || out.equals("..")) {
            out = "evidence";
        }
        return out.length() > 100 ? out.substring(out.length() - 100) : out;
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] magic) {
        byte[] b = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            b[i] = (byte) magic[i];
        }
        return b;
    }
}

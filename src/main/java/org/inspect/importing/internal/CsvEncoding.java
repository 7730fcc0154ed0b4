package org.inspect.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a CSV file: UTF-8 (with or without BOM) when the whole file decodes as strict
 * UTF-8, else GB18030 (a superset of GBK and GB2312). County offices export from Excel either way.
 */
final class CsvEncoding {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The detected charset and whether the file starts with a UTF-8 byte-order mark to skip. */
    public record Detected(Charset charset, boolean bom) {
    }

    private CsvEncoding() {
    }

    /** Reads the file once, streaming, with a strict UTF-8 decoder. */
    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            if (!bom) {
                bytes.put(head);
            }
            boolean utf8 = decodes(in, decoder, bytes, chars);
            return new Detected(utf8 ? StandardCharsets.UTF_8 : GB18030, bom);
        }
    }

    private static boolean decodes(InputStream in, CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars)
            throws IOException {
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, end);
            if (r.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        return !decoder.flush(chars).isError() && bytes.position() == 0;
    }
}

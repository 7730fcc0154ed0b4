package org.inspect.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** County offices export CSV from Excel as GBK or UTF-8: the reader tells which from the bytes. */
class CsvEncodingTest {

    @TempDir
    Path dir;

    @Test
    void detectsGbkAsGb18030AndPlainUtf8() throws Exception {
        Path gbk = Files.write(dir.resolve("a.csv"), "姓名\n张三\n".getBytes(Charset.forName("GBK")));
        Path utf8 = Files.write(dir.resolve("b.csv"), "姓名\n张三\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(CsvEncoding.GB18030, CsvEncoding.detect(gbk).charset());
        assertEquals("UTF-8", CsvEncoding.detect(utf8).charset().name());
    }
}

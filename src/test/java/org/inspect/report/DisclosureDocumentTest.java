package org.inspect.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inspect.model.Masking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads back the disclosure lists: one per township, three lists each, people masked. */
class DisclosureDocumentTest {

    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void writeLists() {
        files = Fixtures.documents().disclosure(Fixtures.disclosure(false), Lang.ZH, dir);
    }

    @Test
    void theEnglishEditionIsWrittenBesideTheChinese(@TempDir Path both) {
        Fixtures.documents().disclosure(Fixtures.disclosure(false), Lang.ZH, both);
        List<Path> en = Fixtures.documents().disclosure(Fixtures.disclosure(false), Lang.EN, both);
        assertEquals("disclosure-370902-省庄镇-en.pdf", en.get(0).getFileName().toString());
        assertTrue(java.nio.file.Files.exists(both.resolve("disclosure-370902-省庄镇.pdf")));
        assertTrue(ReportDocumentTest.squeeze(PdfText.text(en.get(0))).contains("(6households,15people)"));
    }

    @Test
    void writesOneListPerTownship() {
        assertEquals(List.of("disclosure-370902-省庄镇.pdf", "disclosure-370902-邱家店镇.pdf", "disclosure-370911-满庄镇.pdf"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void eachListGroupsPeopleByProgrammeWithMaskedNameAndId() {
        String t = ReportDocumentTest.squeeze(PdfText.text(files.get(0)));
        // a dibao or tekun row is a household (sizes 1,2,3 and 2,3,4 in 省庄镇; tekun 4,1,2 and 1,2,3)
        assertTrue(t.contains("低保对象（共6户、15人）"), t);
        assertTrue(t.contains("特困人员（共6户、13人）"), t);
        assertTrue(t.contains("建档立卡贫困人口（共6人）"), t);
        Fixtures.disclosure(false).rows().stream().filter(r -> r.township().equals("省庄镇")).forEach(r ->
                assertTrue(t.contains(Masking.name(r.name()) + Masking.idNumber(r.idNumber())), r.idNumber()));
        assertTrue(t.contains("公示期为2019年5月20日至2019年5月26日"));
        assertTrue(t.contains("监督电话：0538-6212345"));
    }
}

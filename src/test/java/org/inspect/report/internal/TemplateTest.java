package org.inspect.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.inspect.error.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static final Path FILE = Path.of("templates/notice.zh.txt");

    private static Template notice() {
        return Template.parse(FILE, List.of("# a comment", "[addressee]", "{county}{bureau}：", "", "[body]",
                "第一段，共 {count} 条", "接着写。", "", "第二段。"));
    }

    @Test
    void fillsNamedPlaceholders() {
        assertEquals("泰山区民政局：", notice().text("addressee", Map.of("county", "泰山区", "bureau", "民政局")));
    }

    @Test
    void splitsASectionIntoParagraphsAtBlankLines() {
        assertEquals(List.of("第一段，共 3 条接着写。", "第二段。"), notice().paragraphs("body", Map.of("count", 3)));
    }

    @Test
    void unknownPlaceholderNamesFileLineAndTheKnownNames() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> notice().text("addressee", Map.of("county", "泰山区")));
        assertTrue(e.getMessage().contains("templates/notice.zh.txt:3"), e.getMessage());
        assertTrue(e.getMessage().contains("{bureau}"), e.getMessage());
        assertTrue(e.getMessage().contains("[county]"), e.getMessage());
    }

    @Test
    void missingSectionIsAnErrorNamingTheFile() {
        BadInputException e = assertThrows(BadInputException.class, () -> notice().text("deadline"));
        assertTrue(e.getMessage().contains("notice.zh.txt") && e.getMessage().contains("[deadline]"));
    }

    @Test
    void textBeforeTheFirstSectionIsRejected() {
        assertThrows(BadInputException.class, () -> Template.parse(FILE, List.of("整改通知书", "[title]")));
    }

    @Test
    void missingTemplateFileSaysWhichFileIsExpected() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Templates(Path.of("no-such-dir")).load("memo", org.inspect.report.Lang.ZH));
        assertTrue(e.getMessage().contains("memo.zh.txt"));
    }

    @Test
    void aTemplateTheFolderLacksIsReadFromThePackagedCopy() {
        Template t = new Templates(Path.of("no-such-dir")).load("notice", org.inspect.report.Lang.ZH);
        assertEquals("整改通知书", t.text("title"));
    }

    /** The English edition must offer every section the Chinese one does, or a document fails to print. */
    @ParameterizedTest
    @ValueSource(strings = {"common", "report", "notice", "disclosure"})
    void shippedEditionsHaveTheSameSections(String document) throws IOException {
        assertEquals(shape(Path.of("templates", document + ".zh.txt")), shape(Path.of("templates", document + ".en.txt")));
    }

    private static Set<String> shape(Path file) throws IOException {
        Set<String> shape = new TreeSet<>();
        String section;
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : lines.toList()) {
                if (line.matches("^\\[[A-Za-z0-9_.-]+]\\s*$")) {
                    section = line.trim();
                    shape.add(section);
                }
            }
        }
        return shape;
    }
}

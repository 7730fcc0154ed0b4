package org.inspect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

    static Stream<Arguments> parts() {
        return Stream.of(Arguments.of("370902-泰山区", "370902-泰山区"), Arguments.of("x/../../../tmp/pwn", "x_______tmp_pwn"),
                Arguments.of("..", "_"), Arguments.of(".hidden", "_hidden"), Arguments.of("C:\\Windows", "C__Windows"),
                Arguments.of("a\nb\u0000c", "a_b_c"), Arguments.of("", "_"), Arguments.of("2019-03", "2019-03"));
    }

    @ParameterizedTest
    @MethodSource("parts")
    void makesAValueFromTheDataOnePartOfAFileName(String value, String expected) {
        assertEquals(expected, FileNames.part(value));
    }

    @ParameterizedTest
    @MethodSource("parts")
    void aSanitisedPartNeverLeavesItsFolder(String value, String ignored) {
        Path dir = Path.of("/reports");
        Path file = dir.resolve("rejects-" + FileNames.part(value) + ".csv").normalize();
        assertEquals(dir, file.getParent());
        assertFalse(file.getFileName().toString().contains(".."));
    }
}

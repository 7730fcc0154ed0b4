package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.error.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CriteriaCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheClausesSubjectsAndCriteriaOfOneReason() {
        Cli.Result r = new Cli(dir).run("criteria", "test", "三个子女均在外地工作，且购房安家；名额已满");
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("购房安家"), r.out());
        assertTrue(r.out().contains("子女（户外）"), r.out());
        assertTrue(r.out().contains("RELATIVE_HOUSE"), r.out());
        assertTrue(r.out().contains("理由中“三个子女均在外地工作，且购房安家”系子女（户外）财产，属于“子女在县城买房”类排除性条件"),
                r.out());
        assertTrue(r.out().contains("QUOTA"), r.out());
        assertFalse(r.out().contains("RELATIVE_VEHICLE"), r.out());
    }

    @Test
    void readsAColumnOfAFileAndCountsPerCriterion() throws Exception {
        Path csv = dir.resolve("reasons.csv");
        Files.writeString(csv, "case_id,decision_reason\nC1,\"儿子有车，女儿有房\"\nC2,本户名下有非必需轿车\nC3,名额已满\n"
                + "C4,\"女儿在县城有楼房，家庭存款超过规定\"\nC5,儿媳是公务员\n", StandardCharsets.UTF_8);
        Cli.Result r = new Cli(dir).run("criteria", "test", "--file", csv.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.toString());
        assertTrue(r.out().contains("RELATIVE_VEHICLE,RELATIVE_HOUSE"), r.out());
        assertTrue(r.out().matches("(?s).*RELATIVE_VEHICLE \\S+[:：] ?1\\R.*"), r.out());
        assertTrue(r.out().matches("(?s).*STATE_FUNDED \\S+[:：] ?1\\R.*"), r.out());
        assertTrue(r.out().matches("(?s).*LABOUR_CAPACITY \\S+[:：] ?0\\R.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\b5\\b.*\\b3\\b.*\\b1\\b.*"), r.out());
    }

    @Test
    void namesAMissingColumnAndAMissingFile() throws Exception {
        Path csv = dir.resolve("reasons.csv");
        Files.writeString(csv, "a,b\n1,2\n", StandardCharsets.UTF_8);
        Cli.Result r = new Cli(dir).run("criteria", "test", "--file", csv.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().contains("reasons.csv") && r.err().contains("decision_reason"), r.err());
        assertEquals(ExitCodes.NOT_FOUND, new Cli(dir).run("criteria", "test", "--file", dir.resolve("x.csv").toString())
                .exitCode());
    }
}

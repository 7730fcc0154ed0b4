package org.inspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inspect.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --date}: a document is dated by the campaign's working day unless told another, never by the computer's
 * clock; the command says which day it used, and warns when a document falls outside the campaign.
 */
class DateOptionTest {

    @TempDir
    Path tmp;

    private Cli cli() {
        Database.open(tmp.resolve("data")).close();
        return new Cli(tmp.resolve("data"));
    }

    @Test
    void withoutDateTheBulletinIsDatedByTheCampaignsReferenceDayAndSaysSo() {
        Cli.Result r = cli().run("rectify", "report", "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(tmp.resolve("out/bulletin-2019-03-01.pdf")), r::toString);
        assertTrue(r.err().contains("Dated 2019-03-01 (the campaign's reference day, campaign.reference"), r::toString);
        assertFalse(r.err().contains("outside the campaign"), r::toString);
    }

    @Test
    void aDateGivenIsUsedAndOneOutsideTheCampaignIsWarnedAbout() {
        Cli.Result r = cli().run("rectify", "report", "--date", "2020-01-05", "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(tmp.resolve("out/bulletin-2020-01-05.pdf")), r::toString);
        assertTrue(r.err().contains("Dated 2020-01-05 (given by --date)."), r::toString);
        assertTrue(r.err().contains("Warning: 2020-01-05 lies outside the campaign (2019-03-01 to 2019-06-30)"),
                r::toString);
    }

    @Test
    void overdueIsJudgedOnTheCampaignsDayByDefault() {
        Cli.Result r = cli().run("rectify", "list");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("overdue on 2019-03-01"), r::toString);
    }

    @Test
    void everyVerbThatWritesADocumentOrRecordsAnEventTakesDate() {
        Cli cli = cli();
        for (String[] verb : new String[][] {{"report"}, {"notices"}, {"disclosure"}, {"rectify", "report"},
            {"rectify", "accept"}, {"rectify", "return"}, {"rectify", "respond"}, {"rectify", "contest"},
            {"rectify", "reopen"}, {"rectify", "confirm"}, {"rectify", "import"}, {"rectify", "reconcile"},
            {"finding", "dismiss"}, {"sample", "show"}, {"focus", "visit"}}) {
            String[] args = java.util.Arrays.copyOf(verb, verb.length + 1);
            args[verb.length] = "--help";
            Cli.Result help = cli.run(args);
            assertTrue(help.out().contains("--date"), String.join(" ", verb) + ":\n" + help);
        }
    }
}

package org.inspect.report.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.inspect.check.FindingService;
import org.inspect.cli.Cli;
import org.inspect.rectification.Audit;
import org.inspect.rectification.Rectification;
import org.inspect.rectification.RectificationStore;
import org.inspect.report.Manifest;
import org.inspect.report.RegisterCheck;
import org.inspect.report.RegisterStore;
import org.inspect.store.Database;
import org.inspect.testing.TestContexts;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, point 9: a finding's verdict and a register row are attested by the rectification chain, so that
 * changing them in the database behind the toolkit's back shows: the audit names the verdict, verify-report the
 * register row updated beside a changed PDF (which the file check alone passes).
 */
class TamperedRecordsTest {

    private final StoredCity city = StoredCity.get();

    @Test
    void aVerdictChangedByHandShowsInTheAudit() throws SQLException {
        try (Database db = Database.open(city.dir.resolve("data"))) {
            Rectification r = new Rectification(db, TestContexts.now());
            long finding = r.store().items(null).get(0).findingId();
            new FindingService(db, TestContexts.now().clock()).confirm(finding,
                    org.inspect.context.Actor.operator("督查组"), "入户核实属实");
            assertTrue(r.audit().clean(), () -> r.audit().problems().toString());

            update(db, "UPDATE finding SET verdict = 'DISMISSED', verdict_reason = '误报' WHERE id = ?", finding);

            List<Audit.Kind> kinds = r.audit().problems().stream().map(Audit.Problem::kind).distinct().toList();
            assertEquals(List.of(Audit.Kind.VERDICT), kinds);
        }
    }

    @Test
    void aRegisterRowUpdatedBesideAChangedPdfIsCaught() throws Exception {
        Path notices = city.documents().resolve("notices");
        RegisterStore.Entry entry;
        try (Database db = Database.open(city.dir.resolve("data"))) {
            entry = new RegisterStore(db).notices().get(0);
            Path pdf = notices.resolve(entry.fileName()); // this city's copy of the file
            Files.writeString(pdf, "\n% amended", StandardOpenOption.APPEND);
            update(db, "UPDATE document_register SET sha256 = '" + Manifest.sha256(pdf) + "' WHERE id = ?",
                    entry.id());
            List<RegisterStore.Entry> entries = new RegisterStore(db).all();
            assertEquals(List.of(), RegisterCheck.check(entries, notices).differences(),
                    "the file agrees with its changed row: the file check alone passes");
            var attested = new RectificationStore(db).attestations(RegisterStore.ATTESTED);
            List<RegisterCheck.Difference> found = RegisterCheck.check(entries, attested, notices).differences();
            assertEquals(List.of(RegisterCheck.Difference.FORGED), found.stream().map(RegisterCheck.Difference::problem)
                    .toList());
        }
        Cli.Result verify = city.cli.run("verify-report", notices.toString());
        assertEquals(6, verify.exitCode(), verify::toString);
        assertTrue(verify.out().contains(entry.fileName()), verify::toString);
    }

    private static void update(Database db, String sql, long id) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            assertEquals(1, ps.executeUpdate());
        }
    }
}

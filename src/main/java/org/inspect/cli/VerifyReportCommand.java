package org.inspect.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.inspect.error.ExitCodes;
import org.inspect.error.MismatchException;
import org.inspect.error.NotFoundException;
import org.inspect.report.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect verify-report DIR}: checks the files of {@code DIR} and below against the register of issued
 * documents (their SHA-256 when issued), then the generated PDFs of every folder with a manifest against
 * {@code manifest.sha256}; exit 6 when any file was altered, is missing or is not listed.
 */
@Command(name = "verify-report", resourceBundle = "org.inspect.cli.report", mixinStandardHelpOptions = true)
final class VerifyReportCommand implements Callable<Integer> {

    private final Console console;

    VerifyReportCommand(Console console) {
        this.console = console;
    }

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "verifyReport.dir")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException(Messages.get("verifyReport.noDir", dir));
        }
        List<Path> folders;
        try (Stream<Path> s = Files.walk(dir)) {
            folders = s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(Manifest.FILE))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        // the register of issued documents: what each file was when issued, whatever its manifest says now
        org.inspect.report.RegisterCheck.Result register;
        try (Workspace ws = Workspace.open(global)) {
            register = org.inspect.report.RegisterCheck.check(
                    new org.inspect.report.RegisterStore(ws.database()).all(),
                    new org.inspect.rectification.RectificationStore(ws.database())
                            .attestations(org.inspect.report.RegisterStore.ATTESTED), dir);
        } catch (NotFoundException noDatabase) {
            // a folder checked away from the office's data: its manifests are all there is to check against
            console.info(Messages.get("verifyReport.noRegister", global.dataDir()));
            register = new org.inspect.report.RegisterCheck.Result(0, List.of());
        }
        if (folders.isEmpty() && register.matched() == 0 && register.differences().isEmpty()) {
            throw new NotFoundException(Messages.get("verifyReport.noManifest", dir));
        }
        for (var d : register.differences()) {
            console.println(switch (d.problem()) {
                case org.inspect.report.RegisterCheck.Difference.MISSING ->
                        Messages.get("verifyReport.registerMissing", d.file(), d.registered());
                case org.inspect.report.RegisterCheck.Difference.FORGED ->
                        Messages.get("verifyReport.registerForged", d.file(), d.registered());
                default -> Messages.get("verifyReport.registerAltered", d.file(), d.registered(), d.now());
            });
        }
        if (register.differences().isEmpty() && register.matched() > 0) {
            console.println(Messages.get("verifyReport.registerIntact", register.matched()));
        }
        int bad = 0;
        for (Path folder : folders) {
            Manifest.Verification v = Manifest.verify(folder);
            v.altered().forEach(f -> console.println(Messages.get("verifyReport.altered", folder.resolve(f))));
            v.missing().forEach(f -> console.println(Messages.get("verifyReport.missing", folder.resolve(f))));
            v.extra().forEach(f -> console.println(Messages.get("verifyReport.extra", folder.resolve(f))));
            if (v.intact()) {
                console.println(Messages.get("verifyReport.intact", folder));
            } else {
                bad++;
            }
        }
        if (!register.differences().isEmpty()) {
            throw new MismatchException(Messages.get("verifyReport.registerFailed", register.differences().size()));
        }
        if (bad > 0) {
            throw new MismatchException(Messages.get("verifyReport.failed", bad, folders.size()));
        }
        return ExitCodes.OK;
    }
}

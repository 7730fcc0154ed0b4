package org.inspect.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.inspect.context.Actor;
import org.inspect.context.Context;
import org.inspect.context.Permission;
import org.inspect.error.ForbiddenException;
import org.inspect.error.MismatchException;
import org.inspect.error.NotFoundException;
import org.inspect.store.Database;

/**
 * The register of issued documents as a reader may see it (issue 21): a county officer sees its own county's
 * notices and the bulletins; everyone else the whole register. A file is handed out only after its bytes are
 * checked against the SHA-256 registered when it was issued, as {@code verify-report} checks it.
 */
public final class Downloads {

    private final RegisterStore register;
    private final Context context;

    public Downloads(Database db, Context context) {
        this.register = new RegisterStore(db);
        this.context = context;
    }

    /** The registered documents the acting account may see, in the order they were registered. */
    public List<RegisterStore.Entry> list() {
        Actor a = context.actor();
        a.require(Permission.READ);
        return register.all().stream().filter(e -> visible(a, e)).toList();
    }

    /** The file of register entry {@code id}, verified against its registered SHA-256. */
    public Path verified(long id) {
        Actor a = context.actor();
        a.require(Permission.READ);
        RegisterStore.Entry e = register.all().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no document " + id).localized("web.noDocument", id));
        if (!visible(a, e)) {
            throw new ForbiddenException(a.name() + " may not read document " + id).localized("access.county",
                    a.name(), String.valueOf(e.countyCode()));
        }
        Path file = Path.of(e.filePath());
        if (!Files.isRegularFile(file)) {
            throw new MismatchException(file + " is missing").localized("web.documentMissing", e.number(), file);
        }
        String now = sha256(file);
        if (!now.equals(e.sha256())) {
            throw new MismatchException(file + " was changed after it was issued").localized("web.documentAltered",
                    e.number(), e.sha256(), now);
        }
        return file;
    }

    private static boolean visible(Actor a, RegisterStore.Entry e) {
        if (a.countyCode() == null) {
            return true;
        }
        return e.kind() == RegisterStore.Kind.BULLETIN || (e.kind().notice() && a.covers(e.countyCode()));
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new MismatchException(file + " cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.inspect.rectification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The evidence files (佐证材料) kept in the data folder under {@code evidence/<sha256>}: a copy is made once per
 * content, and a file is checked later by hashing it again.
 */
public final class EvidenceVault {

    /** What a check of a kept file found. */
    public enum Status { OK, MISSING, ALTERED }

    private final Path dir;

    public EvidenceVault(Path dataDir) {
        this.dir = dataDir.resolve("evidence");
    }

    /** Copies {@code file} into the vault (once per content) and returns its SHA-256. */
    public String keep(Path file) {
        try {
            String sha = sha256(file);
            Files.createDirectories(dir);
            Path target = dir.resolve(sha);
            if (!Files.exists(target)) {
                Path tmp = Files.createTempFile(dir, sha, ".part");
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the kept copy of {@code sha256} is there and still has that hash. */
    public Status check(String sha256) {
        Path f = path(sha256);
        if (!Files.isRegularFile(f)) {
            return Status.MISSING;
        }
        try {
            return sha256(f).equals(sha256) ? Status.OK : Status.ALTERED;
        } catch (IOException e) {
            return Status.MISSING;
        }
    }

    /** Where the copy of {@code sha256} is kept. */
    public Path path(String sha256) {
        return dir.resolve(sha256);
    }

    /** The SHA-256 of a file's bytes, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

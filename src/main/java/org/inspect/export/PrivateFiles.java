package org.inspect.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the files that hold personal data in full (full-data documents and exports, rejects files, the demo's
 * rolls): readable by their owner only, the file 0600 and every folder made for it 0700, on a file system that has
 * POSIX permissions (elsewhere, as the file system gives). Masked files are opened as any other file.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Opens {@code file} for writing, private when {@code fullData}; the folders it lacks are made. */
    public static OutputStream open(Path file, boolean fullData) {
        try {
            if (!fullData) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                return Files.newOutputStream(file);
            }
            directories(file.toAbsolutePath().getParent());
            create(file);
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** {@link #open} as UTF-8 text. */
    public static Writer writer(Path file, boolean fullData) {
        return new BufferedWriter(new OutputStreamWriter(open(file, fullData), StandardCharsets.UTF_8));
    }

    /** Makes {@code dir} and its missing parents, each folder it makes readable by its owner only. */
    public static Path directories(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return dir;
        }
        directories(dir.toAbsolutePath().getParent());
        try {
            if (posix(dir.toAbsolutePath().getParent())) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(dir, FOLDER); // the umask may have taken bits away; never adds any
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another writer: fine
        }
        return dir;
    }

    /** Creates {@code file} as 0600, or makes an existing one 0600 before anything is written into it. */
    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!posix(parent)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix(Path dir) {
        return dir != null && dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

package org.inspect.rectification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspect.error.BadInputException;
import org.inspect.error.MismatchException;

/**
 * Makes the rectification history verifiable from outside the database: a checkpoint names the chain's head (its
 * sequence number and hash) and is signed with an Ed25519 key kept in a file outside the database (by default
 * {@code <data>/anchor-key.pem}, created readable by its owner only). Someone who can write the database can rewrite
 * the chain from a point on together with its head row, and the chain then proves itself; it cannot forge the
 * signature, so a checkpoint printed before (in a bulletin, a mail) shows the rewrite: its event no longer has the
 * hash it had. The JDK's own Ed25519 does the signing.
 */
public final class Anchor {

    /** The key file's name in the data folder. */
    public static final String DEFAULT_FILE = "anchor-key.pem";

    private static final String ALGORITHM = "Ed25519";
    private static final Pattern LINE = Pattern.compile(
            "inspect-anchor v1 seq=(\\d+) hash=([0-9a-f]{16,64})…? key=([0-9a-f]{16}) sig=([A-Za-z0-9+/=]+)");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private Anchor(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A signed checkpoint of the history's head. */
    public record Checkpoint(long seq, String hash, String key, String signature) {

        /** The checkpoint as one line, to print, keep and give to {@code --verify-anchor}. */
        public String text() {
            return "inspect-anchor v1 seq=" + seq + " hash=" + hash + " key=" + key + " sig=" + signature;
        }

        /**
         * The short form a bulletin prints: the hash cut to 16 hex digits. It verifies too: the signature covers
         * the whole hash, which the chain supplies, and the digits printed must begin it.
         */
        public String shortText() {
            return "inspect-anchor v1 seq=" + seq + " hash=" + hash.substring(0, 16) + "… key=" + key + " sig="
                    + signature;
        }

        /** What is signed: the version, the sequence number and the hash. */
        byte[] payload() {
            return ("inspect-anchor v1\n" + seq + "\n" + hash).getBytes(StandardCharsets.UTF_8);
        }

        /** Reads a checkpoint from its text (the line may stand among other text, as in a bulletin). */
        public static Checkpoint parse(String text) {
            Matcher m = LINE.matcher(text.replaceAll("\\s+", " "));
            if (!m.find()) {
                throw new BadInputException("not a checkpoint: " + abbreviate(text)).localized("anchor.unreadable",
                        abbreviate(text));
            }
            return new Checkpoint(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4));
        }

        private static String abbreviate(String s) {
            String one = s.strip().replaceAll("\\s+", " ");
            return one.length() <= 80 ? one : one.substring(0, 80) + "…";
        }
    }

    /**
     * The key of {@code file}: created (a new Ed25519 pair, the file readable by its owner only) when the file does
     * not exist; a file holding only the public key verifies but cannot sign.
     */
    public static Anchor load(Path file) {
        return load(file, true);
    }

    /** The key of {@code file}, which must exist (verifying never makes a key). */
    public static Anchor existing(Path file) {
        return load(file, false);
    }

    private static Anchor load(Path file, boolean create) {
        try {
            if (!Files.exists(file) && create) {
                return create(file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            KeyFactory kf = KeyFactory.getInstance(ALGORITHM);
            byte[] priv = block(pem, "PRIVATE KEY");
            byte[] pub = block(pem, "PUBLIC KEY");
            if (pub == null) {
                throw new GeneralSecurityException("no PUBLIC KEY block");
            }
            return new Anchor(priv == null ? null : kf.generatePrivate(new PKCS8EncodedKeySpec(priv)),
                    kf.generatePublic(new X509EncodedKeySpec(pub)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new BadInputException("cannot read the anchor key " + file + ": " + e.getMessage(), e)
                    .localized("anchor.keyUnreadable", file, e.getMessage());
        }
    }

    private static Anchor create(Path file) throws IOException, GeneralSecurityException {
        var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY",
                pair.getPublic().getEncoded());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Anchor(pair.getPrivate(), pair.getPublic());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] block(String pem, String type) {
        int from = pem.indexOf("-----BEGIN " + type + "-----");
        int to = pem.indexOf("-----END " + type + "-----");
        if (from < 0 || to < from) {
            return null;
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + ("-----BEGIN " + type + "-----").length(), to));
    }

    /** The first 16 hex digits of the SHA-256 of the public key: how a checkpoint names its key. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checkpoint of {@code head}, signed. */
    public Checkpoint sign(RectificationStore.Head head) {
        if (privateKey == null) {
            throw new BadInputException("the anchor key holds no private key: it verifies but cannot sign")
                    .localized("anchor.keyUnreadable", fingerprint(), "no PRIVATE KEY block");
        }
        try {
            Checkpoint unsigned = new Checkpoint(head.lastSeq(), head.lastHash(), fingerprint(), "");
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(unsigned.payload());
            return new Checkpoint(head.lastSeq(), head.lastHash(), fingerprint(),
                    Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the checkpoint", e);
        }
    }

    /**
     * Checks {@code c} against this key and the history of {@code store}: the signature must be this key's, and the
     * event it names must still be in the chain with the same hash. Returns the problems (none: it holds).
     */
    public java.util.List<Audit.Problem> verify(Checkpoint c, RectificationStore store) {
        if (!c.key().equals(fingerprint())) {
            throw new MismatchException("checkpoint signed by key " + c.key() + ", not " + fingerprint())
                    .localized("anchor.otherKey", c.key(), fingerprint());
        }
        java.util.List<Audit.Problem> out = new java.util.ArrayList<>();
        String now = c.seq() == 0 ? RectificationStore.Head.EMPTY_HASH : store.hashAt(c.seq());
        if (now == null) {
            out.add(new Audit.Problem(Audit.Kind.ANCHOR, c.seq(), "the history has no event " + c.seq() + " any more"));
            return out;
        }
        if (!now.startsWith(c.hash())) {
            out.add(new Audit.Problem(Audit.Kind.ANCHOR, c.seq(), "event " + c.seq() + " now has hash "
                    + now.substring(0, 16) + "…, the checkpoint says " + c.hash().substring(0, 16)
                    + "…: the history was rewritten from there on"));
            return out;
        }
        try {
            // a short checkpoint (a bulletin's) names the hash by its first digits: the signature is over the whole
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey);
            s.update(new Checkpoint(c.seq(), now, c.key(), c.signature()).payload());
            if (!s.verify(Base64.getDecoder().decode(c.signature()))) {
                out.add(new Audit.Problem(Audit.Kind.ANCHOR, c.seq(), "the signature does not verify: the checkpoint "
                        + "was altered or not made with this key"));
                return out;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            out.add(new Audit.Problem(Audit.Kind.ANCHOR, c.seq(), "the signature cannot be read: " + e.getMessage()));
            return out;
        }
        return out;
    }
}

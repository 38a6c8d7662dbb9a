package be.koers.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The issuer's RSA signing key, kept as a JWK (with its private part) in a file: created on the first start, read on
 * every later one, so the tokens issued before a restart still verify against the JWKS after it.
 */
final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SigningKeyFile() {
    }

    static RSAKey readOrCreate(Path file) {
        Path path = file.toAbsolutePath();
        try {
            if (Files.exists(path)) {
                RSAKey key = RSAKey.parse(Files.readString(path));
                if (!key.isPrivate()) {
                    throw new IllegalStateException(path + " holds a public key only; the issuer needs the private key to sign");
                }
                log.info("Signing key {} read from {}", key.getKeyID(), path);
                return key;
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
            write(path, key.toJSONString());
            log.info("Signing key {} created in {}", key.getKeyID(), path);
            return key;
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot read or create the signing key " + path, e);
        }
    }

    /** Owner-only where the file system has POSIX permissions; complete or absent (moved into place once written). */
    private static void write(Path path, String json) throws IOException {
        Files.createDirectories(path.getParent(), ownerOnly("rwx------"));
        Path partial = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp", ownerOnly("rw-------"));
        try {
            Files.writeString(partial, json);
            Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}

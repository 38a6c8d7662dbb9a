package be.koers.identity;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyFileTest {

    @TempDir
    Path directory;

    @Test
    void theKeyCreatedOnTheFirstStartIsTheOneReadOnTheNext() {
        Path file = directory.resolve("identity/signing-key.json");

        RSAKey created = SigningKeyFile.readOrCreate(file);
        RSAKey read = SigningKeyFile.readOrCreate(file);

        assertThat(created.size()).isEqualTo(2048);
        assertThat(created.isPrivate()).isTrue();
        assertThat(read.getKeyID()).isEqualTo(created.getKeyID());
        assertThat(read.getModulus()).isEqualTo(created.getModulus());
        assertThat(read.getPrivateExponent()).isEqualTo(created.getPrivateExponent());
    }

    @Test // Koers runs on POSIX file systems (Linux); elsewhere the file gets the directory's default permissions
    void onlyItsOwnerMayReadTheKeyFile() throws Exception {
        Path file = directory.resolve("identity/signing-key.json");

        SigningKeyFile.readOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aFileWithOnlyThePublicKeyIsRefused() throws Exception {
        Path file = directory.resolve("signing-key.json");
        RSAKey key = SigningKeyFile.readOrCreate(file);
        Files.writeString(file, key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.readOrCreate(file)).hasMessageContaining("public key only");
    }
}

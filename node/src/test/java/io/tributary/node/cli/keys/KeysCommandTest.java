package io.tributary.node.cli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.keys.KeyStoreFile;
import io.tributary.node.cli.CliRunner;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
  @TempDir Path dir;

  private Path passwordFile(final String password) throws Exception {
    final Path file = dir.resolve("password.txt");
    Files.writeString(file, password + "\n");
    return file;
  }

  private List<Path> keyFiles(final Path keystore) throws Exception {
    try (Stream<Path> files = Files.list(keystore)) {
      return files.toList();
    }
  }

  @Test
  void createsAKeystoreFileThatOpensWithItsPasswordAndListsIt() throws Exception {
    final Path keystore = dir.resolve("keystore");
    final CliRunner.Result created = CliRunner.run("keys", "new", "--keystore", keystore.toString(), "--light-kdf",
        "--password-file", passwordFile("s3cret").toString());
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).startsWith("address: 0x");
    final Path file = keyFiles(keystore).get(0);
    assertThat(file.getFileName().toString()).startsWith("UTC--");
    final KeyPair keys = KeyStoreFile.decrypt(Files.readString(file), "s3cret");
    assertThat(created.out()).contains(keys.address().toChecksumString()).doesNotContain(
        keys.privateKey().toUnprefixedHexString());

    final CliRunner.Result listed = CliRunner.run("keys", "list", "--keystore", keystore.toString());
    assertThat(listed.out()).contains("#0: " + keys.address().toChecksumString());
  }

  @Test
  void inspectsWithoutThePasswordAndRevealsTheKeyOnlyWithIt() throws Exception {
    final Path keystore = dir.resolve("ks");
    CliRunner.run("keys", "new", "--keystore", keystore.toString(), "--light-kdf", "--password-file",
        passwordFile("pw").toString());
    final Path file = keyFiles(keystore).get(0);
    final KeyPair keys = KeyStoreFile.decrypt(Files.readString(file), "pw");

    final JsonNode locked = new ObjectMapper().readTree(CliRunner.run("keys", "inspect", file.toString()).out());
    assertThat(locked.get("unlocked").asBoolean()).isFalse();
    assertThat(locked.get("kdf").asText()).isEqualTo("scrypt");
    assertThat(locked.has("privateKey")).isFalse();

    final CliRunner.Result revealed = CliRunner.run("keys", "inspect", file.toString(), "--private",
        "--password-file", passwordFile("pw").toString());
    final JsonNode open = new ObjectMapper().readTree(revealed.out());
    assertThat(open.get("address").asText()).isEqualTo(keys.address().toChecksumString());
    assertThat(open.get("privateKey").asText()).isEqualTo(keys.privateKey().toHexString());
  }

  @Test
  void refusesAWrongPasswordWithAClearErrorAndExitCodeOne() throws Exception {
    final Path keystore = dir.resolve("ks2");
    CliRunner.run("keys", "new", "--keystore", keystore.toString(), "--light-kdf", "--password-file",
        passwordFile("right").toString());
    final CliRunner.Result result = CliRunner.run("keys", "inspect", keyFiles(keystore).get(0).toString(),
        "--private", "--password-file", passwordFile("wrong").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("wrong password");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void opensAKeystoreWrittenByEthers() throws Exception {
    final Path file = dir.resolve("ethers.json");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/ethers-keystore.json")) {
      Files.write(file, in.readAllBytes());
    }
    Files.writeString(dir.resolve("pw"), "tributary", StandardCharsets.UTF_8);
    final CliRunner.Result result = CliRunner.run("keys", "inspect", file.toString(), "--password-file",
        dir.resolve("pw").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get("address").asText())
        .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  }

  @Test
  void explainsAMissingPasswordWithoutATerminal() {
    final CliRunner.Result result = CliRunner.run("keys", "new", "--keystore", dir.resolve("k").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("--password-file");
  }
}

package io.tributary.node.cli.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.keys.KeyStoreFile;
import io.tributary.node.cli.CliRunner;
import io.tributary.node.cli.dev.DevAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signer options of the module commands, checked before any node is asked (this one is unreachable). */
class SignerOptionsTest {
  private static final String NOWHERE = "http://127.0.0.1:1";

  @TempDir Path dir;

  @Test
  void twoSignersAreRefused() {
    final CliRunner.Result result = CliRunner.run("model", "register", "--name", "m", "--datasets", "1", "--fee", "1",
        "--split", "5000,0,4000,1000", "--rpc", NOWHERE, "--dev-account", "1", "--key", "0x" + "11".repeat(32));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("exactly one of --key, --keystore or --dev-account");
  }

  @Test
  void aKeystoreOpensWithItsPasswordFileAndTheCommandGoesOnToTheNode() throws Exception {
    final Path keystore = dir.resolve("key.json");
    Files.writeString(keystore, KeyStoreFile.encrypt(new DevAccounts().accounts(1).get(0), "secret",
        KeyStoreFile.LIGHT), StandardCharsets.UTF_8);
    final Path password = dir.resolve("pw.txt");
    Files.writeString(password, "secret\n", StandardCharsets.UTF_8);
    final CliRunner.Result result = CliRunner.run("model", "register", "--name", "m", "--datasets", "1", "--fee",
        "1", "--split", "5000,0,4000,1000", "--rpc", NOWHERE, "--keystore", keystore.toString(), "--password-file",
        password.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("cannot reach " + NOWHERE);

    Files.writeString(password, "wrong\n", StandardCharsets.UTF_8);
    final CliRunner.Result wrong = CliRunner.run("model", "register", "--name", "m", "--datasets", "1", "--fee",
        "1", "--split", "5000,0,4000,1000", "--rpc", NOWHERE, "--keystore", keystore.toString(), "--password-file",
        password.toString());
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains(keystore.toString()).doesNotContain("cannot reach");
  }
}

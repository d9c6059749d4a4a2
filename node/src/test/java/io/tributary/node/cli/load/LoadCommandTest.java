package io.tributary.node.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.node.Tributary;
import io.tributary.node.cli.dev.DevAccounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadCommandTest {
  private final StringWriter err = new StringWriter();

  private int run(final String... args) {
    final CommandLine cli = Tributary.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void aRateBelowOneIsRefusedBeforeAnythingIsSent() {
    assertThat(run("load", "--rpc", "http://127.0.0.1:1", "--tps", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--tps must be at least 1");
  }

  @Test
  void anEndpointThatIsNotAnHttpUrlIsRefused() {
    assertThat(run("load", "--rpc", "ws://127.0.0.1:8545")).isEqualTo(2);
    assertThat(err.toString()).contains("is not an http(s) URL");
  }

  @Test
  void keysAndAGenesisExcludeEachOther(@TempDir final Path dir) throws Exception {
    final Path genesis = Files.writeString(dir.resolve("g.json"), "{}");
    assertThat(run("load", "--keys", "0x" + "11".repeat(32), "--from-genesis", genesis.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exclude each other");
  }

  @Test
  void aGenesisThatFundsNoDevAccountIsRefusedWithTheAccountItLookedFor(@TempDir final Path dir) throws Exception {
    final Path genesis = Files.writeString(dir.resolve("g.json"), "{\"config\":{\"chainId\":5},\"alloc\":{}}");
    assertThat(run("load", "--from-genesis", genesis.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("funds no account of the dev mnemonic")
        .contains(new DevAccounts().accounts(1).get(0).address().toChecksumString());
  }

  @Test
  void keysComeFromHexOrFromAFileOfLines(@TempDir final Path dir) throws Exception {
    final Path file = Files.writeString(dir.resolve("keys.txt"), "# load keys\n0x" + "22".repeat(32) + "\n\n"
        + "33".repeat(32) + "\n");
    assertThat(LoadAccounts.parseKeys(java.util.List.of("0x" + "11".repeat(32), file.toString()))).hasSize(3);
  }
}

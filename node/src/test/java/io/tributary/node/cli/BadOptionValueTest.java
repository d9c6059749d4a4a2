package io.tributary.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadOptionValueTest {
  @TempDir Path dir;

  @Test
  void aBadP2pOptionValueIsOneErrorLineNamingTheOptionNotAStackTrace() {
    final CliRunner.Result advertised = CliRunner.run("dev", "--datadir", dir.resolve("a").toString(),
        "--rpc-port", "0", "--p2p-port", "0", "--p2p-advertise-host", "bad host");
    assertThat(advertised.exitCode()).isEqualTo(1);
    assertThat(advertised.err()).startsWith("error: --p2p-advertise-host: 'bad host'").doesNotContain("\tat ");

    final CliRunner.Result bootnode = CliRunner.run("dev", "--datadir", dir.resolve("b").toString(),
        "--rpc-port", "0", "--p2p-port", "0", "--bootnodes", "enode://xx@host:1");
    assertThat(bootnode.exitCode()).isEqualTo(1);
    assertThat(bootnode.err()).startsWith("error: --bootnodes: invalid enode URL").doesNotContain("\tat ");
  }
}

package io.tributary.node.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.node.Tributary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Flags over TRIBUTARY_ environment variables over the TOML config file over built-in defaults. */
class ConfigDefaultsTest {
  @TempDir Path dir;

  /** A stand-in for the node command: options of the shapes it has. */
  @Command(name = "node")
  static final class FakeNode implements Callable<Integer> {
    @Mixin ConfigFileOption configFile;

    @Option(names = "--rpc-port", defaultValue = "8545")
    int rpcPort;

    @Option(names = "--datadir", required = true)
    Path dataDir;

    @Option(names = "--bootnodes", split = ",")
    List<String> bootnodes = List.of();

    @Option(names = "--metrics-enabled", defaultValue = "false")
    boolean metrics;

    @Override
    public Integer call() {
      return 0;
    }
  }

  private FakeNode parse(final Map<String, String> environment, final String... args) {
    final FakeNode node = new FakeNode();
    final CommandLine command = new CommandLine(node);
    command.setDefaultValueProvider(ConfigDefaults.of(args, environment));
    command.parseArgs(args);
    return node;
  }

  private Path config(final String toml) throws Exception {
    final Path file = dir.resolve("node.toml");
    Files.writeString(file, toml);
    return file;
  }

  @Test
  void theConfigFileSetsOptionsByTheirLongNames() throws Exception {
    final Path file = config("datadir = \"/var/lib/tributary\"\nrpc-port = 8600\nmetrics-enabled = true\n"
        + "bootnodes = [\"enode://a@1.2.3.4:30303\", \"enode://b@5.6.7.8:30303\"]\n");
    final FakeNode node = parse(Map.of(), "--config-file", file.toString());
    assertThat(node.dataDir).isEqualTo(Path.of("/var/lib/tributary"));
    assertThat(node.rpcPort).isEqualTo(8600);
    assertThat(node.metrics).isTrue();
    assertThat(node.bootnodes).containsExactly("enode://a@1.2.3.4:30303", "enode://b@5.6.7.8:30303");
  }

  @Test
  void environmentVariablesOverrideTheFileAndFlagsOverrideBoth() throws Exception {
    final Path file = config("datadir = \"/a\"\nrpc-port = 8600\n");
    final Map<String, String> environment = Map.of("TRIBUTARY_RPC_PORT", "8700", "TRIBUTARY_CONFIG_FILE",
        file.toString());
    assertThat(parse(environment).rpcPort).isEqualTo(8700);
    assertThat(parse(environment, "--rpc-port", "8800").rpcPort).isEqualTo(8800);
    assertThat(parse(Map.of(), "--datadir", "/b").rpcPort).isEqualTo(8545);
  }

  @Test
  void aConfigKeyNoOptionHasIsReportedNotIgnored() throws Exception {
    final Path file = config("rpc-prot = 8600\ndatadir = \"/a\"\n");
    final ConfigDefaults defaults = ConfigDefaults.of(new String[] {"--config-file=" + file}, Map.of());
    assertThat(defaults.unknownKeys(new CommandLine(new FakeNode()).getCommandSpec())).containsExactly("rpc-prot");
  }

  @Test
  void anUnreadableOrMalformedFileIsAnErrorNamingIt() throws Exception {
    assertThatThrownBy(() -> ConfigDefaults.of(new String[] {"--config-file", dir.resolve("none.toml").toString()},
        Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none.toml");
    final Path bad = config("rpc-port = = 3\n");
    assertThatThrownBy(() -> ConfigDefaults.of(new String[] {"--config-file", bad.toString()}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node.toml");
  }

  @Test
  void theRealCliRefusesATypoInTheConfigFileOfTributaryNode() throws Exception {
    final Path file = config("genesis = \"g.json\"\ndatadir = \"d\"\nrpc-prot = 1\n");
    final PrintStream saved = System.err;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final int code;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = Tributary.run(new String[] {"node", "--config-file", file.toString()}, Map.of());
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no option rpc-prot in 'tributary node'");
  }
}

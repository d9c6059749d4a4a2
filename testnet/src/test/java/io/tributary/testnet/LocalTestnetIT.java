package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.node.Tributary;
import io.tributary.node.cli.testnet.TestnetManifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import picocli.CommandLine;

/** What {@code make testnet}, {@code tributary load} and {@code make testnet-stop} do, through the CLI. */
class LocalTestnetIT {
  private Path dir;
  private StringWriter out = new StringWriter();

  private int run(final String... args) {
    out = new StringWriter();
    final CommandLine cli = Tributary.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return cli.execute(args);
  }

  @AfterEach
  void stopTheTestnet() {
    if (dir != null) {
      run("testnet", "stop", "--dir", dir.toString(), "--grace", "20s");
    }
  }

  @Test
  void aOneValidatorTestnetStartsTakesLoadAndStops() throws Exception {
    lifecycle(1);
  }

  @Test
  @EnabledIfSystemProperty(named = "tributary.multivalidator", matches = "true")
  void aFourValidatorTestnetStartsTakesLoadOnEveryNodeAndStops() throws Exception {
    lifecycle(4);
  }

  private void lifecycle(final int validators) throws Exception {
    dir = ItDirs.fresh("testnet-" + validators);
    assertThat(run("testnet", "init", "--dir", dir.toString(), "--force", "--validators",
        Integer.toString(validators), "--accounts", "8", "--block-time", "1s",
        "--base-rpc-port", Integer.toString(ItDirs.freePort()), "--base-p2p-port", Integer.toString(ItDirs.freePort())))
        .as(out.toString()).isZero();

    assertThat(run("testnet", "start", "--dir", dir.toString(), "--timeout", "120s")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("is up: block").contains("final on");
    final TestnetManifest manifest = TestnetManifest.read(dir);
    for (final TestnetManifest.Node node : manifest.nodes()) {
      assertThat(out.toString()).contains(node.rpcUrl());
      assertThat(node.pidFile(dir)).exists();
    }

    assertThat(run("testnet", "start", "--dir", dir.toString())).isZero();
    assertThat(out.toString()).contains("already running");
    assertThat(run("testnet", "status", "--dir", dir.toString())).as(out.toString()).isZero();

    final Path results = dir.resolve("load.json");
    final String rpcs = String.join(",", manifest.nodes().stream().map(TestnetManifest.Node::rpcUrl).toList());
    assertThat(run("load", "--rpc", rpcs, "--from-genesis", manifest.genesisFile(dir).toString(), "--tps", "30",
        "--duration", "3s", "--out", results.toString())).as(out.toString()).isZero();
    assertThat(new ObjectMapper().readTree(results.toFile()).get("accounts").asInt()).isEqualTo(8);

    assertThat(run("testnet", "stop", "--dir", dir.toString())).isZero();
    assertThat(out.toString()).contains("Stopped " + validators + " node");
    for (final TestnetManifest.Node node : manifest.nodes()) {
      assertThat(node.pidFile(dir)).doesNotExist();
    }
    assertThat(run("testnet", "status", "--dir", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("0 of " + validators + " nodes running");
  }
}

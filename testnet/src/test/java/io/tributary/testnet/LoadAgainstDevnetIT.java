package io.tributary.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.node.Tributary;
import io.tributary.node.cli.testnet.ChainProbe;
import io.tributary.node.cli.testnet.NodeProcesses;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tributary load} against a real {@code tributary dev} process, as a user runs it today. */
class LoadAgainstDevnetIT {
  private Process devnet;

  @AfterEach
  void stopDevnet() throws InterruptedException {
    if (devnet != null) {
      NodeProcesses.stop(devnet.toHandle(), Duration.ofSeconds(20));
    }
  }

  @Test
  void everyTransferOfASteadyLoadIsConfirmedAndItsLatencyMeasured() throws Exception {
    final Path dir = ItDirs.fresh("load");
    final int port = ItDirs.freePort();
    final List<String> command = new ArrayList<>(NodeProcesses.tributaryCommand());
    command.addAll(List.of("dev", "--rpc-port", Integer.toString(port), "--datadir", dir.resolve("data").toString(),
        "--block-time", "500ms", "--accounts", "8"));
    devnet = NodeProcesses.start(command, dir.resolve("dev.log"), false);
    final String url = "http://127.0.0.1:" + port;
    awaitRpc(url, dir.resolve("dev.log"));

    final StringWriter out = new StringWriter();
    final CommandLine cli = Tributary.commandLine();
    cli.setOut(new PrintWriter(out, true));
    final Path results = dir.resolve("results.json");
    final int status = cli.execute("load", "--rpc", url, "--tps", "40", "--duration", "4s", "--accounts", "8",
        "--progress", "1s", "--out", results.toString());

    assertThat(status).as(out.toString()).isZero();
    final JsonNode json = new ObjectMapper().readTree(results.toFile());
    assertThat(json.get("sent").asLong()).isGreaterThanOrEqualTo(120);
    assertThat(json.get("confirmed").asLong()).isEqualTo(json.get("sent").asLong());
    assertThat(json.get("errors").asLong()).isZero();
    assertThat(json.get("unconfirmed").asLong()).isZero();
    assertThat(json.get("confirmedTps").asDouble()).isPositive();
    final JsonNode latency = json.get("latencyMs");
    assertThat(latency.get("count").asLong()).isEqualTo(json.get("confirmed").asLong());
    assertThat(latency.get("p50").asLong()).isPositive().isLessThanOrEqualTo(latency.get("p90").asLong());
    assertThat(latency.get("p90").asLong()).isLessThanOrEqualTo(latency.get("p99").asLong());
    assertThat(latency.get("p99").asLong()).isLessThan(10_000);
    assertThat(out.toString()).contains("confirmed").contains("p50").contains("sustained confirmed");
  }

  private void awaitRpc(final String url, final Path log) throws Exception {
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (ChainProbe.head(ChainProbe.client(url, Duration.ofSeconds(1))).isEmpty()) {
      assertThat(devnet.isAlive()).as("tributary dev exited:\n%s", NodeProcesses.tail(log, 30)).isTrue();
      assertThat(System.nanoTime()).as("tributary dev did not answer within 90 s").isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }
}

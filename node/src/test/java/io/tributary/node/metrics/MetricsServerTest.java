package io.tributary.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.node.cli.InProcessDevNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator endpoint of a running in-process devnet: Prometheus text, liveness and readiness. */
class MetricsServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dataDir;
  private InProcessDevNode node;
  private MetricsServer server;

  @BeforeEach
  void start() throws Exception {
    node = new InProcessDevNode(dataDir, 2, 100);
    server = MetricsServer.start("127.0.0.1", 0, node.node().metrics(),
        node.node().readiness(Duration.ofMillis(100), Clock.systemUTC()));
  }

  @AfterEach
  void stop() {
    server.close();
    node.close();
  }

  @Test
  void metricsShowTheHeadThePoolConsensusRpcLatenciesAndTheJvm() throws Exception {
    node.client().call("eth_blockNumber");
    node.client().call("eth_getBalance", "0x00000000000000000000000000000000000000aa", "latest");
    final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (node.node().chain().headHeader().orElseThrow().number() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    final HttpResponse<String> metrics = get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("text/plain"));
    assertThat(metrics.body())
        .containsPattern("(?m)^tributary_chain_head_number [1-9]")
        .contains("tributary_txpool_transactions 0")
        .contains("tributary_p2p_peers 0")
        .containsPattern("(?m)^tributary_consensus_blocks_decided_total [1-9]")
        .contains("tributary_rpc_request_duration_seconds_count{method=\"eth_blockNumber\",outcome=\"ok\"} 1")
        .contains("tributary_rpc_request_duration_seconds_count{method=\"eth_getBalance\",outcome=\"ok\"} 1")
        .contains("tributary_poa_batches_total")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void unknownRpcMethodsShareOneLabel() throws Exception {
    try {
      node.client().call("evil_" + "x".repeat(40));
    } catch (final RuntimeException expected) {
      // -32601
    }
    assertThat(get("/metrics").body())
        .contains("tributary_rpc_request_duration_seconds_count{method=\"unknown\",outcome=\"error\"} 1")
        .doesNotContain("evil_");
  }

  @Test
  void livenessAndReadinessAreUpWhileTheNodeFollowsTheChain() throws Exception {
    assertThat(get("/liveness").statusCode()).isEqualTo(200);
    node.awaitBlock(1); // the genesis block is dated 1970: until a block is made, the head is old and not ready
    final HttpResponse<String> ready = get("/readiness");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void readinessIsDownWithTheReasonWhenTheHeadIsOld() throws Exception {
    final Clock later = Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC);
    try (MetricsServer stale = MetricsServer.start("127.0.0.1", 0, node.node().metrics(),
        node.node().readiness(Duration.ofMillis(100), later))) {
      final HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + stale.port() + "/readiness")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"status\":\"DOWN\"").contains("the head is");
    }
  }

  @Test
  void onlyGetOnKnownPathsIsServed() throws Exception {
    assertThat(get("/metrics/extra").statusCode()).isEqualTo(404);
    assertThat(get("/").statusCode()).isEqualTo(404);
    final HttpResponse<String> post = http.send(HttpRequest.newBuilder(url("/metrics"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  private URI url(final String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> get(final String path) throws Exception {
    return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

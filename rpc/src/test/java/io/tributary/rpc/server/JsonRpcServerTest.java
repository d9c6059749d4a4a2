package io.tributary.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.methods.EthChainId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonRpcServerTest {
  private static final String CHAIN_ID = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}";
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private JsonRpcServer server;

  private JsonRpcServer start(final RpcServerConfig config) throws Exception {
    final JsonRpcProcessor processor = new JsonRpcProcessor(new JsonRpcMethods().register(new EthChainId(7357)),
        config.maxBatchSize());
    server = new JsonRpcServer(config.withPort(0), processor,
        path -> path.equals("/health") ? Optional.of(new HttpContentHandler.Content("text/plain",
            "ok".getBytes(StandardCharsets.UTF_8))) : Optional.empty()).start();
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> post(final String body, final String... headers) throws Exception {
    final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersJsonRpcOverHttpPost() throws Exception {
    start(RpcServerConfig.defaults());
    final HttpResponse<String> response = post(CHAIN_ID);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    assertThat(mapper.readTree(response.body()).get("result").asText()).isEqualTo("0x1cbd");
  }

  @Test
  void refusesBodiesOverTheLimitWith413() throws Exception {
    start(RpcServerConfig.defaults().withLimits(4096, 10, 10));
    final HttpResponse<String> response = post("[" + " ".repeat(10_000) + "]");
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void refusesHostHeadersOutsideTheAllowList() throws Exception {
    // The client sends "Host: 127.0.0.1:<port>"; a DNS-rebinding page would send its own name instead, which is
    // what an allow-list without 127.0.0.1 makes of this request.
    start(RpcServerConfig.defaults().withHostAllowlist(List.of("node.example")));
    final HttpResponse<String> refused = post(CHAIN_ID);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Host not allowed");
  }

  @Test
  void refusesCrossOriginCallsUnlessTheOriginIsAllowed() throws Exception {
    start(RpcServerConfig.defaults());
    assertThat(post(CHAIN_ID, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
    server.close();
    start(RpcServerConfig.defaults().withCorsOrigins(List.of("http://wallet.example")));
    final HttpResponse<String> allowed = post(CHAIN_ID, "Origin", "http://wallet.example");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("access-control-allow-origin")).contains("http://wallet.example");
  }

  @Test
  void servesStaticContentOnGetAnd404Otherwise() throws Exception {
    start(RpcServerConfig.defaults());
    final HttpResponse<String> health = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("ok");
    final HttpResponse<String> missing = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/nope")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void staticContentCarriesAnEntityTagAndAnUnchangedFileIsA304WithoutItsBody() throws Exception {
    start(RpcServerConfig.defaults());
    final URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");
    final HttpResponse<String> first = client.send(HttpRequest.newBuilder(health).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    final String etag = first.headers().firstValue("etag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(first.headers().firstValue("cache-control")).contains("no-cache");

    final HttpResponse<String> again = client.send(HttpRequest.newBuilder(health).header("If-None-Match", etag)
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("etag")).contains(etag);

    final HttpResponse<String> stale = client.send(HttpRequest.newBuilder(health)
        .header("If-None-Match", "\"0123\", \"4567\"").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).isEqualTo("ok");
  }

  @Test
  void answersJsonRpcOverWebSocketOnTheSamePort() throws Exception {
    start(RpcServerConfig.defaults());
    final CompletableFuture<String> reply = new CompletableFuture<>();
    final WebSocket ws = client.newWebSocketBuilder()
        .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/"), new WebSocket.Listener() {
          private final StringBuilder text = new StringBuilder();

          @Override
          public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
            text.append(data);
            if (last) {
              reply.complete(text.toString());
            }
            webSocket.request(1);
            return null;
          }
        }).get(5, TimeUnit.SECONDS);
    ws.sendText(CHAIN_ID, true);
    final JsonNode node = mapper.readTree(reply.get(5, TimeUnit.SECONDS));
    assertThat(node.get("result").asText()).isEqualTo("0x1cbd");
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
  }
}

package io.tributary.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.consensus.txpool.PoolHeadState;
import io.tributary.consensus.txpool.TransactionPool;
import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.rpc.JsonRpcProcessor;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.methods.EthChainId;
import io.tributary.rpc.methods.EthSendRawTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Abusive clients against the real server with a small method set: each abuse is refused or cut short, counted in
 * the server's drop summary, and an honest client calling at the same time on its own connection keeps getting
 * correct answers (within 5 s, a bound far above what an answer takes).
 */
class JsonRpcAbuseTest {
  private static final long CHAIN_ID = 7357;
  private static final String CHAIN_ID_CALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}";
  private static final Wei GWEI = Wei.of(1_000_000_000L);
  private static final KeyPair SENDER = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(
      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
  /** The head state the pool checks against: every account has nonce 5 and 1,000 TRIB. */
  private static final PoolHeadState HEAD = new PoolHeadState() {
    @Override
    public long nonce(final Address account) {
      return 5;
    }

    @Override
    public Wei balance(final Address account) {
      return Wei.ofTrib(1_000);
    }

    @Override
    public boolean hasCode(final Address account) {
      return false;
    }

    @Override
    public Wei nextBaseFee() {
      return GWEI;
    }

    @Override
    public TransactionValidator validator() {
      return TransactionValidator.tributary(CHAIN_ID);
    }
  };

  private final ObjectMapper mapper = new ObjectMapper();
  private final ExecutorService abusers = Executors.newCachedThreadPool();
  private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
  private final TransactionPool pool = new TransactionPool(TransactionPoolConfig.DEFAULT);
  private final EthSendRawTransaction sendRaw = new EthSendRawTransaction(pool, () -> HEAD);
  /** While set, {@code test_slow} takes 100 ms a call. */
  private final AtomicBoolean slow = new AtomicBoolean(true);
  private final AtomicInteger slowCalls = new AtomicInteger();
  private final List<Runnable> uncapture = new ArrayList<>();
  private JsonRpcServer server;

  /** 1 MiB bodies, batches of 100, 64 connections, requests complete within 2 s, unless a test says otherwise. */
  private static RpcServerConfig limits() {
    return RpcServerConfig.defaults().withPort(0).withLimits(1 << 20, 100, 64)
        .withRequestTimeout(Duration.ofSeconds(2));
  }

  private JsonRpcServer start(final RpcServerConfig config) throws Exception {
    final JsonRpcMethod slowMethod = new JsonRpcMethod() {
      @Override
      public String name() {
        return "test_slow";
      }

      @Override
      public JsonRpcResponse response(final JsonRpcRequest request) {
        slowCalls.incrementAndGet();
        if (slow.get()) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return JsonRpcResponse.success("0x0");
      }
    };
    final JsonRpcProcessor processor = new JsonRpcProcessor(new JsonRpcMethods().register(new EthChainId(CHAIN_ID))
        .register(sendRaw).register(slowMethod), config.maxBatchSize());
    server = new JsonRpcServer(config, processor, HttpContentHandler.NONE).start();
    return server;
  }

  @AfterEach
  void stop() throws Exception {
    slow.set(false);
    uncapture.forEach(Runnable::run);
    abusers.shutdownNow();
    synchronized (sockets) {
      for (final Socket socket : sockets) {
        socket.close();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  // ------------------------------------------------------------------------------------------------ the abuses

  @Test
  void anOversizedBodyIsRefusedWith413BeforeItIsReadWhileAnHonestClientIsAnswered() throws Exception {
    start(limits());
    final Future<List<String>> refusals = abusers.submit(() -> {
      final List<String> statusLines = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        try (Socket socket = socket()) {
          // Says 100 MiB are coming and sends a first kilobyte: refused from the header.
          socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: 104857600\r\n\r\n" + "[".repeat(1024)).getBytes(StandardCharsets.US_ASCII));
          final String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
          statusLines.add(response.lines().findFirst().orElse(""));
        }
      }
      return statusLines;
    });
    assertHonestClientsAnswered(20);
    assertThat(refusals.get(10, TimeUnit.SECONDS)).hasSize(20).allMatch(line -> line.startsWith("HTTP/1.1 413"));
    assertThat(server.dropped()).containsEntry("bodies over 1048576 bytes", 20L);
  }

  @Test
  void anOversizedWebSocketMessageClosesThatConnectionWith1009AndOthersKeepTheirs() throws Exception {
    start(limits().withLimits(4096, 100, 64).withRequestTimeout(Duration.ofMillis(200)));
    final WsClient honest = new WsClient();
    assertThat(honest.call(CHAIN_ID_CALL).get("result").asText()).isEqualTo("0x1cbd");
    Thread.sleep(400); // a WebSocket may stay quiet past the HTTP request timeout (subscriptions do)
    final WsClient abuser = new WsClient();
    abuser.socket.sendText("[" + " ".repeat(8192) + "]", true);
    assertThat(abuser.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1009);
    assertThat(honest.call(CHAIN_ID_CALL).get("result").asText()).isEqualTo("0x1cbd");
    assertHonestClientsAnswered(3);
    await(() -> server.dropped().getOrDefault("WebSocket messages over 4096 bytes or malformed", 0L) == 1L);
  }

  @Test
  void deeplyNestedJsonIsAParseErrorNamingTheDepthLimitAndNeverOverflowsTheStack() throws Exception {
    start(limits());
    final Future<List<JsonNode>> replies = abusers.submit(() -> List.of(
        json(rawPost("[".repeat(100_000))),
        json(rawPost("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000))),
        json(rawPost("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":" + "[".repeat(1000)
            + "]".repeat(1000) + "}"))));
    assertHonestClientsAnswered(5);
    for (final JsonNode reply : replies.get(10, TimeUnit.SECONDS)) {
      assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32700);
      assertThat(reply.get("error").get("message").asText()).contains("nesting depth");
    }
  }

  @Test
  void aBatchOverTheLimitIsRefusedAtItsFirstExtraCallWithInvalidRequest() throws Exception {
    start(limits());
    final String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"},";
    final Future<List<JsonNode>> replies = abusers.submit(() -> List.of(
        json(rawPost("[" + call.repeat(101) + "{}]")),
        // 200,000 calls in 600 KB: refused after reading 101 of them, the rest never becomes a tree.
        json(rawPost("[" + "{},".repeat(200_000) + "{}]"))));
    assertHonestClientsAnswered(5);
    for (final JsonNode reply : replies.get(10, TimeUnit.SECONDS)) {
      assertThat(reply.get("error").get("code").asInt()).isEqualTo(-32600);
      assertThat(reply.get("error").get("message").asText()).contains("limit of 100");
    }
    final JsonNode full = json(rawPost("[" + call.repeat(99) + call.substring(0, call.length() - 1) + "]"));
    assertThat(full).hasSize(100);
  }

  @Test
  void aLongBatchOfSlowCallsDoesNotHoldUpCallsOnOtherConnections() throws Exception {
    start(limits());
    // 100 calls of 100 ms: 10 s on one worker; honest calls on fresh connections are answered meanwhile (each
    // connection's calls run in order, but not on a worker of its own, so none waits behind the batch).
    final String slowCall = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_slow\"},";
    final String batch = "[" + slowCall.repeat(99) + slowCall.substring(0, slowCall.length() - 1) + "]";
    final Future<Reply> running = abusers.submit(() -> rawPost(batch));
    await(() -> slowCalls.get() > 0);
    final long started = System.nanoTime();
    assertHonestClientsAnswered(10);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(running.isDone()).isFalse();
    slow.set(false);
    assertThat(json(running.get(10, TimeUnit.SECONDS))).hasSize(100);
  }

  @Test
  void slowlorisClientsAreClosedAfterTheRequestTimeoutLoggedAsOneSummaryWhileHonestClientsAreServed()
      throws Exception {
    start(limits().withRequestTimeout(Duration.ofMillis(500)));
    final ListAppender<ILoggingEvent> log = capture(JsonRpcServer.class);
    final byte[] request = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + CHAIN_ID_CALL.length() + "\r\n\r\n" + CHAIN_ID_CALL).getBytes(StandardCharsets.US_ASCII);
    final List<Socket> dripping = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      dripping.add(socket());
    }
    final Socket idle = socket(); // sends nothing: closed too, but that is no abuse
    final Future<?> drip = abusers.submit(() -> {
      for (int at = 0; at < request.length && !Thread.currentThread().isInterrupted(); at++) {
        for (final Socket socket : dripping) {
          try {
            socket.getOutputStream().write(request[at]);
          } catch (IOException closed) {
            // The server hung up on it.
          }
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    final long started = System.nanoTime();
    assertHonestClientsAnswered(5);
    for (final Socket socket : dripping) {
      assertThat(readUntilClosed(socket.getInputStream())).as("bytes answered to a slow client").isZero();
    }
    assertThat(readUntilClosed(idle.getInputStream())).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    drip.cancel(true);
    await(() -> server.dropped().getOrDefault("requests not complete within 500 ms (slow clients)", 0L) == 20L);
    assertThat(server.dropped()).hasSize(1); // the idle connection is not counted
    server.logDropped();
    assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
        .startsWith("JSON-RPC dropped in the last ")
        .endsWith(" s: 20 requests not complete within 500 ms (slow clients)");
  }

  @Test
  void connectionsOverTheLimitAreClosedAtOnceAndAnHonestClientIsServedWhenTheFloodTimesOut() throws Exception {
    start(limits().withLimits(1 << 20, 100, 8)); // the flood times out after 2 s
    final List<Socket> flood = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      flood.add(socket());
      final int open = i + 1;
      await(() -> server.openConnections() == open); // accepted in this order, not raced by the next
    }
    for (int i = 0; i < 10; i++) {
      assertThat(rawPost(CHAIN_ID_CALL).status()).isEqualTo(-1);
    }
    assertThat(server.dropped().get("connections over the limit of 8")).isGreaterThanOrEqualTo(10L);
    for (final Socket socket : flood) {
      assertThat(readUntilClosed(socket.getInputStream())).isZero();
    }
    await(() -> rawPost(CHAIN_ID_CALL).status() == 200);
    assertHonestClientsAnswered(5);
  }

  @Test
  void aFloodOfInvalidTransactionsIsRefusedOneByOneLeavesThePoolAloneAndLogsOneSummary() throws Exception {
    start(limits());
    final ListAppender<ILoggingEvent> log = capture(EthSendRawTransaction.class);
    final Transaction valid = transfer(5, CHAIN_ID);
    final Signature sig = valid.signature();
    final List<String> garbage = List.of(
        "0xdeadbeef",
        // s above secp256k1n/2 (EIP-2): a malleated copy of a valid transaction.
        rebuild(5, CHAIN_ID).signature(new Signature(sig.r(), Signature.CURVE_ORDER.subtract(sig.s()),
            (byte) (1 - sig.recId()))).build().encoded().toHexString(),
        transfer(5, 1).encoded().toHexString(),
        transfer(4, CHAIN_ID).encoded().toHexString());
    final List<String> expected = List.of("invalid transaction", "signature s is above secp256k1n/2",
        "invalid chain id for signer: have 1 want 7357", "nonce too low");
    final Future<?> flood = abusers.submit(() -> {
      for (int round = 0; round < 10; round++) {
        final StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
          batch.append(i == 0 ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"id\":").append(i)
              .append(",\"method\":\"eth_sendRawTransaction\",\"params\":[\"").append(garbage.get(i % 4))
              .append("\"]}");
        }
        final JsonNode replies = json(rawPost(batch.append("]").toString()));
        assertThat(replies).hasSize(100);
        for (final JsonNode reply : replies) {
          final int kind = reply.get("id").asInt() % 4;
          assertThat(reply.get("error").get("code").asInt()).isEqualTo(kind == 0 ? -32602 : -32000);
          assertThat(reply.get("error").get("message").asText()).contains(expected.get(kind));
        }
      }
      return null;
    });
    assertHonestClientsAnswered(5);
    flood.get(20, TimeUnit.SECONDS);
    assertThat(pool.size()).isZero();
    assertThat(sendRaw.rejected()).containsEntry("undecodable", 250L).containsEntry("signature s too high", 250L)
        .containsEntry("wrong chain id", 250L).containsEntry("nonce too low", 250L);
    assertThat(log.list).isEmpty(); // one by one at DEBUG only; the summary waits for its period
    sendRaw.logRejected();
    assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
        .startsWith("Rejected raw transactions in the last ")
        .contains("250 undecodable", "250 signature s too high", "250 wrong chain id", "250 nonce too low");
    // The pool still takes a good transaction.
    final JsonNode accepted = json(rawPost("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_sendRawTransaction\","
        + "\"params\":[\"" + valid.encoded().toHexString() + "\"]}"));
    assertThat(accepted.get("result").asText()).isEqualTo(valid.hash().toHexString());
    assertThat(pool.size()).isOne();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static Transaction.Builder rebuild(final long nonce, final long chainId) {
    return Transaction.builder().type(TransactionType.EIP1559).chainId(chainId).nonce(nonce)
        .maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(21_000)
        .to(Address.fromHexString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).value(Wei.of(1));
  }

  private static Transaction transfer(final long nonce, final long chainId) {
    return TransactionSigner.sign(rebuild(nonce, chainId), SENDER);
  }

  /** {@code calls} honest eth_chainId calls, each on a fresh connection, each answered correctly within 5 s. */
  private void assertHonestClientsAnswered(final int calls) throws Exception {
    for (int i = 0; i < calls; i++) {
      final long started = System.nanoTime();
      final Reply reply = rawPost(CHAIN_ID_CALL);
      assertThat(reply.status()).as("honest call status").isEqualTo(200);
      assertThat(json(reply).get("result").asText()).isEqualTo("0x1cbd");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  private record Reply(int status, String body) {}

  /** One POST on a fresh connection that asks to be closed after the answer; status -1 when closed unanswered. */
  private Reply rawPost(final String body) {
    final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      final OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
          + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      final String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (response.isEmpty()) {
        return new Reply(-1, "");
      }
      return new Reply(Integer.parseInt(response.substring(9, 12)),
          response.substring(response.indexOf("\r\n\r\n") + 4));
    } catch (IOException closed) {
      return new Reply(-1, "");
    }
  }

  private JsonNode json(final Reply reply) throws IOException {
    assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(200);
    return mapper.readTree(reply.body());
  }

  private Socket socket() throws IOException {
    final Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(5000);
    sockets.add(socket);
    return socket;
  }

  /** Bytes read before the server closed the connection; fails if it stays open 5 s. */
  private static int readUntilClosed(final InputStream in) throws IOException {
    int total = 0;
    try {
      while (in.read() >= 0) {
        total++;
      }
    } catch (java.net.SocketException reset) {
      // A reset is a close too.
    }
    return total;
  }

  private static void await(final java.util.function.BooleanSupplier condition) throws InterruptedException {
    final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** Records what {@code type}'s logger writes at INFO and above during this test. */
  private ListAppender<ILoggingEvent> capture(final Class<?> type) {
    final Logger logger = (Logger) LoggerFactory.getLogger(type);
    final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.addFilter(new ch.qos.logback.core.filter.Filter<>() {
      @Override
      public ch.qos.logback.core.spi.FilterReply decide(final ILoggingEvent event) {
        return event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO)
            ? ch.qos.logback.core.spi.FilterReply.NEUTRAL : ch.qos.logback.core.spi.FilterReply.DENY;
      }
    });
    appender.start();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.addAppender(appender);
    uncapture.add(() -> {
      logger.detachAppender(appender);
      logger.setLevel(null);
    });
    return appender;
  }

  /** A WebSocket client on the server's port, answering one call at a time. */
  private final class WsClient {
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    final WebSocket socket;
    private volatile CompletableFuture<String> reply = new CompletableFuture<>();

    WsClient() throws Exception {
      socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/"), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last) {
              text.append(data);
              if (last) {
                reply.complete(text.toString());
                text.setLength(0);
              }
              webSocket.request(1);
              return null;
            }

            @Override
            public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason) {
              closed.complete(statusCode);
              return null;
            }

            @Override
            public void onError(final WebSocket webSocket, final Throwable error) {
              closed.complete(-1);
            }
          }).get(5, TimeUnit.SECONDS);
    }

    JsonNode call(final String request) throws Exception {
      reply = new CompletableFuture<>();
      socket.sendText(request, true).get(5, TimeUnit.SECONDS);
      return mapper.readTree(reply.get(5, TimeUnit.SECONDS));
    }
  }
}

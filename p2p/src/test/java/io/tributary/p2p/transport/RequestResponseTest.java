package io.tributary.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.p2p.Penalty;
import io.tributary.p2p.RequestError;
import io.tributary.p2p.RequestFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestResponseTest {
  private static final int BLOCKS = 0x10;
  private static final Duration LONG = Duration.ofSeconds(5);
  private final List<TestNode> nodes = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void closeNodes() {
    release.countDown();
    nodes.forEach(TestNode::close);
  }

  private TestNode node(final int maxInFlight) {
    final TestNode node = new TestNode(TestNode.builder().maxInFlightRequests(maxInFlight).penaltyDecayPerSecond(0)
        .build(), TestNode.STATUS);
    nodes.add(node);
    return node;
  }

  /** Serves BLOCKS with "blocks a..b" for a request [a, b]; "hold" waits for the test's release. */
  private TestNode server(final int maxInFlight) {
    final TestNode server = node(maxInFlight);
    server.network.registerRequestHandler(BLOCKS, (from, payload) -> {
      final Bytes first = io.tributary.core.rlp.Rlp.decodeList(payload, "range", in -> {
        final Bytes a = in.readBytes("a");
        in.readBytes("b");
        return a;
      });
      if (first.equals(Bytes.wrap("hold".getBytes()))) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (first.equals(Bytes.wrap("none".getBytes()))) {
        throw new RequestFailedException(RequestError.UNAVAILABLE, "no blocks above 12");
      }
      return RLP.encodeList(w -> w.writeString("blocks " + payload.toHexString()));
    });
    return server;
  }

  private static Bytes range(final String a, final String b) {
    return RLP.encodeList(w -> {
      w.writeString(a);
      w.writeString(b);
    });
  }

  private static RequestFailedException failure(final CompletableFuture<Bytes> future) throws Exception {
    try {
      future.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(RequestFailedException.class);
      return (RequestFailedException) e.getCause();
    }
    throw new AssertionError("the request succeeded");
  }

  @Test
  void aRequestGetsTheResponseOfThePeersHandler() throws Exception {
    final TestNode client = node(16);
    final TestNode server = server(16);
    client.connectTo(server);
    final List<CompletableFuture<Bytes>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(client.network.request(server.id(), BLOCKS, range("" + i, "" + (i + 63)), LONG));
    }
    for (int i = 0; i < 10; i++) {
      final Bytes request = range("" + i, "" + (i + 63));
      assertThat(answers.get(i).get(5, TimeUnit.SECONDS))
          .isEqualTo(RLP.encodeList(w -> w.writeString("blocks " + request.toHexString())));
    }
  }

  @Test
  void aHandlerErrorUnknownTypeAndUndecodableRequestAreErrorReplies() throws Exception {
    final TestNode client = node(16);
    final TestNode server = server(16);
    client.connectTo(server);
    final RequestFailedException unavailable = failure(client.network.request(server.id(), BLOCKS,
        range("none", "x"), LONG));
    assertThat(unavailable.error()).isEqualTo(RequestError.UNAVAILABLE);
    assertThat(unavailable).hasMessageContaining("no blocks above 12");
    assertThat(failure(client.network.request(server.id(), 0x11, range("a", "b"), LONG)).error())
        .isEqualTo(RequestError.UNKNOWN_TYPE);
    final RequestFailedException bad = failure(client.network.request(server.id(), BLOCKS,
        RLP.encodeList(w -> w.writeString("one field")), LONG));
    assertThat(bad.error()).isEqualTo(RequestError.BAD_REQUEST);
    assertThat(server.network.penaltyPoints(client.id())).isEqualTo(Penalty.MALFORMED_PAYLOAD.points());
    assertThat(client.network.request(server.id(), BLOCKS, range("a", "b"), LONG).get(5, TimeUnit.SECONDS))
        .isNotNull();
  }

  @Test
  void anUnansweredRequestTimesOutAndCostsThePeerButItsLateAnswerIsNoOffence() throws Exception {
    final TestNode client = node(16);
    final TestNode server = server(16);
    client.connectTo(server);
    final RequestFailedException timeout = failure(client.network.request(server.id(), BLOCKS, range("hold", "x"),
        Duration.ofMillis(100)));
    assertThat(timeout.error()).isEqualTo(RequestError.TIMEOUT);
    assertThat(client.network.penaltyPoints(server.id())).isEqualTo(Penalty.REQUEST_TIMEOUT.points());
    release.countDown();
    // The late answer arrives before this one (same connection, same order) and is ignored.
    assertThat(client.network.request(server.id(), BLOCKS, range("a", "b"), LONG).get(5, TimeUnit.SECONDS))
        .isNotNull();
    assertThat(client.network.penaltyPoints(server.id())).isEqualTo(Penalty.REQUEST_TIMEOUT.points());
  }

  @Test
  void requestsAboveTheInFlightCapFailLocallyOrAreAnsweredBusy() throws Exception {
    final TestNode client = node(3);
    final TestNode server = server(2);
    client.connectTo(server);
    final List<CompletableFuture<Bytes>> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(client.network.request(server.id(), BLOCKS, range("hold", "" + i), LONG));
    }
    // The client's own cap (3): the fourth never leaves.
    assertThat(failure(client.network.request(server.id(), BLOCKS, range("a", "b"), LONG)).error())
        .isEqualTo(RequestError.TOO_MANY_IN_FLIGHT);
    // The server's cap (2): the third it is sent is answered BUSY at once.
    final RequestFailedException busy = failure(held.get(2));
    assertThat(busy.error()).isEqualTo(RequestError.BUSY);
    release.countDown();
    assertThat(held.get(0).get(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(held.get(1).get(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(client.network.request(server.id(), BLOCKS, range("a", "b"), LONG).get(5, TimeUnit.SECONDS))
        .isNotNull();
  }

  @Test
  void aRequestToNoPeerOrToAPeerThatLeavesFailsWithThatReason() throws Exception {
    final TestNode client = node(16);
    final TestNode server = server(16);
    assertThat(failure(client.network.request(server.id(), BLOCKS, range("a", "b"), LONG)).error())
        .isEqualTo(RequestError.NOT_CONNECTED);
    client.connectTo(server);
    final CompletableFuture<Bytes> pending = client.network.request(server.id(), BLOCKS, range("hold", "x"), LONG);
    server.network.peer(client.id()).orElseThrow().disconnect(io.tributary.p2p.DisconnectReason.REQUESTED);
    assertThat(failure(pending).error()).isEqualTo(RequestError.DISCONNECTED);
    assertThatThrownBy(() -> client.network.request(server.id(), 0x05, Bytes.of(0x80), LONG))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHandlerThatCannotReadTheRequestAnswersBadRequestAndOneAnsweringGarbageInternalError() throws Exception {
    final TestNode client = node(16);
    final TestNode server = node(16);
    server.network.registerRequestHandler(0x12, (from, payload) -> {
      throw new DecodingException(DecodingError.TRUNCATED, "bad");
    });
    server.network.registerRequestHandler(0x13, (from, payload) -> Bytes.of(0x81)); // not canonical RLP
    client.connectTo(server);
    assertThat(failure(client.network.request(server.id(), 0x12, Bytes.of(0x80), LONG)).error())
        .isEqualTo(RequestError.BAD_REQUEST);
    assertThat(failure(client.network.request(server.id(), 0x13, Bytes.of(0x80), LONG)).error())
        .isEqualTo(RequestError.INTERNAL_ERROR);
    assertThat(server.network.penaltyPoints(client.id())).isEqualTo(Penalty.MALFORMED_PAYLOAD.points());
  }
}

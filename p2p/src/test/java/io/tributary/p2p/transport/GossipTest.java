package io.tributary.p2p.transport;

import static io.tributary.p2p.transport.TestNode.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.Penalty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GossipTest {
  private static final int GOSSIP = 0x30;
  private final List<TestNode> nodes = new ArrayList<>();
  private final Map<NodeId, List<Bytes>> handled = new ConcurrentHashMap<>();

  @AfterEach
  void closeNodes() {
    nodes.forEach(TestNode::close);
  }

  /** A node whose gossip handler records every message and answers with what {@code judge} says. */
  private TestNode node(final MessageHandler judge) {
    final TestNode node = new TestNode();
    nodes.add(node);
    final List<Bytes> seen = new CopyOnWriteArrayList<>();
    handled.put(node.id(), seen);
    node.network.registerGossipHandler(GOSSIP, (from, payload) -> {
      seen.add(payload);
      return judge.handle(from, payload);
    });
    return node;
  }

  private TestNode node() {
    return node((from, payload) -> MessageHandler.Verdict.ACCEPT);
  }

  private static Bytes message(final String text) {
    return RLP.encodeList(w -> w.writeString(text));
  }

  @Test
  void gossipAroundARingOfFiveNodesReachesEveryHandlerExactlyOncePerMessage() throws Exception {
    final List<TestNode> ring = List.of(node(), node(), node(), node(), node());
    for (int i = 0; i < ring.size(); i++) {
      ring.get(i).connectTo(ring.get((i + 1) % ring.size()));
    }
    await("a connected ring", () -> ring.stream().allMatch(n -> n.network.peers().size() == 2));
    final List<Bytes> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      final Bytes payload = message("block " + i);
      sent.add(payload);
      assertThat(ring.get(i % 2).network.gossip(GOSSIP, payload)).isTrue();
    }
    final List<TestNode> others = ring.subList(2, 5);
    await("every message at every other node", () -> others.stream()
        .allMatch(n -> handled.get(n.id()).size() >= sent.size()));
    // Each message goes both ways round the ring; where the two waves meet, two copies are dropped as duplicates.
    await("the copies around the ring to be dropped",
        () -> ring.stream().mapToLong(n -> n.network.duplicateGossip()).sum() >= 2 * sent.size());
    assertThat(ring.stream().mapToLong(n -> n.network.duplicateGossip()).sum()).isEqualTo(2 * sent.size());
    for (final TestNode node : others) {
      assertThat(handled.get(node.id())).containsExactlyInAnyOrderElementsOf(sent);
    }
    // The two origins see each other's messages once, and never their own.
    assertThat(new HashSet<>(handled.get(ring.get(0).id()))).hasSize(handled.get(ring.get(0).id()).size());
    assertThat(handled.get(ring.get(0).id())).hasSize(10).allMatch(p -> sent.indexOf(p) % 2 == 1);
    assertThat(handled.get(ring.get(1).id())).hasSize(10).allMatch(p -> sent.indexOf(p) % 2 == 0);
  }

  @Test
  void theSameMessageIsHandledOnceHoweverOftenItArrives() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node();
    alice.connectTo(bob);
    final Bytes payload = message("tx");
    assertThat(alice.network.gossip(GOSSIP, payload)).isTrue();
    assertThat(alice.network.gossip(GOSSIP, payload)).isFalse();
    alice.network.send(bob.id(), GOSSIP, payload); // a copy that bypasses alice's own de-duplication
    alice.network.send(bob.id(), GOSSIP, message("after"));
    await("the later message", () -> handled.get(bob.id()).size() == 2);
    assertThat(handled.get(bob.id())).containsExactly(payload, message("after"));
    assertThat(bob.network.duplicateGossip()).isEqualTo(1);
    assertThat(bob.network.gossip(GOSSIP, payload)).isFalse(); // bob has seen it too
  }

  @Test
  void aRejectedMessageIsNotForwardedAndItsSenderIsPenalised() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node((from, payload) -> payload.equals(message("forged"))
        ? MessageHandler.Verdict.REJECT : MessageHandler.Verdict.ACCEPT);
    final TestNode carol = node();
    alice.connectTo(bob);
    bob.connectTo(carol);
    await("a line", () -> bob.network.peers().size() == 2);
    alice.network.gossip(GOSSIP, message("forged"));
    alice.network.gossip(GOSSIP, message("valid"));
    await("the valid message at carol", () -> handled.get(carol.id()).contains(message("valid")));
    // Same path, same order: had the forged one been forwarded, carol would have it before the valid one.
    assertThat(handled.get(carol.id())).containsExactly(message("valid"));
    assertThat(bob.network.penaltyPoints(alice.id())).isEqualTo(Penalty.REJECTED_MESSAGE.points());
    assertThat(bob.network.penaltyPoints(carol.id())).isZero();
  }

  @Test
  void anIgnoredMessageIsNeitherForwardedNorPenalised() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node((from, payload) -> payload.equals(message("stale"))
        ? MessageHandler.Verdict.IGNORE : MessageHandler.Verdict.ACCEPT);
    final TestNode carol = node();
    alice.connectTo(bob);
    bob.connectTo(carol);
    await("a line", () -> bob.network.peers().size() == 2);
    alice.network.gossip(GOSSIP, message("stale"));
    alice.network.gossip(GOSSIP, message("fresh"));
    await("the fresh message at carol", () -> handled.get(carol.id()).contains(message("fresh")));
    assertThat(handled.get(carol.id())).containsExactly(message("fresh"));
    assertThat(bob.network.penaltyPoints(alice.id())).isZero();
  }

  @Test
  void aHandlerThatCannotDecodeThePayloadPenalisesTheSenderAndTheSessionLivesOn() throws Exception {
    final TestNode alice = node();
    final TestNode bob = node((from, payload) -> {
      if (payload.equals(message("garbage"))) {
        throw new DecodingException(DecodingError.WRONG_FIELD_COUNT, "not a block");
      }
      if (payload.equals(message("bug"))) {
        throw new IllegalStateException("our own bug");
      }
      return MessageHandler.Verdict.ACCEPT;
    });
    alice.connectTo(bob);
    alice.network.gossip(GOSSIP, message("garbage"));
    alice.network.gossip(GOSSIP, message("bug"));
    alice.network.gossip(GOSSIP, message("fine"));
    await("the fine message", () -> handled.get(bob.id()).contains(message("fine")));
    assertThat(bob.network.penaltyPoints(alice.id())).isEqualTo(Penalty.MALFORMED_PAYLOAD.points());
    assertThat(bob.network.peer(alice.id())).isPresent();
  }

  @Test
  void directMessagesReachOnlyTheirAddresseeAndBroadcastReachesEveryPeerWithoutForwarding() throws Exception {
    final TestNode hub = node();
    final TestNode left = node();
    final TestNode right = node();
    hub.connectTo(left);
    hub.connectTo(right);
    assertThat(hub.network.send(left.id(), 0x20, message("for left"))).isTrue();
    assertThat(hub.network.send(NodeId.fromHexString("00".repeat(64)), 0x20, message("nobody"))).isFalse();
    assertThat(hub.network.broadcast(0x21, message("all"))).isEqualTo(2);
    assertThat(left.nextMessage()).isEqualTo(new TestNode.Received(hub.id(), 0x20, message("for left")));
    assertThat(left.nextMessage()).isEqualTo(new TestNode.Received(hub.id(), 0x21, message("all")));
    assertThat(right.nextMessage()).isEqualTo(new TestNode.Received(hub.id(), 0x21, message("all")));
    left.network.send(hub.id(), 0x21, message("back"));
    assertThat(hub.nextMessage().payload()).isEqualTo(message("back"));
    assertThat(right.received).isEmpty();
  }
}

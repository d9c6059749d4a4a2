package io.tributary.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.Disconnection;
import io.tributary.p2p.wire.Message;
import io.tributary.p2p.wire.MessageCodec;
import java.net.Socket;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seeded random garbage at each layer: the node drops the connection with a protocol reason and keeps serving. */
class MalformedInputTest {
  private static final int CASES = Boolean.getBoolean("tributary.soak") ? 500 : 25;
  // Each protocol violation costs the fuzzer penalty points (P2pAbuseTest bans for them); here it must stay welcome.
  private final TestNode target = new TestNode(TestNode.builder().banThreshold(Integer.MAX_VALUE).build(),
      TestNode.STATUS);

  @AfterEach
  void close() {
    target.close();
  }

  @Test
  void randomBytesInPlaceOfAHandshakeEndTheConnectionAsABadHandshake() throws Exception {
    final Random random = new Random(81);
    for (int i = 0; i < CASES; i++) {
      final byte[] garbage = new byte[227 + random.nextInt(400)];
      random.nextBytes(garbage);
      if (random.nextBoolean()) {
        garbage[0] = 1; // a valid version, so the parser goes further
        garbage[1] = (byte) (1 + random.nextInt(2));
      }
      try (Socket socket = new Socket("127.0.0.1", target.network.port())) {
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(garbage);
        P2pNetworkTest.readUntilClosed(socket.getInputStream());
      }
      assertThat(target.nextDisconnection().reason()).isEqualTo(DisconnectReason.BAD_HANDSHAKE);
    }
    stillServes();
  }

  @Test
  void randomMessagesInsideValidFramesEndTheConnectionWithAProtocolReasonOrArriveIntact() throws Exception {
    final Random random = new Random(82);
    final Set<DisconnectReason> ours = EnumSet.of(DisconnectReason.BAD_MESSAGE, DisconnectReason.UNEXPECTED_MESSAGE);
    final byte[] status = MessageCodec.encode(new Message.Status(TestNode.STATUS, 30303));
    final byte[] app = MessageCodec.encode(new Message.App(0x10, RLP.encodeList(w -> w.writeString("block"))));
    try (TestNode fuzzer = new TestNode()) {
      for (int i = 0; i < CASES; i++) {
        final PeerSession session = (PeerSession) fuzzer.connectTo(target);
        target.nextConnected();
        final byte[] plaintext;
        switch (random.nextInt(3)) {
          case 0 -> plaintext = mutate(status, random);
          case 1 -> plaintext = mutate(app, random);
          default -> {
            plaintext = new byte[1 + random.nextInt(64)];
            random.nextBytes(plaintext);
          }
        }
        session.sendRawPlaintext(plaintext);
        Thread.sleep(5);
        session.disconnect(DisconnectReason.REQUESTED);
        final Disconnection atTarget = target.nextDisconnection();
        fuzzer.nextDisconnection();
        // Either the target refused the message for a protocol reason, or it read it as a (possibly random)
        // Disconnect from the fuzzer, or it accepted it and then heard our REQUESTED. Never an internal error.
        if (!atTarget.byRemote()) {
          assertThat(atTarget.reason()).isIn(ours);
        }
        assertThat(atTarget.reason()).isNotEqualTo(DisconnectReason.INTERNAL_ERROR);
        target.received.clear();
      }
    }
    stillServes();
  }

  private static byte[] mutate(final byte[] valid, final Random random) {
    final byte[] copy = valid.clone();
    for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private void stillServes() throws Exception {
    try (TestNode honest = new TestNode()) {
      assertThat(honest.connectTo(target).isConnected()).isTrue();
    }
  }
}

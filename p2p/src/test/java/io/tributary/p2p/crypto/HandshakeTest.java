package io.tributary.p2p.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pProtocolException;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class HandshakeTest {
  private final NodeKey alice = NodeKey.generate();
  private final NodeKey bob = NodeKey.generate();
  private final NodeKey mallory = NodeKey.generate();

  @Test
  void bothSidesLearnTheOthersIdAndHoldMirroredSessionKeys() {
    final Handshake initiator = Handshake.initiator(alice, bob.nodeId());
    final Handshake responder = Handshake.responder(bob);
    final Bytes auth = initiator.auth();
    assertThat(auth.size()).isEqualTo(HandshakeMessage.SIZE);
    final Bytes ack = responder.respond(auth);
    final Handshake.Result a = initiator.complete(ack);
    final Handshake.Result b = responder.result();
    assertThat(a.remoteId()).isEqualTo(bob.nodeId());
    assertThat(b.remoteId()).isEqualTo(alice.nodeId());
    assertThat(a.keys().egress()).isEqualTo(b.keys().ingress());
    assertThat(a.keys().ingress()).isEqualTo(b.keys().egress());
  }

  @Test
  void twoHandshakesBetweenTheSameNodesGiveDifferentKeys() {
    assertThat(run(alice, bob).keys().egress()).isNotEqualTo(run(alice, bob).keys().egress());
  }

  @Test
  void theInitiatorAbortsWhenTheResponderIsNotTheNodeItDialed() {
    final Handshake initiator = Handshake.initiator(alice, bob.nodeId());
    final Bytes auth = initiator.auth();
    // Mallory answers in place of Bob; the auth was bound to Bob so Mallory refuses it too, but even an ack she
    // makes for herself does not pass.
    assertBadHandshake(() -> Handshake.responder(mallory).respond(auth));
    final Handshake towardsMallory = Handshake.initiator(alice, mallory.nodeId());
    final Bytes malloryAck = Handshake.responder(mallory).respond(towardsMallory.auth());
    assertBadHandshake(() -> initiator.complete(malloryAck)).hasMessageContaining("expected");
  }

  @Test
  void anAuthClaimingAnotherNodesIdButSignedWithAnotherKeyIsRefused() {
    final KeyPair ephemeral = SignatureAlgorithms.get().generateKeyPair();
    final Bytes32 nonce = Bytes32.random();
    final Bytes signedPart = HandshakeMessage.signedPart(HandshakeMessage.VERSION, HandshakeMessage.Kind.AUTH,
        alice.nodeId(), ephemeral.publicKey(), nonce);
    final Bytes forged = Bytes.concatenate(signedPart, mallory.sign(HandshakeMessage.signingHash(
        HandshakeMessage.Kind.AUTH, signedPart, bob.nodeId().publicKey())).encoded());
    assertBadHandshake(() -> Handshake.responder(bob).respond(forged)).hasMessageContaining("signature");
  }

  @Test
  void anAckWithAnyByteChangedIsRefused() {
    final Handshake responder = Handshake.responder(bob);
    final Bytes auth = Handshake.initiator(alice, bob.nodeId()).auth();
    final Bytes ack = responder.respond(auth);
    for (int i = 0; i < ack.size(); i += 7) {
      final byte[] tampered = ack.toArray();
      tampered[i] ^= 0x01;
      final Handshake initiator = Handshake.initiator(alice, bob.nodeId());
      initiator.auth();
      assertThatThrownBy(() -> initiator.complete(Bytes.wrap(tampered))).isInstanceOf(P2pProtocolException.class);
    }
  }

  @Test
  void anAuthOfAnotherVersionOrKindOrSizeIsRefused() {
    final byte[] auth = Handshake.initiator(alice, bob.nodeId()).auth().toArray();
    final byte[] version = auth.clone();
    version[0] = 2;
    assertBadHandshake(() -> Handshake.responder(bob).respond(Bytes.wrap(version))).hasMessageContaining("version");
    final byte[] kind = auth.clone();
    kind[1] = (byte) HandshakeMessage.Kind.ACK.code();
    assertBadHandshake(() -> Handshake.responder(bob).respond(Bytes.wrap(kind)));
    assertBadHandshake(() -> Handshake.responder(bob).respond(Bytes.wrap(auth, 0, 100)));
  }

  @Test
  void anEphemeralKeyOffTheCurveIsRefused() {
    final Bytes notAPoint = Bytes.fromHexString("0x" + "01".repeat(64));
    assertBadHandshake(() -> Ecdh.sharedSecret(Bytes32.random(), notAPoint)).hasMessageContaining("point");
  }

  private static Handshake.Result run(final NodeKey from, final NodeKey to) {
    final Handshake initiator = Handshake.initiator(from, to.nodeId());
    return initiator.complete(Handshake.responder(to).respond(initiator.auth()));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBadHandshake(
      final org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    return assertThatThrownBy(call).isInstanceOf(P2pProtocolException.class)
        .matches(e -> ((P2pProtocolException) e).reason() == DisconnectReason.BAD_HANDSHAKE, "reason BAD_HANDSHAKE");
  }
}

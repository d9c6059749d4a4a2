package io.tributary.p2p.crypto;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.NodeKey;
import java.security.SecureRandom;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * One side of the authenticated key exchange, free of any I/O (see p2p/PROTOCOL.md). The initiator, who dials and
 * names the node id it expects, sends {@link #auth()}; the responder answers {@link #respond(Bytes)} with an ack; the
 * initiator finishes with {@link #complete(Bytes)}. Both then hold the same {@link SessionKeys} (mirrored) and the
 * authenticated id of the other side. Every failure is a {@code P2pProtocolException} with BAD_HANDSHAKE.
 */
public final class Handshake {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final NodeKey localKey;
  private final NodeId expectedRemote;
  private final KeyPair ephemeral;
  private final Bytes32 nonce;
  private Bytes auth;
  private Result result;

  /** The outcome: who the peer is, proven by its signature, and the session keys. */
  public record Result(NodeId remoteId, SessionKeys keys) {}

  private Handshake(final NodeKey localKey, final NodeId expectedRemote) {
    this.localKey = localKey;
    this.expectedRemote = expectedRemote;
    this.ephemeral = SignatureAlgorithms.get().generateKeyPair();
    final byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    this.nonce = Bytes32.wrap(random);
  }

  /** The dialing side, which talks only to {@code expectedRemote}. */
  public static Handshake initiator(final NodeKey localKey, final NodeId expectedRemote) {
    return new Handshake(localKey, expectedRemote);
  }

  /** The listening side, which learns the peer's id from the auth. */
  public static Handshake responder(final NodeKey localKey) {
    return new Handshake(localKey, null);
  }

  public boolean isInitiator() {
    return expectedRemote != null;
  }

  /** The initiator's first message. */
  public Bytes auth() {
    if (!isInitiator()) {
      throw new IllegalStateException("only the initiator sends an auth");
    }
    if (auth == null) {
      auth = sign(HandshakeMessage.Kind.AUTH, expectedRemote.publicKey());
    }
    return auth;
  }

  /** Responder: checks an auth meant for this node and returns the ack to send; the result is then ready. */
  public Bytes respond(final Bytes authBytes) {
    if (isInitiator() || result != null) {
      throw new IllegalStateException("respond is the responder's single step");
    }
    final HandshakeMessage remoteAuth = HandshakeMessage.decode(authBytes);
    expectKind(remoteAuth, HandshakeMessage.Kind.AUTH);
    verify(remoteAuth, localKey.nodeId().publicKey());
    final Bytes ack = sign(HandshakeMessage.Kind.ACK, Keccak256.hash(authBytes));
    final Bytes32 secret = Ecdh.sharedSecret(ephemeral.privateKey(), remoteAuth.ephemeralKey());
    result = new Result(remoteAuth.staticKey(),
        SessionKeys.derive(secret, remoteAuth.nonce(), nonce, authBytes, ack, false));
    return ack;
  }

  /** Initiator: checks the ack comes from the expected node and answers our auth; returns the result. */
  public Result complete(final Bytes ackBytes) {
    if (!isInitiator() || auth == null || result != null) {
      throw new IllegalStateException("complete is the initiator's step after auth()");
    }
    final HandshakeMessage remoteAck = HandshakeMessage.decode(ackBytes);
    expectKind(remoteAck, HandshakeMessage.Kind.ACK);
    if (!remoteAck.staticKey().equals(expectedRemote)) {
      throw HandshakeMessage.bad("peer is " + remoteAck.staticKey() + ", expected " + expectedRemote);
    }
    verify(remoteAck, Keccak256.hash(auth));
    final Bytes32 secret = Ecdh.sharedSecret(ephemeral.privateKey(), remoteAck.ephemeralKey());
    result = new Result(remoteAck.staticKey(), SessionKeys.derive(secret, nonce, remoteAck.nonce(), auth, ackBytes,
        true));
    return result;
  }

  /** The result once the handshake is done. */
  public Result result() {
    if (result == null) {
      throw new IllegalStateException("handshake not complete");
    }
    return result;
  }

  private Bytes sign(final HandshakeMessage.Kind kind, final Bytes binding) {
    final Bytes signedPart = HandshakeMessage.signedPart(HandshakeMessage.VERSION, kind, localKey.nodeId(),
        ephemeral.publicKey(), nonce);
    return Bytes.concatenate(signedPart,
        localKey.sign(HandshakeMessage.signingHash(kind, signedPart, binding)).encoded());
  }

  private static void expectKind(final HandshakeMessage message, final HandshakeMessage.Kind kind) {
    if (message.kind() != kind) {
      throw HandshakeMessage.bad("expected " + kind + ", got " + message.kind());
    }
  }

  private static void verify(final HandshakeMessage message, final Bytes binding) {
    final SignatureAlgorithm secp = SignatureAlgorithms.get();
    if (!secp.verify(message.signingHash(binding), message.signature(), message.staticKey().publicKey())) {
      throw HandshakeMessage.bad("signature does not match node id " + message.staticKey());
    }
  }
}

package io.tributary.p2p.crypto;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.Signature;
import io.tributary.core.types.Hash;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.P2pProtocolException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * One of the two handshake messages, {@link #SIZE} bytes in clear (see p2p/PROTOCOL.md):
 * {@code version(1) || kind(1) || staticKey(64) || ephemeralKey(64) || nonce(32) || signature(65: r || s || recId)}.
 * The signature is by the static key over {@link #signingHash(Bytes)}, which binds an auth to the node it was meant
 * for and an ack to the auth it answers.
 */
public record HandshakeMessage(int version, Kind kind, NodeId staticKey, Bytes ephemeralKey, Bytes32 nonce,
    Signature signature) {
  /** The handshake (transport) version this code speaks. */
  public static final int VERSION = 1;
  public static final int SIGNED_SIZE = 1 + 1 + 64 + 64 + 32;
  public static final int SIZE = SIGNED_SIZE + 65;

  private static final Bytes AUTH_DOMAIN = Bytes.wrap("tributary-p2p-auth".getBytes(StandardCharsets.US_ASCII));
  private static final Bytes ACK_DOMAIN = Bytes.wrap("tributary-p2p-ack".getBytes(StandardCharsets.US_ASCII));

  /** Who sends the message. */
  public enum Kind {
    AUTH(0x01),
    ACK(0x02);

    private final int code;

    Kind(final int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  public HandshakeMessage {
    if (ephemeralKey.size() != 64) {
      throw new IllegalArgumentException("an ephemeral key is 64 bytes");
    }
  }

  /** The signed part: everything before the signature. */
  public Bytes signedPart() {
    return signedPart(version, kind, staticKey, ephemeralKey, nonce);
  }

  static Bytes signedPart(final int version, final Kind kind, final NodeId staticKey, final Bytes ephemeralKey,
      final Bytes32 nonce) {
    return Bytes.concatenate(Bytes.of(version, kind.code), staticKey.publicKey(), ephemeralKey, nonce);
  }

  /**
   * What the static key signs: keccak256(domain || signedPart || binding), where the domain is the ASCII string
   * "tributary-p2p-auth" or "tributary-p2p-ack" and {@code binding} is the recipient's node id (auth) or
   * keccak256 of the whole auth message (ack).
   */
  public Hash signingHash(final Bytes binding) {
    return signingHash(kind, signedPart(), binding);
  }

  static Hash signingHash(final Kind kind, final Bytes signedPart, final Bytes binding) {
    return Keccak256.hash(Bytes.concatenate(kind == Kind.AUTH ? AUTH_DOMAIN : ACK_DOMAIN, signedPart, binding));
  }

  public Bytes encoded() {
    return Bytes.concatenate(signedPart(), signature.encoded());
  }

  /** Parses a message of exactly {@link #SIZE} bytes; BAD_HANDSHAKE on a wrong version, kind or signature layout. */
  public static HandshakeMessage decode(final Bytes message) {
    if (message.size() != SIZE) {
      throw bad("a handshake message is " + SIZE + " bytes, got " + message.size());
    }
    final int version = message.get(0) & 0xff;
    if (version != VERSION) {
      throw bad("unsupported handshake version " + version + " (this node speaks " + VERSION + ")");
    }
    final int kindCode = message.get(1) & 0xff;
    final Kind kind = kindCode == Kind.AUTH.code ? Kind.AUTH : kindCode == Kind.ACK.code ? Kind.ACK : null;
    if (kind == null) {
      throw bad("unknown handshake message kind " + kindCode);
    }
    final Signature signature = new Signature(new BigInteger(1, message.slice(162, 32).toArrayUnsafe()),
        new BigInteger(1, message.slice(194, 32).toArrayUnsafe()), message.get(226));
    if (!signature.isValid() || !signature.isLowS()) {
      throw bad("signature out of range");
    }
    return new HandshakeMessage(version, kind, new NodeId(message.slice(2, 64)), message.slice(66, 64).copy(),
        Bytes32.wrap(message.slice(130, 32).copy()), signature);
  }

  static P2pProtocolException bad(final String message) {
    return new P2pProtocolException(DisconnectReason.BAD_HANDSHAKE, message);
  }
}

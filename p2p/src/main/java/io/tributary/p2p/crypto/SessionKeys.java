package io.tributary.p2p.crypto;

import io.tributary.core.crypto.Keccak256;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The two AES-256 keys of a session, one per direction, from the handshake's ECDH secret (see p2p/PROTOCOL.md):
 * {@code okm = HKDF-SHA256(ikm = secret, salt = initiatorNonce || responderNonce, info = INFO || keccak256(auth || ack),
 * 64)}; the initiator sends with {@code okm[0..32)} and the responder with {@code okm[32..64)}.
 *
 * @param egress the key this side seals its frames with
 * @param ingress the key this side opens the peer's frames with
 */
public record SessionKeys(Bytes32 egress, Bytes32 ingress) {
  static final byte[] INFO = "tributary-p2p-v1 session keys".getBytes(StandardCharsets.US_ASCII);

  /** Derives the keys as the initiator ({@code initiator = true}) or the responder sees them. */
  public static SessionKeys derive(final Bytes sharedSecret, final Bytes initiatorNonce, final Bytes responderNonce,
      final Bytes auth, final Bytes ack, final boolean initiator) {
    final byte[] salt = Bytes.concatenate(initiatorNonce, responderNonce).toArrayUnsafe();
    final byte[] info = Bytes.concatenate(Bytes.wrap(INFO), Keccak256.hash(Bytes.concatenate(auth, ack))).toArray();
    final byte[] okm = hkdfSha256(sharedSecret.toArray(), salt, info, 64);
    final Bytes32 initiatorToResponder = Bytes32.wrap(okm, 0);
    final Bytes32 responderToInitiator = Bytes32.wrap(okm, 32);
    return initiator ? new SessionKeys(initiatorToResponder, responderToInitiator)
        : new SessionKeys(responderToInitiator, initiatorToResponder);
  }

  /** RFC 5869 HKDF with SHA-256 (Bouncy Castle). */
  static byte[] hkdfSha256(final byte[] ikm, final byte[] salt, final byte[] info, final int length) {
    final HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(ikm, salt, info));
    final byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return out;
  }

  /** Never prints the keys. */
  @Override
  public String toString() {
    return "SessionKeys[...]";
  }
}

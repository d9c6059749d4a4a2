package io.tributary.p2p.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.core.crypto.Keccak256;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.NodeKey;
import io.tributary.p2p.P2pProtocolException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of the handshake's receiving sides, the first bytes a stranger sends: a responder
 * given an auth and an initiator given an ack refuse anything malformed only with BAD_HANDSHAKE. Since a fuzzer
 * cannot forge signatures, inputs whose first byte is odd have their version, kind, ephemeral key and nonce fields
 * signed here by the key the other side expects, so the fuzzer reaches ECDH with whatever ephemeral key it likes.
 * A message that {@link HandshakeMessage#decode decodes} encodes back to the same bytes.
 */
class HandshakeFuzzTest {
  private static final NodeKey RESPONDER = NodeKey.fromPrivateKey(Bytes32.fromHexString(
      "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63"));
  private static final NodeKey INITIATOR = NodeKey.fromPrivateKey(Bytes32.fromHexString(
      "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"));

  @MethodSource("seeds")
  @FuzzTest
  void onlyBadHandshakeEscapes(final byte[] data) {
    if (data.length == 0) {
      return;
    }
    final boolean signHere = (data[0] & 1) == 1;
    final boolean asAck = (data[0] & 2) == 2;
    final byte[] fields = Arrays.copyOfRange(data, 1, data.length);
    final Handshake initiator = Handshake.initiator(INITIATOR, RESPONDER.nodeId());
    final Bytes message = signHere
        ? signed(fields, asAck ? RESPONDER : INITIATOR, asAck ? Keccak256.hash(initiator.auth())
            : RESPONDER.nodeId().publicKey())
        : Bytes.wrap(fields);
    try {
      final HandshakeMessage decoded = HandshakeMessage.decode(message);
      assertThat(decoded.encoded()).isEqualTo(message);
    } catch (P2pProtocolException expected) {
      assertThat(expected.reason()).isEqualTo(DisconnectReason.BAD_HANDSHAKE);
    }
    try {
      if (asAck) {
        initiator.auth();
        initiator.complete(message);
      } else {
        Handshake.responder(RESPONDER).respond(message);
      }
    } catch (P2pProtocolException expected) {
      assertThat(expected.reason()).isEqualTo(DisconnectReason.BAD_HANDSHAKE);
    }
  }

  /** version(1) kind(1) ephemeralKey(64) nonce(32) from {@code fields} (zero-padded), with {@code key}'s id and seal. */
  private static Bytes signed(final byte[] fields, final NodeKey key, final Bytes binding) {
    final byte[] f = Arrays.copyOf(fields, 1 + 1 + 64 + 32);
    final Bytes signedPart = Bytes.concatenate(Bytes.of(f[0], f[1]), key.nodeId().publicKey(),
        Bytes.wrap(f, 2, 64 + 32));
    final HandshakeMessage.Kind kind = (f[1] & 0xff) == HandshakeMessage.Kind.ACK.code()
        ? HandshakeMessage.Kind.ACK : HandshakeMessage.Kind.AUTH;
    return Bytes.concatenate(signedPart, key.sign(HandshakeMessage.signingHash(kind, signedPart, binding)).encoded());
  }

  static Stream<byte[]> seeds() {
    final Handshake initiator = Handshake.initiator(INITIATOR, RESPONDER.nodeId());
    final Bytes auth = initiator.auth();
    final Bytes ack = Handshake.responder(RESPONDER).respond(auth);
    final Bytes authFields = Bytes.concatenate(auth.slice(0, 2), auth.slice(66, 96));
    final Bytes ackFields = Bytes.concatenate(ack.slice(0, 2), ack.slice(66, 96));
    return Stream.of(Bytes.concatenate(Bytes.of(0), auth), Bytes.concatenate(Bytes.of(2), ack),
        Bytes.concatenate(Bytes.of(1), authFields), Bytes.concatenate(Bytes.of(3), ackFields)).map(Bytes::toArray);
  }
}

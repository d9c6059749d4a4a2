package io.tributary.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.P2pProtocolException;
import io.tributary.p2p.RequestError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of frame plaintexts to session messages: a malformed one is only a
 * {@link P2pProtocolException} with BAD_MESSAGE; what decodes encodes back to a message equal to it, and to the very
 * input bytes unless the decoder maps an unknown code to UNKNOWN or replaces bad UTF-8, which it does by design.
 */
class MessageCodecFuzzTest {
  @MethodSource("seeds")
  @FuzzTest
  void onlyBadMessageEscapesAndWhatDecodesIsCanonical(final byte[] plaintext) {
    final Message message;
    try {
      message = MessageCodec.decode(plaintext);
    } catch (P2pProtocolException expected) {
      assertThat(expected.reason()).isEqualTo(DisconnectReason.BAD_MESSAGE);
      return;
    }
    final byte[] encoded = MessageCodec.encode(message);
    assertThat(MessageCodec.decode(encoded)).isEqualTo(message);
    if (!lossy(message)) {
      assertThat(Bytes.wrap(encoded)).isEqualTo(Bytes.wrap(plaintext));
    }
  }

  private static boolean lossy(final Message message) {
    if (message instanceof Message.Disconnect d) {
      return d.reason() == DisconnectReason.UNKNOWN;
    }
    if (message instanceof Message.ErrorResponse e) {
      return e.error() == RequestError.UNKNOWN || e.message().contains("\uFFFD");
    }
    return false;
  }

  static Stream<byte[]> seeds() {
    final ChainStatus status = ChainStatus.of(7357, Hash.hash(Bytes.of(1)), 42, Hash.hash(Bytes.of(2)));
    final byte[] key = new byte[NodeId.SIZE];
    java.util.Arrays.fill(key, (byte) 7);
    final NodeId id = new NodeId(Bytes.wrap(key));
    final Bytes item = RLP.encodeList(w -> w.writeString("blocks 1..64"));
    return Stream.<Message>of(new Message.Disconnect(DisconnectReason.WRONG_GENESIS), new Message.Ping(),
        new Message.Pong(), new Message.Status(status, 30303), new Message.NewHead(43, Hash.hash(Bytes.of(3))),
        new Message.GetPeers(), new Message.Peers(List.of(new EnodeUrl(id, "10.0.0.7", 30303),
            new EnodeUrl(id, "2001:db8:0:0:0:0:0:1", 30304))), new Message.Request(5, 0x11, item),
        new Message.Response(5, item), new Message.ErrorResponse(5, RequestError.UNAVAILABLE, "no blocks above 12"),
        new Message.App(0x20, RLP.encodeList(w -> w.writeValue(Bytes.wrap("tx".getBytes(StandardCharsets.UTF_8))))))
        .map(MessageCodec::encode);
  }
}

package io.tributary.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Hash;
import io.tributary.p2p.ChainStatus;
import io.tributary.p2p.DisconnectReason;
import io.tributary.p2p.P2pProtocolException;
import java.util.List;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
  private static final ChainStatus STATUS = ChainStatus.of(1337, Hash.hash(Bytes.of(1)), 42, Hash.hash(Bytes.of(2)));

  @Test
  void everyMessageRoundTripsThroughItsTypeByteAndRlpPayload() {
    final List<Message> messages = List.of(new Message.Disconnect(DisconnectReason.WRONG_GENESIS), new Message.Ping(),
        new Message.Pong(), new Message.Status(STATUS),
        new Message.App(0x10, RLP.encodeList(w -> w.writeString("tx"))), new Message.App(0xff, Bytes.of(0x05)));
    for (final Message message : messages) {
      final byte[] encoded = MessageCodec.encode(message);
      assertThat(encoded[0] & 0xff).isEqualTo(message.type());
      assertThat(MessageCodec.decode(encoded)).isEqualTo(message);
    }
  }

  @Test
  void theStatusPayloadIsTheListOfItsFiveFields() {
    final byte[] encoded = MessageCodec.encode(new Message.Status(STATUS));
    final Bytes expected = RLP.encodeList(w -> {
      w.writeInt(1);
      w.writeLong(1337);
      w.writeValue(STATUS.genesisHash());
      w.writeLong(42);
      w.writeValue(STATUS.headHash());
    });
    assertThat(Bytes.wrap(encoded, 1, encoded.length - 1)).isEqualTo(expected);
  }

  @Test
  void aDisconnectWithACodeThisVersionDoesNotKnowReadsAsUnknown() {
    final byte[] encoded = Bytes.concatenate(Bytes.of(0x00), RLP.encodeList(w -> w.writeInt(0x77))).toArray();
    assertThat(MessageCodec.decode(encoded)).isEqualTo(new Message.Disconnect(DisconnectReason.UNKNOWN));
  }

  @Test
  void unknownSessionTypesTrailingBytesAndBadRlpAreBadMessages() {
    assertBadMessage(new byte[0]);
    assertBadMessage(new byte[] {0x04, (byte) 0xc0});
    assertBadMessage(new byte[] {0x01, (byte) 0xc0, 0x00});
    assertBadMessage(new byte[] {0x02, (byte) 0x80});
    assertBadMessage(new byte[] {0x10, (byte) 0xb8, 0x01});
    assertBadMessage(new byte[] {0x10});
    assertBadMessage(new byte[] {0x10, (byte) 0x81, 0x05});
  }

  @Test
  void randomAndMutatedInputsDecodeOrFailAsBadMessageButNothingElse() {
    final Random random = new Random(8);
    final byte[] status = MessageCodec.encode(new Message.Status(STATUS));
    for (int i = 0; i < 20_000; i++) {
      final byte[] input;
      if (random.nextBoolean()) {
        input = status.clone();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
          input[random.nextInt(input.length)] = (byte) random.nextInt(256);
        }
      } else {
        input = new byte[random.nextInt(80)];
        random.nextBytes(input);
      }
      try {
        MessageCodec.decode(input);
      } catch (P2pProtocolException e) {
        assertThat(e.reason()).isEqualTo(DisconnectReason.BAD_MESSAGE);
      }
    }
  }

  private static void assertBadMessage(final byte[] input) {
    assertThatThrownBy(() -> MessageCodec.decode(input)).isInstanceOf(P2pProtocolException.class)
        .matches(e -> ((P2pProtocolException) e).reason() == DisconnectReason.BAD_MESSAGE, "BAD_MESSAGE");
  }
}

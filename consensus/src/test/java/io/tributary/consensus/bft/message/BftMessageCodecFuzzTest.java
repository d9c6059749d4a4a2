package io.tributary.consensus.bft.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.consensus.TestChain;
import io.tributary.consensus.bft.payload.BftPayload;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.rlp.RlpItem;
import io.tributary.core.types.Hash;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of BFT messages from the wire: bad bytes are only a {@link DecodingException}, and
 * a message that decodes is canonical (its type, payload and signature encode to exactly the input). The codec turns
 * any other exception into a DecodingException as a safety net; so that the net hides no bug, the payload of every
 * {@code [type, payload, signature]} envelope is also decoded here without it.
 */
class BftMessageCodecFuzzTest {
  private static final KeyPair ALICE = TestChain.key("alice");
  private static final BftMessageCodec CODEC = new BftMessageCodec(7357, SignatureAlgorithms.get());

  @MethodSource("seeds")
  @FuzzTest
  void onlyDecodingErrorsEscapeAndWhatDecodesIsCanonical(final byte[] data) {
    final Bytes input = Bytes.wrap(data);
    payloadWithoutSafetyNet(input);
    final BftMessage message;
    try {
      message = CODEC.decode(input);
    } catch (DecodingException expected) {
      return;
    }
    assertThat(BftMessageCodec.encode(message.type(), message.payload().encoded(), message.signature()))
        .isEqualTo(input);
    assertThat(CODEC.decode(message.encoded()).payload()).isEqualTo(message.payload());
  }

  private static void payloadWithoutSafetyNet(final Bytes input) {
    try {
      if (Rlp.decodeItem(input) instanceof RlpItem.ListItem envelope && envelope.items().size() == 3
          && envelope.items().get(0) instanceof RlpItem.StringItem type && type.value().size() == 1
          && envelope.items().get(1) instanceof RlpItem.ListItem payload) {
        final MessageType messageType = MessageType.ofCode(type.value().get(0) & 0xff).orElse(null);
        if (messageType != null) {
          final BftPayload decoded = BftPayload.decode(messageType, payload.encode());
          assertThat(decoded.encoded()).isEqualTo(payload.encode());
        }
      }
    } catch (DecodingException expected) {
      // bad payload
    }
  }

  static Stream<byte[]> seeds() {
    final Hash hash = Hash.hash(Bytes.of(1));
    return Stream.<BftPayload>of(new Proposal(5, 2, BftMessageCodecTest.block(5, 1), 1),
        new Proposal(5, 0, BftMessageCodecTest.block(5, 0), -1), new Prepare(5, 2, hash), Prepare.nil(5, 3),
        CODEC.commit(5, 2, hash, ALICE), Commit.nil(5, 2))
        .map(payload -> CODEC.sign(payload, ALICE).encoded().toArray());
  }
}

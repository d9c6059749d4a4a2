package io.tributary.consensus.bft.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.consensus.TestChain;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class BftMessageCodecTest {
  private static final KeyPair ALICE = TestChain.key("alice");
  private static final KeyPair BOB = TestChain.key("bob");
  private final BftMessageCodec codec = new BftMessageCodec(7357, SignatureAlgorithms.get());

  static Block block(final long number, final int round) {
    final BftExtraData extra = new BftExtraData(Bytes.wrap(new byte[32]), List.of(ALICE.address()), round,
        Optional.empty(), List.of());
    return new Block(BlockHeader.builder().number(number).gasLimit(30_000_000).timestamp(number)
        .parentHash(Hash.hash(Bytes.ofUnsignedLong(number - 1))).extraData(extra.encoded())
        .tributaryCancunFields(Wei.of(7)).build(), BlockBody.of(List.of()));
  }

  @Test
  void everyPayloadRoundTripsWithItsAuthorRecovered() {
    final Hash hash = Hash.hash(Bytes.of(1));
    for (final var payload : List.of(new Proposal(5, 2, block(5, 1), 1), new Proposal(5, 0, block(5, 0), -1),
        new Prepare(5, 2, hash), Prepare.nil(5, 3), codec.commit(5, 2, hash, ALICE), Commit.nil(5, 2))) {
      final BftMessage signed = codec.sign(payload, ALICE);
      final BftMessage decoded = codec.decode(signed.encoded());
      assertThat(decoded.payload()).isEqualTo(payload);
      assertThat(decoded.author()).isEqualTo(ALICE.address());
      assertThat(decoded).isEqualTo(signed);
    }
  }

  @Test
  void signBytesAreBoundToTheChainAndTheType() {
    final Prepare prepare = new Prepare(1, 0, Hash.hash(Bytes.of(9)));
    final BftMessage signed = codec.sign(prepare, ALICE);
    final BftMessage otherChain = new BftMessageCodec(1, SignatureAlgorithms.get()).decode(signed.encoded());
    assertThat(otherChain.author()).isNotEqualTo(ALICE.address());
    // The same fields presented as a commit for nil do not decode, and as another type recover someone else.
    final Bytes asCommitType = BftMessageCodec.encode(MessageType.COMMIT, Commit.nil(1, 0).encoded(),
        signed.signature());
    assertThat(codec.decode(asCommitType).author()).isNotEqualTo(ALICE.address());
  }

  @Test
  void aCommitSealedBySomeoneElseIsRefused() {
    final Commit bobsSeal = codec.commit(3, 0, Hash.hash(Bytes.of(2)), BOB);
    final Bytes forged = codec.sign(bobsSeal, ALICE).encoded();
    assertThatThrownBy(() -> codec.decode(forged)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("not by the message's author");
  }

  @Test
  void malformedBytesAreADecodingExceptionWithAMessage() {
    assertThatThrownBy(() -> codec.decode(Bytes.EMPTY)).isInstanceOf(DecodingException.class);
    assertThatThrownBy(() -> codec.decode(Bytes.fromHexString("0x80"))).isInstanceOf(DecodingException.class)
        .hasMessageContaining("string");
    final BftMessage signed = codec.sign(new Prepare(1, 0, Hash.ZERO), ALICE);
    final Bytes patched = org.apache.tuweni.rlp.RLP.encodeList(w -> {
      w.writeInt(9);
      w.writeRLP(signed.payload().encoded());
      w.writeValue(signed.signature().encoded());
    });
    assertThatThrownBy(() -> codec.decode(patched)).isInstanceOf(DecodingException.class)
        .satisfies(e -> assertThat(((DecodingException) e).error()).isEqualTo(DecodingError.UNSUPPORTED_TYPE));
  }

  @Test
  void randomCorruptionsNeverEscapeAsAnythingButDecodingException() {
    final BftMessage proposal = codec.sign(new Proposal(5, 1, block(5, 1), -1), ALICE);
    final SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 3_000; i++) {
      final byte[] bytes = proposal.encoded().toArray();
      final int flips = 1 + random.nextInt(4);
      for (int f = 0; f < flips; f++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      final int length = random.nextInt(4) == 0 ? random.nextInt(bytes.length) : bytes.length;
      final Bytes mutated = Bytes.wrap(bytes, 0, length);
      try {
        final BftMessage decoded = codec.decode(mutated);
        assertThat(decoded.encoded()).isEqualTo(mutated);
      } catch (final DecodingException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }
}

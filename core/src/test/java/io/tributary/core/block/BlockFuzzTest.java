package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of block and header decoding (Jazzer), the header's BFT extra data included: each input is
 * tried as a block, then as a header; bad input is only a {@link DecodingException}, and whatever decodes re-encodes
 * to exactly the input. Seeds: the real Cancun block of {@code vectors/cancun-block.json} and Tributary blocks.
 */
class BlockFuzzTest {
  @MethodSource("seeds")
  @FuzzTest
  void onlyDecodingErrorsEscapeAndWhatDecodesIsCanonical(final byte[] data) {
    final Bytes input = Bytes.wrap(data);
    try {
      final Block block = Block.decode(input);
      assertThat(block.encoded()).isEqualTo(input);
      assertThat(Block.decode(block.encoded())).isEqualTo(block);
      extraData(block.header());
      return;
    } catch (DecodingException notABlock) {
      // perhaps a header
    }
    try {
      final BlockHeader header = BlockHeader.decode(input);
      assertThat(header.encoded()).isEqualTo(input);
      extraData(header);
    } catch (DecodingException expected) {
      // neither
    }
  }

  /** A Tributary header's extra data is BFT extra data, which decodes strictly too. */
  private static void extraData(final BlockHeader header) {
    try {
      assertThat(BftExtraData.decode(header.extraData()).encoded()).isEqualTo(header.extraData());
    } catch (DecodingException expected) {
      // an Ethereum header's, or a bad one
    }
  }

  static Stream<byte[]> seeds() throws Exception {
    final JsonNode cancun = BlockHeaderTest.cancunVector();
    final KeyPair key = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString(
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"));
    final Address to = Address.of(0xA7001);
    final Transaction legacy = TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY)
        .chainId(7357L).nonce(1).gasPrice(Wei.of(1_000_000_000L)).gasLimit(21_000).to(to).value(Wei.of(9)), key);
    final Transaction dynamic = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(7357L).nonce(2).maxPriorityFeePerGas(Wei.of(2)).maxFeePerGas(Wei.of(100)).gasLimit(90_000)
        .data(Bytes.fromHexString("0x6000")), key);
    final var seal = SignatureAlgorithms.get().sign(Hash.EMPTY, key);
    final BftExtraData extra = new BftExtraData(Bytes.wrap(new byte[32]), List.of(key.address(), to), 2,
        Optional.of(seal), List.of(seal, seal));
    final BlockHeader header = BlockHeader.builder().number(42).gasLimit(30_000_000).gasUsed(21_000)
        .timestamp(1_700_000_000).coinbase(to).extraData(extra.encoded()).tributaryCancunFields(Wei.of(875_000_000L))
        .build();
    return Stream.of(Bytes.fromHexString(cancun.get("blockRLP").asText()),
        Bytes.fromHexString(cancun.get("genesisRLP").asText()),
        new Block(header, BlockBody.of(List.of(legacy, dynamic))).encoded(), header.encoded(),
        BlockHeader.builder().gasLimit(5000).build().encoded()).map(Bytes::toArray);
  }
}

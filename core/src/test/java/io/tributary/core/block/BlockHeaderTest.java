package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.io.InputStream;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class BlockHeaderTest {
  static JsonNode cancunVector() throws Exception {
    try (InputStream in = BlockHeaderTest.class.getResourceAsStream("/vectors/cancun-block.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void hashesTheEthereumMainnetGenesisHeader() {
    final BlockHeader genesis = BlockHeader.builder()
        .stateRoot(Hash.fromHexString("0xd7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544"))
        .difficulty(UInt256.valueOf(0x400000000L))
        .gasLimit(5000)
        .extraData(Bytes.fromHexString("0x11bbe8db4e347b4e8c937c1c8370e4b5ed33adb3db69cbdb7a38e1e50b1b82fa"))
        .nonce(Bytes.fromHexString("0x0000000000000042"))
        .build();
    assertThat(genesis.hash())
        .isEqualTo(Hash.fromHexString("0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"));
    assertThat(BlockHeader.decode(genesis.encoded())).isEqualTo(genesis);
  }

  @Test
  void decodesAndHashesARealCancunGenesisHeader() throws Exception {
    final JsonNode vector = cancunVector();
    final Block genesis = Block.decode(Bytes.fromHexString(vector.get("genesisRLP").asText()));
    final BlockHeader header = genesis.header();
    assertThat(header.hash()).isEqualTo(Hash.fromHexString(vector.get("genesisHash").asText()));
    assertThat(header.baseFeePerGas()).contains(Wei.of(0x384));
    assertThat(header.withdrawalsRoot()).contains(Hash.EMPTY_TRIE_HASH);
    assertThat(header.blobGasUsed()).contains(0L);
    assertThat(header.parentBeaconBlockRoot()).contains(Hash.ZERO);
    assertThat(header.coinbase()).isEqualTo(Address.fromHexString("0xba5e000000000000000000000000000000000000"));
    assertThat(genesis.encoded().toHexString()).isEqualTo(vector.get("genesisRLP").asText());
  }

  @Test
  void keepsOlderHeaderFormsAsTheyWere() {
    final BlockHeader london = BlockHeader.builder().number(12_965_000).gasLimit(30_000_000)
        .baseFeePerGas(Wei.of(1_000_000_000L)).build();
    final BlockHeader decoded = BlockHeader.decode(london.encoded());
    assertThat(decoded.baseFeePerGas()).contains(Wei.of(1_000_000_000L));
    assertThat(decoded.withdrawalsRoot()).isEmpty();
    assertThat(decoded.hash()).isEqualTo(london.hash());
  }

  @Test
  void rejectsAPartialCancunTailAndTrailingFields() {
    final BlockHeader cancun = BlockHeader.builder().tributaryCancunFields(Wei.of(7)).build();
    final Bytes full = cancun.encoded();
    assertThat(BlockHeader.decode(full)).isEqualTo(cancun);
    // Drop parentBeaconBlockRoot (33 bytes) and fix up the list length: blobGasUsed without its siblings.
    final byte[] body = full.slice(3, full.size() - 3 - 33).toArray();
    final byte[] truncated = new byte[3 + body.length];
    truncated[0] = (byte) 0xf9;
    truncated[1] = (byte) (body.length >> 8);
    truncated[2] = (byte) body.length;
    System.arraycopy(body, 0, truncated, 3, body.length);
    assertThatThrownBy(() -> BlockHeader.decode(Bytes.wrap(truncated)))
        .isInstanceOfSatisfying(DecodingException.class,
            e -> assertThat(e.error()).isEqualTo(DecodingError.WRONG_FIELD_COUNT))
        .hasMessageContaining("parentBeaconBlockRoot");
  }

  @Test
  void namesAWrongSizedField() {
    final BlockHeader header = BlockHeader.builder().build();
    final Bytes encoded = header.encoded();
    // coinbase is 0x94 + 20 bytes right after two 33-byte hashes and the 3-byte list prefix
    final byte[] bytes = encoded.toArray();
    assertThat(bytes[3 + 33 + 33] & 0xff).isEqualTo(0x94);
    bytes[3 + 33 + 33] = (byte) 0x93;
    assertThatThrownBy(() -> BlockHeader.decode(Bytes.wrap(bytes))).isInstanceOf(DecodingException.class);
  }
}

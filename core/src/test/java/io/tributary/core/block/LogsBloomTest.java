package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.List;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class LogsBloomTest {
  private static final Address TOKEN = Address.fromHexString("0xdac17f958d2ee523a2206206994597c13d831ec7");
  /** keccak256("Transfer(address,address,uint256)"): the ERC-20 Transfer topic. */
  private static final Hash TRANSFER = Keccak256.hash(Bytes.wrap(
      "Transfer(address,address,uint256)".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

  @Test
  void setsThreeBitsPerItemFromTheFirstThreeBytePairsOfItsHash() {
    final LogsBloom bloom = LogsBloom.of(List.of(new Log(TOKEN, List.of(), Bytes.EMPTY)));
    final byte[] h = Keccak256.digest(TOKEN.toArrayUnsafe());
    final byte[] expected = new byte[256];
    for (int i = 0; i < 6; i += 2) {
      final int bit = ((h[i] & 0xff) << 8 | (h[i + 1] & 0xff)) & 2047;
      expected[255 - bit / 8] |= (byte) (1 << (bit % 8));
    }
    assertThat(bloom.toBytes()).isEqualTo(Bytes.wrap(expected));
    assertThat(Long.bitCount(bloom.toBytes().toUnsignedBigInteger().bitCount())).isPositive();
    assertThat(bloom.toBytes().toUnsignedBigInteger().bitCount()).isBetween(1, 3);
  }

  @Test
  void findsWhatWasAddedAndUsuallyRejectsWhatWasNot() {
    final LogsBloom bloom = LogsBloom.of(List.of(new Log(TOKEN, List.of(TRANSFER), Bytes.EMPTY)));
    assertThat(bloom.couldContain(TOKEN)).isTrue();
    assertThat(bloom.couldContain(TRANSFER)).isTrue();
    final Random random = new Random(1);
    int falsePositives = 0;
    for (int i = 0; i < 1000; i++) {
      final byte[] a = new byte[20];
      random.nextBytes(a);
      if (bloom.couldContain(Address.wrap(Bytes.wrap(a)))) {
        falsePositives++;
      }
    }
    assertThat(falsePositives).isLessThan(5);
  }

  @Test
  void theBlockBloomIsTheUnionOfItsReceipts() {
    final LogsBloom a = LogsBloom.of(List.of(new Log(TOKEN, List.of(), Bytes.EMPTY)));
    final LogsBloom b = LogsBloom.of(List.of(new Log(Address.ZERO, List.of(TRANSFER), Bytes.EMPTY)));
    final LogsBloom union = LogsBloom.union(List.of(a, b));
    assertThat(union.couldContain(TOKEN) && union.couldContain(TRANSFER) && union.couldContain(Address.ZERO)).isTrue();
    assertThat(LogsBloom.union(List.of()).isEmpty()).isTrue();
  }
}

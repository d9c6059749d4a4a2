package io.tributary.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.encoding.DecodingException;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class TransactionReceiptTest {
  private static final Log LOG = new Log(Address.of(0xA7003), List.of(Hash.EMPTY, Hash.ZERO),
      Bytes.fromHexString("0x0102"));

  @Test
  void roundTripsLegacyAndTypedReceipts() {
    final TransactionReceipt legacy = TransactionReceipt.of(TransactionType.LEGACY, true, 21_000, List.of(LOG));
    assertThat(legacy.encoded().get(0) & 0xff).isGreaterThanOrEqualTo(0xc0);
    assertThat(TransactionReceipt.decode(legacy.encoded())).isEqualTo(legacy);
    final TransactionReceipt typed = TransactionReceipt.of(TransactionType.EIP1559, false, 42_000, List.of());
    assertThat(typed.encoded().get(0)).isEqualTo((byte) 2);
    assertThat(TransactionReceipt.decode(typed.encoded())).isEqualTo(typed);
    assertThat(legacy.bloom().couldContain(LOG.address())).isTrue();
  }

  @Test
  void encodesASuccessfulTransferReceiptAsEthereumDoes() {
    // status 1, 21000 gas, empty bloom, no logs: f90108 01 825208 b90100 (zeros) c0
    final Bytes encoded = TransactionReceipt.of(TransactionType.LEGACY, true, 21_000, List.of()).encoded();
    assertThat(encoded.slice(0, 7).toHexString()).isEqualTo("0xf9010801825208");
    assertThat(encoded.size()).isEqualTo(3 + 1 + 3 + 3 + 256 + 1);
  }

  @Test
  void rejectsABadStatusAndMoreThanFourTopics() {
    final Bytes good = TransactionReceipt.of(TransactionType.LEGACY, true, 1, List.of()).encoded();
    final byte[] bad = good.toArray();
    bad[3] = 0x02;
    assertThatThrownBy(() -> TransactionReceipt.decode(Bytes.wrap(bad))).isInstanceOf(DecodingException.class)
        .hasMessageContaining("status");
  }
}

package io.tributary.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.junit.jupiter.api.Test;

class FlatBytesTest {
  @Test
  void slicesOfFlattenedRlpCanBeCopiedOut() {
    final Bytes encoded = RLP.encodeList(w -> {
      w.writeValue(Bytes.fromHexString("0x0102"));
      w.writeValue(Bytes.fromHexString("0x030405"));
    });
    // Tuweni's own result is a ConcatenatedBytes whose slices cannot always be copied; ours always can.
    assertThat(FlatBytes.of(encoded).slice(1, 4).toArray()).containsExactly(0x82, 0x01, 0x02, 0x83);
  }

  @Test
  void concatenatesIntoOneArray() {
    assertThat(FlatBytes.concat(Bytes.of(1), Bytes.EMPTY, Bytes.of(2, 3)).toHexString()).isEqualTo("0x010203");
  }
}

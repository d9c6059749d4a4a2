package io.tributary.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.core.encoding.DecodingException;
import org.apache.tuweni.bytes.Bytes;

/**
 * Coverage-guided fuzzing of strict RLP decoding (Jazzer; seeds in {@code RlpFuzzTestInputs}): bad input is only ever
 * a {@link DecodingException}, and whatever decodes is canonical, so re-encoding it gives back the very input.
 */
class RlpFuzzTest {
  @FuzzTest
  void onlyDecodingErrorsEscapeAndWhatDecodesIsCanonical(final byte[] data) {
    final Bytes input = Bytes.wrap(data);
    final RlpItem item;
    try {
      item = Rlp.decodeItem(input);
    } catch (DecodingException expected) {
      return;
    }
    assertThat(item.encode()).isEqualTo(input);
    assertThat(Rlp.decodeItem(item.encode())).isEqualTo(item);
  }
}

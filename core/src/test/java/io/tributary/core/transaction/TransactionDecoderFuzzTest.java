package io.tributary.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tributary.core.encoding.DecodingException;
import org.apache.tuweni.bytes.Bytes;

/**
 * Coverage-guided fuzzing of the EIP-2718 transaction decoder (Jazzer; seeds: ethereum/tests' TransactionTests in
 * {@code TransactionDecoderFuzzTestInputs}): bad input is only a {@link DecodingException}; a transaction that decodes
 * re-encodes from its fields to exactly the input, and its sender is recovered or absent, never an exception.
 */
class TransactionDecoderFuzzTest {
  @FuzzTest
  void onlyDecodingErrorsEscapeAndWhatDecodesIsCanonical(final byte[] data) {
    final Bytes input = Bytes.wrap(data);
    final Transaction tx;
    try {
      tx = TransactionDecoder.decode(input);
    } catch (DecodingException expected) {
      return;
    }
    assertThat(TransactionEncoder.encode(tx)).isEqualTo(input);
    assertThat(TransactionDecoder.decode(TransactionEncoder.encode(tx))).isEqualTo(tx);
    tx.sender();
  }
}

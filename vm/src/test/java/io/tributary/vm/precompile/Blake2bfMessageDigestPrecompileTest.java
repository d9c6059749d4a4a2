package io.tributary.vm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.MutableBytes;
import org.junit.jupiter.api.Test;

class Blake2bfMessageDigestPrecompileTest {
  private final Blake2bfMessageDigestPrecompile blake2f = new Blake2bfMessageDigestPrecompile();

  @Test
  void gasIsTheRoundCountReadAsAnUnsigned32BitNumber() {
    final MutableBytes input = MutableBytes.create(213);
    input.set(0, Bytes.fromHexString("0xffffffff"));
    assertThat(blake2f.gasRequirement(input)).isEqualTo(4_294_967_295L);
  }

  @Test
  void inputOfTheWrongLengthCostsNothingAndFails() {
    final Bytes input = Bytes.wrap(new byte[212]);
    assertThat(blake2f.gasRequirement(input)).isZero();
    assertThat(blake2f.compute(input).isSuccess()).isFalse();
  }

  @Test
  void finalBlockFlagAboveOneFails() {
    final MutableBytes input = MutableBytes.create(213);
    input.set(212, (byte) 2);
    assertThat(blake2f.compute(input).isSuccess()).isFalse();
    input.set(212, (byte) 1);
    assertThat(blake2f.compute(input).isSuccess()).isTrue();
  }
}

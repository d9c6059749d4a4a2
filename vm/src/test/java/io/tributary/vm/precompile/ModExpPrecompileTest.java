package io.tributary.vm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class ModExpPrecompileTest {
  private final ModExpPrecompile modexp = new ModExpPrecompile();

  private static Bytes32 word(final BigInteger value) {
    return Bytes32.leftPad(Bytes.wrap(value.toByteArray()).trimLeadingZeros());
  }

  private static Bytes header(final BigInteger base, final BigInteger exp, final BigInteger mod) {
    return Bytes.concatenate(word(base), word(exp), word(mod));
  }

  private static Bytes fixed(final BigInteger value, final int length) {
    final Bytes raw = Bytes.wrap(value.toByteArray()).trimLeadingZeros();
    return length == 0 ? Bytes.EMPTY : Bytes.concatenate(Bytes.wrap(new byte[length - raw.size()]), raw);
  }

  @Test
  void gasOfAstronomicalLengthsSaturatesWithoutAllocatingThem() {
    final BigInteger huge = BigInteger.ONE.shiftLeft(255);
    assertThat(modexp.gasRequirement(header(huge, huge, huge))).isEqualTo(Long.MAX_VALUE);
    assertThat(modexp.gasRequirement(header(BigInteger.ZERO, huge, BigInteger.ONE))).isEqualTo(Long.MAX_VALUE);
    assertThat(modexp.gasRequirement(header(huge, BigInteger.ZERO, BigInteger.ZERO))).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void gasFollowsEip2565() {
    // 64-byte base and modulus: words = 8, complexity 64; exponent 0x0100 (2 bytes): iterations = 8.
    final Bytes input =
        Bytes.concatenate(header(BigInteger.valueOf(64), BigInteger.TWO, BigInteger.valueOf(64)),
            Bytes.wrap(new byte[64]), Bytes.of(1, 0), Bytes.wrap(new byte[64]));
    assertThat(modexp.gasRequirement(input)).isEqualTo(Math.max(200, 64 * 8 / 3));
    // A 33-byte exponent 0x01 00..00: its first 32 bytes are 0x01 then 31 zero bytes, bit length 249, so the
    // iteration count is 8 * (33 - 32) + 248.
    final Bytes longExp =
        Bytes.concatenate(header(BigInteger.valueOf(512), BigInteger.valueOf(33), BigInteger.valueOf(512)),
            Bytes.wrap(new byte[512]), Bytes.of(1), Bytes.wrap(new byte[32]));
    assertThat(modexp.gasRequirement(longExp)).isEqualTo(64L * 64 * (8 + 248) / 3);
  }

  @Test
  void refusesToComputeLengthsThatNoGasCouldPayFor() {
    final Bytes input = header(BigInteger.ONE, BigInteger.ONE, BigInteger.ONE.shiftLeft(40));
    assertThat(modexp.compute(input).isSuccess()).isFalse();
  }

  @Test
  void agreesWithBigIntegerModPowOnRandomOperands() {
    final Random random = new Random(198);
    for (int i = 0; i < 200; i++) {
      final int baseLen = random.nextInt(70);
      final int expLen = random.nextInt(40);
      final int modLen = 1 + random.nextInt(70);
      final BigInteger base = new BigInteger(baseLen * 8, random);
      final BigInteger exp = new BigInteger(expLen * 8, random);
      final BigInteger mod = new BigInteger(modLen * 8, random);
      final Bytes input =
          Bytes.concatenate(
              header(BigInteger.valueOf(baseLen), BigInteger.valueOf(expLen), BigInteger.valueOf(modLen)),
              fixed(base, baseLen), fixed(exp, expLen), fixed(mod, modLen));
      final BigInteger expected = mod.signum() == 0 ? BigInteger.ZERO : base.modPow(exp, mod);
      assertThat(modexp.compute(input).output()).contains(fixed(expected, modLen));
    }
  }
}

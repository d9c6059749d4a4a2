package io.tributary.vm.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every limb operation against a plain BigInteger statement of the EVM's rule, on seeded random words biased towards
 * the edges (zero, one, 2^255, all ones, words with empty limbs, small divisors) where carries and signs go wrong.
 */
class LimbsDifferentialTest {
  private static final int ROUNDS = 20_000;
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
  private static final BigInteger MASK = TWO_256.subtract(BigInteger.ONE);
  private static final BigInteger TWO_255 = BigInteger.ONE.shiftLeft(255);

  private final SplittableRandom random = new SplittableRandom(0x7e5712a5L);

  private interface Binary {
    void apply(long[] a, int ao, long[] b, int bo, long[] r, int ro);
  }

  private interface Ternary {
    void apply(long[] a, int ao, long[] b, int bo, long[] n, int no, long[] r, int ro);
  }

  private long[] randomWord() {
    final long[] w = new long[4];
    switch (random.nextInt(10)) {
      case 0 -> { } // zero
      case 1 -> w[0] = 1;
      case 2 -> w[3] = Long.MIN_VALUE; // 2^255
      case 3 -> java.util.Arrays.fill(w, -1L);
      case 4 -> w[0] = random.nextLong(1, 300);
      case 5 -> w[0] = random.nextLong();
      case 6 -> {
        w[0] = random.nextLong();
        w[1] = random.nextLong() >>> random.nextInt(64);
      }
      case 7 -> { // some limbs empty
        for (int i = 0; i < 4; i++) {
          w[i] = random.nextBoolean() ? 0 : random.nextLong();
        }
      }
      case 8 -> { // negative small
        java.util.Arrays.fill(w, -1L);
        w[0] = -random.nextLong(1, 1000);
      }
      default -> {
        for (int i = 0; i < 4; i++) {
          w[i] = random.nextLong();
        }
      }
    }
    return w;
  }

  private static BigInteger big(final long[] w) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 3; i >= 0; i--) {
      v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(w[i])));
    }
    return v;
  }

  private static BigInteger signed(final long[] w) {
    final BigInteger v = big(w);
    return v.testBit(255) ? v.subtract(TWO_256) : v;
  }

  private static BigInteger word(final BigInteger v) {
    return v.and(MASK);
  }

  private void checkBinary(final String name, final Binary op, final BiFunction<long[], long[], BigInteger> expected) {
    for (int i = 0; i < ROUNDS; i++) {
      final long[] a = randomWord();
      final long[] b = randomWord();
      final long[] r = new long[4];
      op.apply(a, 0, b, 0, r, 0);
      assertThat(big(r)).as("%s(%s, %s)", name, big(a).toString(16), big(b).toString(16))
          .isEqualTo(word(expected.apply(a, b)));
      // In place, as the interpreter runs it: the result overwrites the second operand in one array.
      final long[] stack = new long[8];
      System.arraycopy(b, 0, stack, 0, 4);
      System.arraycopy(a, 0, stack, 4, 4);
      op.apply(stack, 4, stack, 0, stack, 0);
      assertThat(big(java.util.Arrays.copyOf(stack, 4))).as("%s in place", name).isEqualTo(big(r));
    }
  }

  @Test
  void addWrapsAroundAt2To256() {
    checkBinary("add", Limbs::add, (a, b) -> big(a).add(big(b)));
  }

  @Test
  void subWrapsBelowZero() {
    checkBinary("sub", Limbs::sub, (a, b) -> big(a).subtract(big(b)));
  }

  @Test
  void mulKeepsTheLow256Bits() {
    checkBinary("mul", Limbs::mul, (a, b) -> big(a).multiply(big(b)));
  }

  @Test
  void divIsUnsignedAndZeroForAZeroDivisor() {
    checkBinary("div", Limbs::div, (a, b) -> big(b).signum() == 0 ? BigInteger.ZERO : big(a).divide(big(b)));
  }

  @Test
  void modIsUnsignedAndZeroForAZeroDivisor() {
    checkBinary("mod", Limbs::mod, (a, b) -> big(b).signum() == 0 ? BigInteger.ZERO : big(a).mod(big(b)));
  }

  @Test
  void sdivTruncatesTowardsZero() {
    checkBinary("sdiv", Limbs::sdiv, (a, b) -> {
      if (big(b).signum() == 0) {
        return BigInteger.ZERO;
      }
      return signed(a).divide(signed(b)); // BigInteger.divide truncates; -2^255 / -1 wraps to -2^255
    });
  }

  @Test
  void smodTakesTheSignOfTheDividend() {
    checkBinary("smod", Limbs::smod, (a, b) -> {
      if (big(b).signum() == 0) {
        return BigInteger.ZERO;
      }
      return signed(a).remainder(signed(b));
    });
  }

  @Test
  void expIsModulo2To256() {
    checkBinary("exp", Limbs::exp, (a, b) -> big(a).modPow(big(b), TWO_256));
  }

  @Test
  void bitwiseOperationsMatch() {
    checkBinary("and", Limbs::and, (a, b) -> big(a).and(big(b)));
    checkBinary("or", Limbs::or, (a, b) -> big(a).or(big(b)));
    checkBinary("xor", Limbs::xor, (a, b) -> big(a).xor(big(b)));
  }

  private BigInteger shiftOf(final long[] s) {
    return big(s);
  }

  @Test
  void shiftsBeyond255GiveZeroOrTheSign() {
    final Binary[] ops = {Limbs::shl, Limbs::shr, Limbs::sar};
    for (int i = 0; i < ROUNDS; i++) {
      final long[] s = random.nextInt(4) == 0 ? randomWord() : new long[] {random.nextInt(300), 0, 0, 0};
      final long[] x = randomWord();
      final BigInteger shift = shiftOf(s);
      final int n = shift.compareTo(BigInteger.valueOf(256)) >= 0 ? 256 : shift.intValue();
      final BigInteger[] expected = {
          word(big(x).shiftLeft(n)),
          big(x).shiftRight(n),
          word(signed(x).shiftRight(n))};
      for (int k = 0; k < 3; k++) {
        final long[] r = new long[4];
        ops[k].apply(s, 0, x, 0, r, 0);
        assertThat(big(r)).as("shift op %d by %d of %s", k, n, big(x).toString(16)).isEqualTo(expected[k]);
      }
    }
  }

  @Test
  void byteCountsFromTheMostSignificant() {
    for (int i = 0; i < ROUNDS; i++) {
      final long[] index = random.nextInt(4) == 0 ? randomWord() : new long[] {random.nextInt(40), 0, 0, 0};
      final long[] x = randomWord();
      final long[] r = new long[4];
      Limbs.byteAt(index, 0, x, 0, r, 0);
      final BigInteger idx = big(index);
      final BigInteger expected = idx.compareTo(BigInteger.valueOf(32)) >= 0 ? BigInteger.ZERO
          : big(x).shiftRight(8 * (31 - idx.intValue())).and(BigInteger.valueOf(0xff));
      assertThat(big(r)).isEqualTo(expected);
    }
  }

  @Test
  void signExtendCopiesTheChosenBytesSignBit() {
    for (int i = 0; i < ROUNDS; i++) {
      final long[] b = random.nextInt(4) == 0 ? randomWord() : new long[] {random.nextInt(40), 0, 0, 0};
      final long[] x = randomWord();
      final long[] r = new long[4];
      Limbs.signExtend(b, 0, x, 0, r, 0);
      final BigInteger bb = big(b);
      final BigInteger expected;
      if (bb.compareTo(BigInteger.valueOf(31)) >= 0) {
        expected = big(x);
      } else {
        final int bits = 8 * (bb.intValue() + 1);
        final BigInteger low = big(x).and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        expected = low.testBit(bits - 1) ? word(low.subtract(BigInteger.ONE.shiftLeft(bits))) : low;
      }
      assertThat(big(r)).isEqualTo(expected);
    }
  }

  @Test
  void comparisonsMatchUnsignedAndSignedOrder() {
    for (int i = 0; i < ROUNDS; i++) {
      final long[] a = randomWord();
      final long[] b = random.nextInt(8) == 0 ? a.clone() : randomWord();
      assertThat(Integer.signum(Limbs.compareUnsigned(a, 0, b, 0))).isEqualTo(big(a).compareTo(big(b)));
      assertThat(Integer.signum(Limbs.compareSigned(a, 0, b, 0))).isEqualTo(signed(a).compareTo(signed(b)));
      assertThat(Limbs.equal(a, 0, b, 0)).isEqualTo(big(a).equals(big(b)));
    }
  }

  private void checkTernary(final String name, final Ternary op, final TernaryReference expected) {
    for (int i = 0; i < ROUNDS; i++) {
      final long[] a = randomWord();
      final long[] b = randomWord();
      final long[] n = randomWord();
      final long[] r = new long[4];
      op.apply(a, 0, b, 0, n, 0, r, 0);
      final BigInteger want = big(n).signum() == 0 ? BigInteger.ZERO : expected.apply(big(a), big(b), big(n));
      assertThat(big(r)).as("%s(%s, %s, %s)", name, big(a).toString(16), big(b).toString(16), big(n).toString(16))
          .isEqualTo(want);
    }
  }

  private interface TernaryReference {
    BigInteger apply(BigInteger a, BigInteger b, BigInteger n);
  }

  @Test
  void addModDoesNotWrapTheSum() {
    checkTernary("addmod", Limbs::addMod, (a, b, n) -> a.add(b).mod(n));
  }

  @Test
  void mulModReducesTheFull512BitProduct() {
    checkTernary("mulmod", Limbs::mulMod, (a, b, n) -> a.multiply(b).mod(n));
  }

  @Test
  void exponentByteLengthCountsSignificantBytes() {
    for (int i = 0; i < ROUNDS; i++) {
      final long[] e = randomWord();
      assertThat(Limbs.byteLength(e, 0)).isEqualTo((big(e).bitLength() + 7) / 8);
    }
  }

  @Test
  void minimumSignedDividedByMinusOneIsItself() {
    final long[] min = {0, 0, 0, Long.MIN_VALUE};
    final long[] minusOne = {-1L, -1L, -1L, -1L};
    final long[] r = new long[4];
    Limbs.sdiv(min, 0, minusOne, 0, r, 0);
    assertThat(big(r)).isEqualTo(TWO_255);
  }

  @Test
  void wordsReadFromAnyNumberOfBigEndianBytesMatchTheirValue() {
    for (int i = 0; i < ROUNDS; i++) {
      final int len = random.nextInt(33);
      final byte[] src = new byte[len + 3];
      random.nextBytes(src);
      final long[] r = new long[4];
      Limbs.fromBytes(src, 2, len, r, 0);
      final BigInteger expected = len == 0 ? BigInteger.ZERO
          : new BigInteger(1, java.util.Arrays.copyOfRange(src, 2, 2 + len));
      assertThat(big(r)).isEqualTo(expected);
      final byte[] out = Limbs.toBytes32(r, 0);
      final long[] back = new long[4];
      Limbs.fromBytes32(out, 0, back, 0);
      assertThat(back).isEqualTo(r);
    }
  }
}

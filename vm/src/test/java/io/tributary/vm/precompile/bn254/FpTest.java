package io.tributary.vm.precompile.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The limb arithmetic against BigInteger arithmetic modulo p, edge values included. */
class FpTest {
  private static final BigInteger P = Fp.P;

  private static List<BigInteger> samples() {
    final List<BigInteger> values = new ArrayList<>();
    for (final long small : new long[] {0, 1, 2, 3, 9}) {
      values.add(BigInteger.valueOf(small));
    }
    values.add(P.subtract(BigInteger.ONE));
    values.add(P.subtract(BigInteger.TWO));
    values.add(P.shiftRight(1));
    values.add(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    values.add(BigInteger.ONE.shiftLeft(64));
    values.add(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
    values.add(BigInteger.ONE.shiftLeft(192));
    values.add(BigInteger.ONE.shiftLeft(253));
    final Random random = new Random(254);
    for (int i = 0; i < 60; i++) {
      values.add(new BigInteger(254, random).mod(P));
    }
    return values;
  }

  @Test
  void fieldOperationsAgreeWithBigIntegerArithmeticModP() {
    final List<BigInteger> values = samples();
    for (final BigInteger a : values) {
      final Fp fa = Fp.of(a);
      assertThat(fa.toBigInteger()).isEqualTo(a);
      assertThat(fa.neg().toBigInteger()).isEqualTo(a.negate().mod(P));
      assertThat(fa.square().toBigInteger()).isEqualTo(a.multiply(a).mod(P));
      if (a.signum() != 0) {
        assertThat(fa.inverse().toBigInteger()).isEqualTo(a.modInverse(P));
      }
      for (final BigInteger b : values) {
        final Fp fb = Fp.of(b);
        assertThat(fa.add(fb).toBigInteger()).as("%s + %s", a, b).isEqualTo(a.add(b).mod(P));
        assertThat(fa.sub(fb).toBigInteger()).as("%s - %s", a, b).isEqualTo(a.subtract(b).mod(P));
        assertThat(fa.mul(fb).toBigInteger()).as("%s * %s", a, b).isEqualTo(a.multiply(b).mod(P));
        assertThat(fa.equals(fb)).isEqualTo(a.equals(b));
      }
    }
  }

  @Test
  void inverseAgreesWithModInverseOnManyRandomValues() {
    final Random random = new Random(4);
    for (int i = 0; i < 3000; i++) {
      final BigInteger a = new BigInteger(254, random).mod(P);
      if (a.signum() != 0) {
        assertThat(Fp.of(a).inverse().toBigInteger()).as("1/%s", a).isEqualTo(a.modInverse(P));
        assertThat(Fp.of(a).inverse().mul(Fp.of(a))).isEqualTo(Fp.ONE);
      }
    }
  }

  @Test
  void valuesAreReducedModP() {
    assertThat(Fp.of(P)).isEqualTo(Fp.ZERO);
    assertThat(Fp.of(P.add(BigInteger.ONE))).isEqualTo(Fp.ONE);
  }
}

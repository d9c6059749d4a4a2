package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;

/**
 * An element a + b·w of Fp12 = Fp6[w]/(w^2 - v). Since v^3 = ξ, w^6 = ξ, and the element equals
 * a0 + b0·w + a1·w^2 + b1·w^3 + a2·w^4 + b2·w^5 with coefficients in Fp2, which is how the Frobenius map is applied.
 */
final class Fp12 {
  static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

  /** γ_i = ξ^(i(p-1)/6): (c·w^i)^p = conj(c)·γ_i·w^i. */
  private static final Fp2[] FROBENIUS_GAMMA = new Fp2[6];

  static {
    final BigInteger sixth = Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
    for (int i = 0; i < 6; i++) {
      FROBENIUS_GAMMA[i] = Fp2.XI.pow(sixth.multiply(BigInteger.valueOf(i)));
    }
  }

  final Fp6 a;
  final Fp6 b;

  Fp12(final Fp6 a, final Fp6 b) {
    this.a = a;
    this.b = b;
  }

  boolean isOne() {
    return a.equals(Fp6.ONE) && b.isZero();
  }

  Fp12 mul(final Fp12 o) {
    // (a0 + a1 w)(b0 + b1 w) = a0 b0 + a1 b1 v + ((a0 + a1)(b0 + b1) - a0 b0 - a1 b1) w
    final Fp6 t0 = a.mul(o.a);
    final Fp6 t1 = b.mul(o.b);
    final Fp6 cross = a.add(b).mul(o.a.add(o.b)).sub(t0).sub(t1);
    return new Fp12(t0.add(t1.mulByV()), cross);
  }

  Fp12 square() {
    // Complex squaring: (a + b w)^2 = (a + b)(a + b v) - ab - ab v + 2ab w, two Fp6 products instead of three.
    final Fp6 ab = a.mul(b);
    final Fp6 c0 = a.add(b).mul(a.add(b.mulByV())).sub(ab).sub(ab.mulByV());
    return new Fp12(c0, ab.add(ab));
  }

  /**
   * Multiplication by a line value l0 + (l1 + l2·v)·w, the shape {@link Bn254}'s lines have (l0 in Fp, as an Fp2
   * with zero imaginary part): twelve Fp2 products instead of eighteen.
   */
  Fp12 mulByLine(final Fp2 l0, final Fp2 l1, final Fp2 l2) {
    final Fp6 t0 = new Fp6(a.c0.mul(l0), a.c1.mul(l0), a.c2.mul(l0));
    final Fp6 t1 = mulBySparse(b, l1, l2);
    final Fp6 cross = mulBySparse(a.add(b), l0.add(l1), l2).sub(t0).sub(t1);
    return new Fp12(t0.add(t1.mulByV()), cross);
  }

  /** (c0 + c1 v + c2 v^2)(s0 + s1 v) with v^3 = ξ. */
  private static Fp6 mulBySparse(final Fp6 c, final Fp2 s0, final Fp2 s1) {
    return new Fp6(
        c.c0.mul(s0).add(c.c2.mul(s1).mulByXi()),
        c.c0.mul(s1).add(c.c1.mul(s0)),
        c.c1.mul(s1).add(c.c2.mul(s0)));
  }

  /**
   * The square of an element of the cyclotomic subgroup (norm 1 over Fp6 and Fp4: every value after the easy part
   * of the final exponentiation), by Granger and Scott, "Faster squaring in the cyclotomic subgroup of sixth degree
   * extensions", 2010: six Fp2 squarings instead of two Fp6 products. Wrong for other elements.
   */
  Fp12 cyclotomicSquare() {
    final Fp2 x0 = a.c0;
    final Fp2 x1 = a.c1;
    final Fp2 x2 = a.c2;
    final Fp2 x3 = b.c0;
    final Fp2 x4 = b.c1;
    final Fp2 x5 = b.c2;
    Fp2 t0 = x4.square();
    final Fp2 t1 = x0.square();
    final Fp2 t6 = x4.add(x0).square().sub(t0).sub(t1); // 2·x4·x0
    Fp2 t2 = x2.square();
    final Fp2 t3 = x3.square();
    final Fp2 t7 = x2.add(x3).square().sub(t2).sub(t3); // 2·x2·x3
    Fp2 t4 = x5.square();
    final Fp2 t5 = x1.square();
    final Fp2 t8 = x5.add(x1).square().sub(t4).sub(t5).mulByXi(); // 2·x5·x1·ξ
    t0 = t0.mulByXi().add(t1); // x4²ξ + x0²
    t2 = t2.mulByXi().add(t3); // x2²ξ + x3²
    t4 = t4.mulByXi().add(t5); // x5²ξ + x1²
    return new Fp12(
        new Fp6(t0.sub(x0).twice().add(t0), t2.sub(x1).twice().add(t2), t4.sub(x2).twice().add(t4)),
        new Fp6(t8.add(x3).twice().add(t8), t6.add(x4).twice().add(t6), t7.add(x5).twice().add(t7)));
  }

  /** x^exponent for x in the cyclotomic subgroup, squaring with {@link #cyclotomicSquare}. */
  Fp12 cyclotomicPow(final BigInteger exponent) {
    Fp12 result = ONE;
    for (int i = exponent.bitLength() - 1; i >= 0; i--) {
      result = result.cyclotomicSquare();
      if (exponent.testBit(i)) {
        result = result.mul(this);
      }
    }
    return result;
  }

  /** The conjugate a - b·w, which is x^(p^6). */
  Fp12 conjugate() {
    return new Fp12(a, b.neg());
  }

  Fp12 inverse() {
    // 1 / (a + b w) = (a - b w) / (a^2 - b^2 v)
    final Fp6 denominator = a.mul(a).sub(b.mul(b).mulByV());
    final Fp6 inv = denominator.inverse();
    return new Fp12(a.mul(inv), b.neg().mul(inv));
  }

  /** x^p. */
  Fp12 frobenius() {
    return new Fp12(
        new Fp6(
            a.c0.conjugate().mul(FROBENIUS_GAMMA[0]),
            a.c1.conjugate().mul(FROBENIUS_GAMMA[2]),
            a.c2.conjugate().mul(FROBENIUS_GAMMA[4])),
        new Fp6(
            b.c0.conjugate().mul(FROBENIUS_GAMMA[1]),
            b.c1.conjugate().mul(FROBENIUS_GAMMA[3]),
            b.c2.conjugate().mul(FROBENIUS_GAMMA[5])));
  }

  Fp12 pow(final BigInteger exponent) {
    Fp12 result = ONE;
    for (int i = exponent.bitLength() - 1; i >= 0; i--) {
      result = result.square();
      if (exponent.testBit(i)) {
        result = result.mul(this);
      }
    }
    return result;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp12 other && a.equals(other.a) && b.equals(other.b);
  }

  @Override
  public int hashCode() {
    return a.hashCode() * 31 + b.hashCode();
  }
}

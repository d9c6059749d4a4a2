package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;
import java.util.Objects;

/** An element a + b·i of Fp2 = Fp[i]/(i^2 + 1). Immutable. */
public final class Fp2 {
  public static final Fp2 ZERO = new Fp2(BigInteger.ZERO, BigInteger.ZERO);
  public static final Fp2 ONE = new Fp2(BigInteger.ONE, BigInteger.ZERO);
  /** ξ = 9 + i: the sextic non-residue the towers and the twist are built on. */
  public static final Fp2 XI = new Fp2(BigInteger.valueOf(9), BigInteger.ONE);

  private static final BigInteger NINE = BigInteger.valueOf(9);

  final BigInteger a;
  final BigInteger b;

  private Fp2(final BigInteger a, final BigInteger b) {
    this.a = a;
    this.b = b;
  }

  /** The element {@code real + imaginary·i}; both must already be in [0, p). */
  public static Fp2 of(final BigInteger real, final BigInteger imaginary) {
    return new Fp2(real, imaginary);
  }

  public BigInteger real() {
    return a;
  }

  public BigInteger imaginary() {
    return b;
  }

  public boolean isZero() {
    return a.signum() == 0 && b.signum() == 0;
  }

  Fp2 add(final Fp2 o) {
    return new Fp2(Fp.add(a, o.a), Fp.add(b, o.b));
  }

  Fp2 sub(final Fp2 o) {
    return new Fp2(Fp.sub(a, o.a), Fp.sub(b, o.b));
  }

  Fp2 neg() {
    return new Fp2(Fp.neg(a), Fp.neg(b));
  }

  Fp2 mul(final Fp2 o) {
    // Karatsuba: three products, two reductions.
    final BigInteger aa = a.multiply(o.a);
    final BigInteger bb = b.multiply(o.b);
    final BigInteger cross = a.add(b).multiply(o.a.add(o.b));
    return new Fp2(aa.subtract(bb).mod(Fp.P), cross.subtract(aa).subtract(bb).mod(Fp.P));
  }

  Fp2 square() {
    // (a + bi)^2 = (a + b)(a - b) + 2ab·i
    return new Fp2(a.add(b).multiply(a.subtract(b)).mod(Fp.P), a.multiply(b).shiftLeft(1).mod(Fp.P));
  }

  Fp2 mul(final BigInteger scalar) {
    return new Fp2(Fp.mul(a, scalar), Fp.mul(b, scalar));
  }

  /** Multiplication by ξ = 9 + i: (9a - b) + (a + 9b)·i. */
  Fp2 mulByXi() {
    return new Fp2(NINE.multiply(a).subtract(b).mod(Fp.P), a.add(NINE.multiply(b)).mod(Fp.P));
  }

  /** The Frobenius map x -> x^p, which on Fp2 is conjugation. */
  Fp2 conjugate() {
    return new Fp2(a, Fp.neg(b));
  }

  Fp2 inverse() {
    final BigInteger norm = a.multiply(a).add(b.multiply(b)).mod(Fp.P);
    final BigInteger inv = Fp.inv(norm);
    return new Fp2(Fp.mul(a, inv), Fp.mul(Fp.neg(b), inv));
  }

  Fp2 pow(final BigInteger exponent) {
    Fp2 result = ONE;
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
    return o instanceof Fp2 other && a.equals(other.a) && b.equals(other.b);
  }

  @Override
  public int hashCode() {
    return Objects.hash(a, b);
  }

  @Override
  public String toString() {
    return a + " + " + b + "i";
  }
}

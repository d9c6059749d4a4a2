package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;
import java.util.Objects;

/** An element a + b·i of Fp2 = Fp[i]/(i^2 + 1). Immutable. */
public final class Fp2 {
  public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
  public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
  /** ξ = 9 + i: the sextic non-residue the towers and the twist are built on. */
  public static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

  final Fp a;
  final Fp b;

  private Fp2(final Fp a, final Fp b) {
    this.a = a;
    this.b = b;
  }

  /** The element {@code real + imaginary·i}; both must already be in [0, p). */
  public static Fp2 of(final BigInteger real, final BigInteger imaginary) {
    return new Fp2(Fp.of(real), Fp.of(imaginary));
  }

  static Fp2 of(final Fp real, final Fp imaginary) {
    return new Fp2(real, imaginary);
  }

  /** An element of Fp seen in Fp2. */
  static Fp2 ofReal(final Fp real) {
    return new Fp2(real, Fp.ZERO);
  }

  public BigInteger real() {
    return a.toBigInteger();
  }

  public BigInteger imaginary() {
    return b.toBigInteger();
  }

  public boolean isZero() {
    return a.isZero() && b.isZero();
  }

  Fp2 add(final Fp2 o) {
    return new Fp2(a.add(o.a), b.add(o.b));
  }

  Fp2 sub(final Fp2 o) {
    return new Fp2(a.sub(o.a), b.sub(o.b));
  }

  Fp2 neg() {
    return new Fp2(a.neg(), b.neg());
  }

  Fp2 twice() {
    return new Fp2(a.twice(), b.twice());
  }

  Fp2 mul(final Fp2 o) {
    // Karatsuba: three products.
    final Fp aa = a.mul(o.a);
    final Fp bb = b.mul(o.b);
    final Fp cross = a.add(b).mul(o.a.add(o.b));
    return new Fp2(aa.sub(bb), cross.sub(aa).sub(bb));
  }

  Fp2 square() {
    // (a + bi)^2 = (a + b)(a - b) + 2ab·i
    return new Fp2(a.add(b).mul(a.sub(b)), a.mul(b).twice());
  }

  Fp2 mul(final Fp scalar) {
    return new Fp2(a.mul(scalar), b.mul(scalar));
  }

  /** Multiplication by ξ = 9 + i: (9a - b) + (a + 9b)·i. */
  Fp2 mulByXi() {
    return new Fp2(times9(a).sub(b), a.add(times9(b)));
  }

  private static Fp times9(final Fp x) {
    return x.twice().twice().twice().add(x);
  }

  /** The Frobenius map x -> x^p, which on Fp2 is conjugation. */
  Fp2 conjugate() {
    return new Fp2(a, b.neg());
  }

  Fp2 inverse() {
    final Fp norm = a.square().add(b.square());
    final Fp inv = norm.inverse();
    return new Fp2(a.mul(inv), b.neg().mul(inv));
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

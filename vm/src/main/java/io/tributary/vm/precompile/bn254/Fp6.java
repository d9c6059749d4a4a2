package io.tributary.vm.precompile.bn254;

/** An element c0 + c1·v + c2·v^2 of Fp6 = Fp2[v]/(v^3 - ξ). Immutable. */
final class Fp6 {
  static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
  static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

  final Fp2 c0;
  final Fp2 c1;
  final Fp2 c2;

  Fp6(final Fp2 c0, final Fp2 c1, final Fp2 c2) {
    this.c0 = c0;
    this.c1 = c1;
    this.c2 = c2;
  }

  boolean isZero() {
    return c0.isZero() && c1.isZero() && c2.isZero();
  }

  Fp6 add(final Fp6 o) {
    return new Fp6(c0.add(o.c0), c1.add(o.c1), c2.add(o.c2));
  }

  Fp6 sub(final Fp6 o) {
    return new Fp6(c0.sub(o.c0), c1.sub(o.c1), c2.sub(o.c2));
  }

  Fp6 neg() {
    return new Fp6(c0.neg(), c1.neg(), c2.neg());
  }

  Fp6 mul(final Fp6 o) {
    // Karatsuba over the three coefficients: six Fp2 products instead of nine.
    final Fp2 t0 = c0.mul(o.c0);
    final Fp2 t1 = c1.mul(o.c1);
    final Fp2 t2 = c2.mul(o.c2);
    final Fp2 r0 = c1.add(c2).mul(o.c1.add(o.c2)).sub(t1).sub(t2).mulByXi().add(t0);
    final Fp2 r1 = c0.add(c1).mul(o.c0.add(o.c1)).sub(t0).sub(t1).add(t2.mulByXi());
    final Fp2 r2 = c0.add(c2).mul(o.c0.add(o.c2)).sub(t0).sub(t2).add(t1);
    return new Fp6(r0, r1, r2);
  }

  /** Multiplication by v: (c0, c1, c2)·v = (ξ·c2, c0, c1). */
  Fp6 mulByV() {
    return new Fp6(c2.mulByXi(), c0, c1);
  }

  Fp6 inverse() {
    final Fp2 t0 = c0.square().sub(c1.mul(c2).mulByXi());
    final Fp2 t1 = c2.square().mulByXi().sub(c0.mul(c1));
    final Fp2 t2 = c1.square().sub(c0.mul(c2));
    final Fp2 factor = c0.mul(t0).add(c2.mul(t1).mulByXi()).add(c1.mul(t2).mulByXi());
    final Fp2 inv = factor.inverse();
    return new Fp6(t0.mul(inv), t1.mul(inv), t2.mul(inv));
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp6 other && c0.equals(other.c0) && c1.equals(other.c1) && c2.equals(other.c2);
  }

  @Override
  public int hashCode() {
    return c0.hashCode() * 961 + c1.hashCode() * 31 + c2.hashCode();
  }
}

package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A point of the sextic twist E': y^2 = x^3 + 3/ξ over Fp2, in affine coordinates; G2 is its subgroup of order r.
 * EIP-197 encodes it as 128 bytes: x.imaginary, x.real, y.imaginary, y.real; (0, 0, 0, 0) is infinity.
 */
public final class G2Point {
  public static final G2Point INFINITY = new G2Point(Fp2.ZERO, Fp2.ZERO, true);
  static final Fp2 B = Fp2.of(BigInteger.valueOf(3), BigInteger.ZERO).mul(Fp2.XI.inverse());

  /** The Frobenius map on the twist: (x, y) -> (conj(x)·ξ^((p-1)/3), conj(y)·ξ^((p-1)/2)). */
  private static final Fp2 FROBENIUS_X = Fp2.XI.pow(Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
  private static final BigInteger U = new BigInteger("4965661367192848881");
  private static final Fp2 FROBENIUS_Y = Fp2.XI.pow(Fp.P.subtract(BigInteger.ONE).shiftRight(1));

  final Fp2 x;
  final Fp2 y;
  private final boolean infinity;

  G2Point(final Fp2 x, final Fp2 y, final boolean infinity) {
    this.x = x;
    this.y = y;
    this.infinity = infinity;
  }

  /**
   * The point that 128 bytes encode, or empty when a coordinate is not below p, the point is not on the twist, or it is
   * not in the order-r subgroup.
   */
  public static Optional<G2Point> decode(final Bytes encoded) {
    if (encoded.size() != 128) {
      throw new IllegalArgumentException("a G2 point is 128 bytes");
    }
    final BigInteger xIm = encoded.slice(0, 32).toUnsignedBigInteger();
    final BigInteger xRe = encoded.slice(32, 32).toUnsignedBigInteger();
    final BigInteger yIm = encoded.slice(64, 32).toUnsignedBigInteger();
    final BigInteger yRe = encoded.slice(96, 32).toUnsignedBigInteger();
    if (xIm.compareTo(Fp.P) >= 0 || xRe.compareTo(Fp.P) >= 0 || yIm.compareTo(Fp.P) >= 0
        || yRe.compareTo(Fp.P) >= 0) {
      return Optional.empty();
    }
    final Fp2 x = Fp2.of(xRe, xIm);
    final Fp2 y = Fp2.of(yRe, yIm);
    if (x.isZero() && y.isZero()) {
      return Optional.of(INFINITY);
    }
    final G2Point point = new G2Point(x, y, false);
    if (!point.isOnCurve() || !point.isInSubgroup()) {
      return Optional.empty();
    }
    return Optional.of(point);
  }

  public boolean isInfinity() {
    return infinity;
  }

  /**
   * Whether this point of the twist lies in the order-r subgroup G2. With ψ the twisted Frobenius ({@link
   * #frobenius}), Q is in G2 exactly when [u+1]Q + ψ([u]Q) + ψ²([u]Q) = ψ³([2u]Q) (Scott, "A note on group
   * membership tests for G1, G2 and GT on BLS pairing-friendly curves", 2021; El Housni, Guillevic, Piellard, 2022,
   * for BN curves): a 63-bit multiplication instead of one by the 254-bit r.
   */
  boolean isInSubgroup() {
    if (infinity) {
      return true;
    }
    final G2Point uq = multiply(U);
    final G2Point left = uq.add(this).add(uq.frobenius()).add(uq.frobenius().frobenius());
    final G2Point right = uq.add(uq).frobenius().frobenius().frobenius();
    return left.equals(right);
  }

  /** The subgroup check by definition, r·Q = O: the test oracle of {@link #isInSubgroup}. */
  boolean isInSubgroupByDefinition() {
    return multiply(Bn254.CURVE_ORDER).isInfinity();
  }

  boolean isOnCurve() {
    return infinity || y.square().equals(x.square().mul(x).add(B));
  }

  public Bytes encode() {
    return Bytes.concatenate(word(x.imaginary()), word(x.real()), word(y.imaginary()), word(y.real()));
  }

  private static Bytes word(final BigInteger value) {
    return Bytes32.leftPad(Bytes.wrap(G1Point.unsigned(value)));
  }

  G2Point negate() {
    return infinity ? this : new G2Point(x, y.neg(), false);
  }

  /** The twisted image of the p-power Frobenius endomorphism. */
  G2Point frobenius() {
    return infinity ? this : new G2Point(x.conjugate().mul(FROBENIUS_X), y.conjugate().mul(FROBENIUS_Y), false);
  }

  /** The slope of the line through this and {@code o} (the tangent when equal), or null when it is vertical. */
  Fp2 slopeTo(final G2Point o) {
    if (x.equals(o.x)) {
      if (!y.equals(o.y) || y.isZero()) {
        return null;
      }
      final Fp2 xx = x.square();
      return xx.twice().add(xx).mul(y.twice().inverse());
    }
    return o.y.sub(y).mul(o.x.sub(x).inverse());
  }

  public G2Point add(final G2Point o) {
    if (infinity) {
      return o;
    }
    if (o.infinity) {
      return this;
    }
    final Fp2 slope = slopeTo(o);
    if (slope == null) {
      return INFINITY;
    }
    return addWithSlope(o, slope);
  }

  G2Point addWithSlope(final G2Point o, final Fp2 slope) {
    final Fp2 x3 = slope.square().sub(x).sub(o.x);
    final Fp2 y3 = slope.mul(x.sub(x3)).sub(y);
    return new G2Point(x3, y3, false);
  }

  /** {@code scalar · this}, double-and-add in Jacobian coordinates (one inversion at the end). */
  public G2Point multiply(final BigInteger scalar) {
    if (infinity || scalar.signum() == 0) {
      return INFINITY;
    }
    Fp2[] acc = null; // null is infinity; otherwise {X, Y, Z} with x = X/Z^2, y = Y/Z^3
    for (int i = scalar.bitLength() - 1; i >= 0; i--) {
      if (acc != null) {
        acc = jacobianDouble(acc);
      }
      if (scalar.testBit(i)) {
        acc = acc == null ? new Fp2[] {x, y, Fp2.ONE} : jacobianAddAffine(acc);
      }
    }
    if (acc == null) {
      return INFINITY;
    }
    final Fp2 zInv = acc[2].inverse();
    final Fp2 zInv2 = zInv.square();
    return new G2Point(acc[0].mul(zInv2), acc[1].mul(zInv2).mul(zInv), false);
  }

  /** "dbl-2009-l" for a = 0; null (infinity) when y = 0. */
  private static Fp2[] jacobianDouble(final Fp2[] p) {
    if (p[1].isZero()) {
      return null;
    }
    final Fp2 a = p[0].square();
    final Fp2 b = p[1].square();
    final Fp2 c = b.square();
    final Fp2 xb = p[0].add(b);
    Fp2 d = xb.square().sub(a).sub(c);
    d = d.add(d);
    final Fp2 e = a.add(a).add(a);
    final Fp2 f = e.square();
    final Fp2 x3 = f.sub(d).sub(d);
    Fp2 c8 = c.add(c);
    c8 = c8.add(c8);
    c8 = c8.add(c8);
    final Fp2 y3 = e.mul(d.sub(x3)).sub(c8);
    final Fp2 yz = p[1].mul(p[2]);
    return new Fp2[] {x3, y3, yz.add(yz)};
  }

  /** p + this with this affine ("madd-2007-bl"); handles p = this (doubling) and p = -this (infinity). */
  private Fp2[] jacobianAddAffine(final Fp2[] p) {
    final Fp2 z1z1 = p[2].square();
    final Fp2 u2 = x.mul(z1z1);
    final Fp2 s2 = y.mul(p[2]).mul(z1z1);
    final Fp2 h = u2.sub(p[0]);
    final Fp2 rr = s2.sub(p[1]);
    if (h.isZero()) {
      return rr.isZero() ? jacobianDouble(p) : null;
    }
    final Fp2 r = rr.add(rr);
    final Fp2 hh = h.square();
    Fp2 i = hh.add(hh);
    i = i.add(i);
    final Fp2 j = h.mul(i);
    final Fp2 v = p[0].mul(i);
    final Fp2 x3 = r.square().sub(j).sub(v).sub(v);
    final Fp2 yj = p[1].mul(j);
    final Fp2 y3 = r.mul(v.sub(x3)).sub(yj).sub(yj);
    final Fp2 z3 = p[2].add(h).square().sub(z1z1).sub(hh);
    return new Fp2[] {x3, y3, z3};
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof G2Point other && infinity == other.infinity && x.equals(other.x) && y.equals(other.y);
  }

  @Override
  public int hashCode() {
    return Objects.hash(x, y, infinity);
  }

  @Override
  public String toString() {
    return infinity ? "G2(infinity)" : "G2(" + x + ", " + y + ")";
  }
}

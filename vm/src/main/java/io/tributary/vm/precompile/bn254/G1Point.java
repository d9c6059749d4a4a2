package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A point of G1: y^2 = x^3 + 3 over Fp, in affine coordinates; the point at infinity is encoded as (0, 0) (EIP-196).
 * G1 has cofactor 1, so every point on the curve is in the group.
 */
public final class G1Point {
  public static final G1Point INFINITY = new G1Point(Fp.ZERO, Fp.ZERO, true);
  static final Fp B = Fp.of(3);

  final Fp x;
  final Fp y;
  private final boolean infinity;

  private G1Point(final Fp x, final Fp y, final boolean infinity) {
    this.x = x;
    this.y = y;
    this.infinity = infinity;
  }

  /**
   * The point that 64 bytes (x || y, big-endian) encode, or empty when a coordinate is not below p or the point is not
   * on the curve.
   */
  public static Optional<G1Point> decode(final Bytes encoded) {
    if (encoded.size() != 64) {
      throw new IllegalArgumentException("a G1 point is 64 bytes");
    }
    final BigInteger x = encoded.slice(0, 32).toUnsignedBigInteger();
    final BigInteger y = encoded.slice(32, 32).toUnsignedBigInteger();
    if (x.compareTo(Fp.P) >= 0 || y.compareTo(Fp.P) >= 0) {
      return Optional.empty();
    }
    if (x.signum() == 0 && y.signum() == 0) {
      return Optional.of(INFINITY);
    }
    final G1Point point = new G1Point(Fp.of(x), Fp.of(y), false);
    return point.isOnCurve() ? Optional.of(point) : Optional.empty();
  }

  /** An affine point; throws when it is not on the curve. */
  public static G1Point of(final BigInteger x, final BigInteger y) {
    return decode(Bytes.concatenate(Bytes32.leftPad(Bytes.wrap(unsigned(x))), Bytes32.leftPad(Bytes.wrap(unsigned(y)))))
        .orElseThrow(() -> new IllegalArgumentException("not a point of G1"));
  }

  public boolean isInfinity() {
    return infinity;
  }

  boolean isOnCurve() {
    return infinity || y.square().equals(x.square().mul(x).add(B));
  }

  /** 64 bytes x || y; (0, 0) for infinity. */
  public Bytes encode() {
    return Bytes.concatenate(Bytes32.leftPad(Bytes.wrap(unsigned(x.toBigInteger()))),
        Bytes32.leftPad(Bytes.wrap(unsigned(y.toBigInteger()))));
  }

  public G1Point negate() {
    return infinity ? this : new G1Point(x, y.neg(), false);
  }

  public G1Point add(final G1Point o) {
    if (infinity) {
      return o;
    }
    if (o.infinity) {
      return this;
    }
    final Fp slope;
    if (x.equals(o.x)) {
      if (!y.equals(o.y) || y.isZero()) {
        return INFINITY;
      }
      final Fp xx = x.square();
      slope = xx.twice().add(xx).mul(y.twice().inverse());
    } else {
      slope = o.y.sub(y).mul(o.x.sub(x).inverse());
    }
    final Fp x3 = slope.square().sub(x).sub(o.x);
    final Fp y3 = slope.mul(x.sub(x3)).sub(y);
    return new G1Point(x3, y3, false);
  }

  /** {@code scalar · this} for any non-negative scalar: double-and-add in Jacobian coordinates, one inversion. */
  public G1Point multiply(final BigInteger scalar) {
    if (infinity || scalar.signum() == 0) {
      return INFINITY;
    }
    Fp[] acc = null; // null is infinity; otherwise {X, Y, Z} with x = X/Z^2, y = Y/Z^3
    for (int i = scalar.bitLength() - 1; i >= 0; i--) {
      if (acc != null) {
        acc = jacobianDouble(acc);
      }
      if (scalar.testBit(i)) {
        acc = acc == null ? new Fp[] {x, y, Fp.ONE} : jacobianAddAffine(acc);
      }
    }
    if (acc == null) {
      return INFINITY;
    }
    final Fp zInv = acc[2].inverse();
    final Fp zInv2 = zInv.square();
    return new G1Point(acc[0].mul(zInv2), acc[1].mul(zInv2).mul(zInv), false);
  }

  /** "dbl-2009-l" for a = 0; null (infinity) when y = 0. */
  private static Fp[] jacobianDouble(final Fp[] p) {
    if (p[1].isZero()) {
      return null;
    }
    final Fp a = p[0].square();
    final Fp b = p[1].square();
    final Fp c = b.square();
    final Fp d = p[0].add(b).square().sub(a).sub(c).twice();
    final Fp e = a.twice().add(a);
    final Fp f = e.square();
    final Fp x3 = f.sub(d).sub(d);
    final Fp y3 = e.mul(d.sub(x3)).sub(c.twice().twice().twice());
    return new Fp[] {x3, y3, p[1].mul(p[2]).twice()};
  }

  /** p + this with this affine ("madd-2007-bl"); handles p = this (doubling) and p = -this (infinity). */
  private Fp[] jacobianAddAffine(final Fp[] p) {
    final Fp z1z1 = p[2].square();
    final Fp u2 = x.mul(z1z1);
    final Fp s2 = y.mul(p[2]).mul(z1z1);
    final Fp h = u2.sub(p[0]);
    final Fp rr = s2.sub(p[1]);
    if (h.isZero()) {
      return rr.isZero() ? jacobianDouble(p) : null;
    }
    final Fp r = rr.twice();
    final Fp hh = h.square();
    final Fp i = hh.twice().twice();
    final Fp j = h.mul(i);
    final Fp v = p[0].mul(i);
    final Fp x3 = r.square().sub(j).sub(v).sub(v);
    final Fp y3 = r.mul(v.sub(x3)).sub(p[1].mul(j).twice());
    final Fp z3 = p[2].add(h).square().sub(z1z1).sub(hh);
    return new Fp[] {x3, y3, z3};
  }

  static byte[] unsigned(final BigInteger value) {
    final byte[] b = value.toByteArray();
    return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof G1Point other && infinity == other.infinity && x.equals(other.x) && y.equals(other.y);
  }

  @Override
  public int hashCode() {
    return Objects.hash(x, y, infinity);
  }

  @Override
  public String toString() {
    return infinity ? "G1(infinity)" : "G1(" + x + ", " + y + ")";
  }
}

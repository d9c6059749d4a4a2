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
  public static final G1Point INFINITY = new G1Point(BigInteger.ZERO, BigInteger.ZERO, true);
  static final BigInteger B = BigInteger.valueOf(3);
  private static final BigInteger THREE = BigInteger.valueOf(3);

  final BigInteger x;
  final BigInteger y;
  private final boolean infinity;

  private G1Point(final BigInteger x, final BigInteger y, final boolean infinity) {
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
    final G1Point point = new G1Point(x, y, false);
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
    return infinity || Fp.mul(y, y).equals(Fp.add(Fp.mul(Fp.mul(x, x), x), B));
  }

  /** 64 bytes x || y; (0, 0) for infinity. */
  public Bytes encode() {
    return Bytes.concatenate(
        Bytes32.leftPad(Bytes.wrap(unsigned(x))), Bytes32.leftPad(Bytes.wrap(unsigned(y))));
  }

  public G1Point negate() {
    return infinity ? this : new G1Point(x, Fp.neg(y), false);
  }

  public G1Point add(final G1Point o) {
    if (infinity) {
      return o;
    }
    if (o.infinity) {
      return this;
    }
    final BigInteger slope;
    if (x.equals(o.x)) {
      if (!y.equals(o.y) || y.signum() == 0) {
        return INFINITY;
      }
      slope = Fp.mul(Fp.mul(THREE, Fp.mul(x, x)), Fp.inv(Fp.add(y, y)));
    } else {
      slope = Fp.mul(Fp.sub(o.y, y), Fp.inv(Fp.sub(o.x, x)));
    }
    final BigInteger x3 = Fp.sub(Fp.sub(Fp.mul(slope, slope), x), o.x);
    final BigInteger y3 = Fp.sub(Fp.mul(slope, Fp.sub(x, x3)), y);
    return new G1Point(x3, y3, false);
  }

  /** {@code scalar · this} for any non-negative scalar: double-and-add in Jacobian coordinates, one inversion. */
  public G1Point multiply(final BigInteger scalar) {
    if (infinity || scalar.signum() == 0) {
      return INFINITY;
    }
    BigInteger[] acc = null; // null is infinity; otherwise {X, Y, Z} with x = X/Z^2, y = Y/Z^3
    for (int i = scalar.bitLength() - 1; i >= 0; i--) {
      if (acc != null) {
        acc = jacobianDouble(acc);
      }
      if (scalar.testBit(i)) {
        acc = acc == null ? new BigInteger[] {x, y, BigInteger.ONE} : jacobianAddAffine(acc);
      }
    }
    if (acc == null) {
      return INFINITY;
    }
    final BigInteger zInv = Fp.inv(acc[2]);
    final BigInteger zInv2 = Fp.mul(zInv, zInv);
    return new G1Point(Fp.mul(acc[0], zInv2), Fp.mul(Fp.mul(acc[1], zInv2), zInv), false);
  }

  /** "dbl-2009-l" for a = 0; null (infinity) when y = 0. */
  private static BigInteger[] jacobianDouble(final BigInteger[] p) {
    if (p[1].signum() == 0) {
      return null;
    }
    final BigInteger a = Fp.mul(p[0], p[0]);
    final BigInteger b = Fp.mul(p[1], p[1]);
    final BigInteger c = Fp.mul(b, b);
    final BigInteger xb = Fp.add(p[0], b);
    final BigInteger d = Fp.sub(Fp.sub(Fp.mul(xb, xb), a), c).shiftLeft(1).mod(Fp.P);
    final BigInteger e = a.multiply(THREE).mod(Fp.P);
    final BigInteger f = Fp.mul(e, e);
    final BigInteger x3 = Fp.sub(Fp.sub(f, d), d);
    final BigInteger y3 = Fp.sub(Fp.mul(e, Fp.sub(d, x3)), c.shiftLeft(3).mod(Fp.P));
    final BigInteger z3 = Fp.mul(p[1], p[2]).shiftLeft(1).mod(Fp.P);
    return new BigInteger[] {x3, y3, z3};
  }

  /** p + this with this affine ("madd-2007-bl"); handles p = this (doubling) and p = -this (infinity). */
  private BigInteger[] jacobianAddAffine(final BigInteger[] p) {
    final BigInteger z1z1 = Fp.mul(p[2], p[2]);
    final BigInteger u2 = Fp.mul(x, z1z1);
    final BigInteger s2 = Fp.mul(Fp.mul(y, p[2]), z1z1);
    final BigInteger h = Fp.sub(u2, p[0]);
    final BigInteger rr = Fp.sub(s2, p[1]);
    if (h.signum() == 0) {
      return rr.signum() == 0 ? jacobianDouble(p) : null;
    }
    final BigInteger r = rr.shiftLeft(1).mod(Fp.P);
    final BigInteger hh = Fp.mul(h, h);
    final BigInteger i = hh.shiftLeft(2).mod(Fp.P);
    final BigInteger j = Fp.mul(h, i);
    final BigInteger v = Fp.mul(p[0], i);
    final BigInteger x3 = Fp.sub(Fp.sub(Fp.sub(Fp.mul(r, r), j), v), v);
    final BigInteger y3 = Fp.sub(Fp.mul(r, Fp.sub(v, x3)), Fp.mul(p[1], j).shiftLeft(1).mod(Fp.P));
    final BigInteger zh = Fp.add(p[2], h);
    final BigInteger z3 = Fp.sub(Fp.sub(Fp.mul(zh, zh), z1z1), hh);
    return new BigInteger[] {x3, y3, z3};
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

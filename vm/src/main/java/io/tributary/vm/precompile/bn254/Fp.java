package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;

/**
 * An element of the bn254 (alt_bn128) base field: four 64-bit limbs, little-endian, in Montgomery form (a·2^256 mod
 * p), always fully reduced so that equal elements have equal limbs. Immutable. Multiplication is CIOS Montgomery
 * multiplication; unsigned 64-bit products come from {@link Math#multiplyHigh} with the sign correction (the
 * sources target Java 17, which has no unsignedMultiplyHigh). Inversion goes through {@link BigInteger#modInverse}.
 */
public final class Fp {
  /** p = 36u^4 + 36u^3 + 24u^2 + 6u + 1 with u = 4965661367192848881. */
  public static final BigInteger P =
      new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");

  private static final long P0 = P.longValue();
  private static final long P1 = P.shiftRight(64).longValue();
  private static final long P2 = P.shiftRight(128).longValue();
  private static final long P3 = P.shiftRight(192).longValue();
  /** -p^-1 mod 2^64. */
  private static final long INV = BigInteger.ONE.shiftLeft(64).subtract(P.modInverse(BigInteger.ONE.shiftLeft(64)))
      .longValue();
  private static final BigInteger R = BigInteger.ONE.shiftLeft(256).mod(P);
  private static final BigInteger R_INV = R.modInverse(P);

  static final Fp ZERO = new Fp(0, 0, 0, 0);
  static final Fp ONE = of(BigInteger.ONE);
  /** Limbs holding R^3 mod p as they are (not converted): a Montgomery product with it multiplies by R^2. */
  private static final Fp R_CUBED = fromLimbs(R.pow(3).mod(P));

  private final long l0;
  private final long l1;
  private final long l2;
  private final long l3;

  private Fp(final long l0, final long l1, final long l2, final long l3) {
    this.l0 = l0;
    this.l1 = l1;
    this.l2 = l2;
    this.l3 = l3;
  }

  /** The element {@code value mod p}. */
  public static Fp of(final BigInteger value) {
    return fromLimbs(value.mod(P).multiply(R).mod(P));
  }

  static Fp of(final long value) {
    return of(BigInteger.valueOf(value));
  }

  private static Fp fromLimbs(final BigInteger montgomery) {
    return new Fp(montgomery.longValue(), montgomery.shiftRight(64).longValue(),
        montgomery.shiftRight(128).longValue(), montgomery.shiftRight(192).longValue());
  }

  private BigInteger limbsAsBigInteger() {
    final byte[] bytes = new byte[33];
    final long[] limbs = {l3, l2, l1, l0};
    for (int i = 0; i < 4; i++) {
      for (int b = 0; b < 8; b++) {
        bytes[1 + 8 * i + b] = (byte) (limbs[i] >>> (56 - 8 * b));
      }
    }
    return new BigInteger(bytes);
  }

  /** The canonical value in [0, p). */
  public BigInteger toBigInteger() {
    return limbsAsBigInteger().multiply(R_INV).mod(P);
  }

  boolean isZero() {
    return (l0 | l1 | l2 | l3) == 0;
  }

  Fp add(final Fp o) {
    long s0 = l0 + o.l0;
    long c = Long.compareUnsigned(s0, l0) < 0 ? 1 : 0;
    long s1 = l1 + o.l1;
    long c1 = Long.compareUnsigned(s1, l1) < 0 ? 1 : 0;
    s1 += c;
    c1 |= (s1 == 0 && c == 1) ? 1 : 0;
    long s2 = l2 + o.l2;
    long c2 = Long.compareUnsigned(s2, l2) < 0 ? 1 : 0;
    s2 += c1;
    c2 |= (s2 == 0 && c1 == 1) ? 1 : 0;
    long s3 = l3 + o.l3 + c2; // p < 2^254: no carry out of the top limb
    return reduceOnce(s0, s1, s2, s3);
  }

  Fp sub(final Fp o) {
    final long d0 = l0 - o.l0;
    long b = Long.compareUnsigned(l0, o.l0) < 0 ? 1 : 0;
    final long d1 = l1 - o.l1 - b;
    b = (Long.compareUnsigned(l1, o.l1) < 0 || (l1 == o.l1 && b == 1)) ? 1 : 0;
    final long d2 = l2 - o.l2 - b;
    b = (Long.compareUnsigned(l2, o.l2) < 0 || (l2 == o.l2 && b == 1)) ? 1 : 0;
    final long d3 = l3 - o.l3 - b;
    b = (Long.compareUnsigned(l3, o.l3) < 0 || (l3 == o.l3 && b == 1)) ? 1 : 0;
    if (b == 0) {
      return new Fp(d0, d1, d2, d3);
    }
    return addP(d0, d1, d2, d3);
  }

  Fp neg() {
    return isZero() ? this : ZERO.sub(this);
  }

  Fp twice() {
    return add(this);
  }

  /**
   * CIOS Montgomery multiplication, unrolled, in the "no-carry" form (gnark-crypto's): since the top limb of p is
   * below 2^63 - 1, the running sum never needs a fifth limb. For each limb o_i: t += this·o_i and t = (t + m·p) / 2^64
   * with m = t_0·(-p^-1) mod 2^64, interleaved. t stays below 2p, so one conditional subtraction reduces it.
   */
  Fp mul(final Fp o) {
    long t0 = 0;
    long t1 = 0;
    long t2 = 0;
    long t3 = 0;
    long A;
    long C;
    long m;
    long lo;
    long hi;
    long s;
    // limb 0 of o
    lo = l0 * o.l0;
    hi = mulHi(l0, o.l0);
    s = lo + t0;
    A = hi + carry(lo, t0, s);
    t0 = s;
    m = t0 * INV;
    lo = m * P0;
    hi = mulHi(m, P0);
    s = lo + t0;
    C = hi + carry(lo, t0, s);
    lo = l1 * o.l0;
    hi = mulHi(l1, o.l0);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t1 = s;
    A = hi;
    lo = m * P1;
    hi = mulHi(m, P1);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t0 = s;
    C = hi;
    lo = l2 * o.l0;
    hi = mulHi(l2, o.l0);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t2 = s;
    A = hi;
    lo = m * P2;
    hi = mulHi(m, P2);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t1 = s;
    C = hi;
    lo = l3 * o.l0;
    hi = mulHi(l3, o.l0);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t3 = s;
    A = hi;
    lo = m * P3;
    hi = mulHi(m, P3);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t2 = s;
    C = hi;
    t3 = C + A;
    // limb 1 of o
    lo = l0 * o.l1;
    hi = mulHi(l0, o.l1);
    s = lo + t0;
    A = hi + carry(lo, t0, s);
    t0 = s;
    m = t0 * INV;
    lo = m * P0;
    hi = mulHi(m, P0);
    s = lo + t0;
    C = hi + carry(lo, t0, s);
    lo = l1 * o.l1;
    hi = mulHi(l1, o.l1);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t1 = s;
    A = hi;
    lo = m * P1;
    hi = mulHi(m, P1);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t0 = s;
    C = hi;
    lo = l2 * o.l1;
    hi = mulHi(l2, o.l1);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t2 = s;
    A = hi;
    lo = m * P2;
    hi = mulHi(m, P2);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t1 = s;
    C = hi;
    lo = l3 * o.l1;
    hi = mulHi(l3, o.l1);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t3 = s;
    A = hi;
    lo = m * P3;
    hi = mulHi(m, P3);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t2 = s;
    C = hi;
    t3 = C + A;
    // limb 2 of o
    lo = l0 * o.l2;
    hi = mulHi(l0, o.l2);
    s = lo + t0;
    A = hi + carry(lo, t0, s);
    t0 = s;
    m = t0 * INV;
    lo = m * P0;
    hi = mulHi(m, P0);
    s = lo + t0;
    C = hi + carry(lo, t0, s);
    lo = l1 * o.l2;
    hi = mulHi(l1, o.l2);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t1 = s;
    A = hi;
    lo = m * P1;
    hi = mulHi(m, P1);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t0 = s;
    C = hi;
    lo = l2 * o.l2;
    hi = mulHi(l2, o.l2);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t2 = s;
    A = hi;
    lo = m * P2;
    hi = mulHi(m, P2);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t1 = s;
    C = hi;
    lo = l3 * o.l2;
    hi = mulHi(l3, o.l2);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t3 = s;
    A = hi;
    lo = m * P3;
    hi = mulHi(m, P3);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t2 = s;
    C = hi;
    t3 = C + A;
    // limb 3 of o
    lo = l0 * o.l3;
    hi = mulHi(l0, o.l3);
    s = lo + t0;
    A = hi + carry(lo, t0, s);
    t0 = s;
    m = t0 * INV;
    lo = m * P0;
    hi = mulHi(m, P0);
    s = lo + t0;
    C = hi + carry(lo, t0, s);
    lo = l1 * o.l3;
    hi = mulHi(l1, o.l3);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t1 = s;
    A = hi;
    lo = m * P1;
    hi = mulHi(m, P1);
    s = lo + t1;
    hi += carry(lo, t1, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t0 = s;
    C = hi;
    lo = l2 * o.l3;
    hi = mulHi(l2, o.l3);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t2 = s;
    A = hi;
    lo = m * P2;
    hi = mulHi(m, P2);
    s = lo + t2;
    hi += carry(lo, t2, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t1 = s;
    C = hi;
    lo = l3 * o.l3;
    hi = mulHi(l3, o.l3);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + A;
    hi += carry(lo, A, s);
    t3 = s;
    A = hi;
    lo = m * P3;
    hi = mulHi(m, P3);
    s = lo + t3;
    hi += carry(lo, t3, s);
    lo = s;
    s = lo + C;
    hi += carry(lo, C, s);
    t2 = s;
    C = hi;
    t3 = C + A;
    return reduceOnce(t0, t1, t2, t3);
  }

  /** The carry out of {@code sum = a + b} (mod 2^64), branch-free. */
  private static long carry(final long a, final long b, final long sum) {
    return ((a & b) | ((a | b) & ~sum)) >>> 63;
  }

  Fp square() {
    return mul(this);
  }

  /**
   * The inverse, by the binary extended Euclidean algorithm on the limbs (not constant time: every input on this
   * path is public). Inverting the Montgomery limbs aR gives a^-1·R^-1; a Montgomery product with R^3 turns that
   * into a^-1·R, the Montgomery form of a^-1.
   */
  Fp inverse() {
    if (isZero()) {
      throw new ArithmeticException("zero has no inverse");
    }
    final long[] u = {l0, l1, l2, l3};
    final long[] v = {P0, P1, P2, P3};
    final long[] x1 = {1, 0, 0, 0};
    final long[] x2 = {0, 0, 0, 0};
    // Invariants: x1·(aR) = u and x2·(aR) = v (mod p), x1 and x2 in [0, p).
    while (!isOne(u) && !isOne(v)) {
      while ((u[0] & 1) == 0) {
        shiftRight(u);
        halveModP(x1);
      }
      while ((v[0] & 1) == 0) {
        shiftRight(v);
        halveModP(x2);
      }
      if (greaterOrEqual(u, v)) {
        subtract(u, v);
        subtractModP(x1, x2);
      } else {
        subtract(v, u);
        subtractModP(x2, x1);
      }
    }
    final long[] r = isOne(u) ? x1 : x2;
    return new Fp(r[0], r[1], r[2], r[3]).mul(R_CUBED);
  }

  private static boolean isOne(final long[] x) {
    return x[0] == 1 && (x[1] | x[2] | x[3]) == 0;
  }

  private static void shiftRight(final long[] x) {
    x[0] = (x[0] >>> 1) | (x[1] << 63);
    x[1] = (x[1] >>> 1) | (x[2] << 63);
    x[2] = (x[2] >>> 1) | (x[3] << 63);
    x[3] = x[3] >>> 1;
  }

  /** x / 2 mod p for x in [0, p): (x + p) / 2 when x is odd; x + p < 2^255 fits the four limbs. */
  private static void halveModP(final long[] x) {
    if ((x[0] & 1) != 0) {
      addTo(x, P0, P1, P2, P3);
    }
    shiftRight(x);
  }

  private static boolean greaterOrEqual(final long[] a, final long[] b) {
    for (int i = 3; i >= 0; i--) {
      if (a[i] != b[i]) {
        return Long.compareUnsigned(a[i], b[i]) > 0;
      }
    }
    return true;
  }

  /** a -= b, returning the borrow out. */
  private static long subtract(final long[] a, final long[] b) {
    long borrow = 0;
    for (int i = 0; i < 4; i++) {
      final long ai = a[i];
      final long d = ai - b[i] - borrow;
      borrow = (Long.compareUnsigned(ai, b[i]) < 0 || (ai == b[i] && borrow == 1)) ? 1 : 0;
      a[i] = d;
    }
    return borrow;
  }

  /** a = a - b mod p for a, b in [0, p). */
  private static void subtractModP(final long[] a, final long[] b) {
    if (subtract(a, b) != 0) {
      addTo(a, P0, P1, P2, P3);
    }
  }

  /** a += (b0..b3), dropping the carry out of the top limb. */
  private static void addTo(final long[] a, final long b0, final long b1, final long b2, final long b3) {
    final long[] b = {b0, b1, b2, b3};
    long carry = 0;
    for (int i = 0; i < 4; i++) {
      final long s = a[i] + b[i];
      final long c1 = carry(a[i], b[i], s);
      final long s2 = s + carry;
      carry = c1 | carry(s, carry, s2);
      a[i] = s2;
    }
  }

  /** The unsigned high 64 bits of the 128-bit product. */
  private static long mulHi(final long a, final long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** (s0..s3) - p when it is at least p, else itself; the input is below 2p. */
  private static Fp reduceOnce(final long s0, final long s1, final long s2, final long s3) {
    final long d0 = s0 - P0;
    long b = Long.compareUnsigned(s0, P0) < 0 ? 1 : 0;
    final long d1 = s1 - P1 - b;
    b = (Long.compareUnsigned(s1, P1) < 0 || (s1 == P1 && b == 1)) ? 1 : 0;
    final long d2 = s2 - P2 - b;
    b = (Long.compareUnsigned(s2, P2) < 0 || (s2 == P2 && b == 1)) ? 1 : 0;
    final long d3 = s3 - P3 - b;
    b = (Long.compareUnsigned(s3, P3) < 0 || (s3 == P3 && b == 1)) ? 1 : 0;
    return b == 1 ? new Fp(s0, s1, s2, s3) : new Fp(d0, d1, d2, d3);
  }

  /** (d0..d3) + p, dropping the carry out: the wrapped difference of a subtraction that borrowed. */
  private static Fp addP(final long d0, final long d1, final long d2, final long d3) {
    final long s0 = d0 + P0;
    long c = Long.compareUnsigned(s0, d0) < 0 ? 1 : 0;
    final long t1 = d1 + P1;
    long c1 = Long.compareUnsigned(t1, d1) < 0 ? 1 : 0;
    final long s1 = t1 + c;
    c1 |= (s1 == 0 && c == 1) ? 1 : 0;
    final long t2 = d2 + P2;
    long c2 = Long.compareUnsigned(t2, d2) < 0 ? 1 : 0;
    final long s2 = t2 + c1;
    c2 |= (s2 == 0 && c1 == 1) ? 1 : 0;
    final long s3 = d3 + P3 + c2;
    return new Fp(s0, s1, s2, s3);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp other && l0 == other.l0 && l1 == other.l1 && l2 == other.l2 && l3 == other.l3;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(l0) * 31 + Long.hashCode(l3);
  }

  @Override
  public String toString() {
    return toBigInteger().toString();
  }
}

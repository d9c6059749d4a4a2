package io.tributary.vm.arithmetic;

/**
 * 256-bit EVM words as four 64-bit limbs inside a {@code long[]}: the word at offset {@code o} is
 * {@code w[o] + w[o+1]·2^64 + w[o+2]·2^128 + w[o+3]·2^192} (least significant limb first). The interpreter's stack is
 * one such array, so operations work in place without allocating. Every operation here is the EVM's: arithmetic
 * modulo 2^256, division by zero gives zero, signed operations read two's complement. Operands may alias the result.
 */
public final class Limbs {
  private Limbs() {}

  // ---------------------------------------------------------------- helpers

  /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18). */
  static long unsignedMultiplyHigh(final long a, final long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  public static boolean isZero(final long[] w, final int o) {
    return (w[o] | w[o + 1] | w[o + 2] | w[o + 3]) == 0;
  }

  /** Whether the word is below 2^63, so that {@code w[o]} is its value as a non-negative long. */
  public static boolean fitsNonNegativeLong(final long[] w, final int o) {
    return (w[o + 1] | w[o + 2] | w[o + 3]) == 0 && w[o] >= 0;
  }

  /** The word's value if it is at most {@code limit} (a non-negative long), else {@code limit + 1}... saturated. */
  public static long clampToLong(final long[] w, final int o, final long limit) {
    if ((w[o + 1] | w[o + 2] | w[o + 3]) != 0 || w[o] < 0 || w[o] > limit) {
      return limit + 1;
    }
    return w[o];
  }

  public static void set(final long[] r, final int ro, final long v0, final long v1, final long v2, final long v3) {
    r[ro] = v0;
    r[ro + 1] = v1;
    r[ro + 2] = v2;
    r[ro + 3] = v3;
  }

  public static void setLong(final long[] r, final int ro, final long unsignedValue) {
    set(r, ro, unsignedValue, 0, 0, 0);
  }

  public static void setBoolean(final long[] r, final int ro, final boolean value) {
    set(r, ro, value ? 1 : 0, 0, 0, 0);
  }

  /** The word from 32 big-endian bytes. */
  public static void fromBytes32(final byte[] src, final int srcOffset, final long[] r, final int ro) {
    r[ro + 3] = readLongBE(src, srcOffset);
    r[ro + 2] = readLongBE(src, srcOffset + 8);
    r[ro + 1] = readLongBE(src, srcOffset + 16);
    r[ro] = readLongBE(src, srcOffset + 24);
  }

  /** The word from {@code len} (at most 32) big-endian bytes, zero-extended on the left. */
  public static void fromBytes(final byte[] src, final int srcOffset, final int len, final long[] r, final int ro) {
    // Limb k holds bytes [end - 8(k+1), end - 8k) of the source, where end = srcOffset + len.
    final int end = srcOffset + len;
    for (int k = 0; k < 4; k++) {
      final int limbEnd = end - 8 * k;
      final int limbStart = Math.max(srcOffset, limbEnd - 8);
      long v = 0;
      for (int i = limbStart; i < limbEnd; i++) {
        v = (v << 8) | (src[i] & 0xffL);
      }
      r[ro + k] = v;
    }
  }

  /** Writes the word as 32 big-endian bytes. */
  public static void toBytes32(final long[] w, final int o, final byte[] dst, final int dstOffset) {
    writeLongBE(w[o + 3], dst, dstOffset);
    writeLongBE(w[o + 2], dst, dstOffset + 8);
    writeLongBE(w[o + 1], dst, dstOffset + 16);
    writeLongBE(w[o], dst, dstOffset + 24);
  }

  public static byte[] toBytes32(final long[] w, final int o) {
    final byte[] out = new byte[32];
    toBytes32(w, o, out, 0);
    return out;
  }

  static long readLongBE(final byte[] b, final int i) {
    return ((b[i] & 0xffL) << 56) | ((b[i + 1] & 0xffL) << 48) | ((b[i + 2] & 0xffL) << 40)
        | ((b[i + 3] & 0xffL) << 32) | ((b[i + 4] & 0xffL) << 24) | ((b[i + 5] & 0xffL) << 16)
        | ((b[i + 6] & 0xffL) << 8) | (b[i + 7] & 0xffL);
  }

  static void writeLongBE(final long v, final byte[] b, final int i) {
    b[i] = (byte) (v >>> 56);
    b[i + 1] = (byte) (v >>> 48);
    b[i + 2] = (byte) (v >>> 40);
    b[i + 3] = (byte) (v >>> 32);
    b[i + 4] = (byte) (v >>> 24);
    b[i + 5] = (byte) (v >>> 16);
    b[i + 6] = (byte) (v >>> 8);
    b[i + 7] = (byte) v;
  }

  // ---------------------------------------------------------------- add, sub, mul

  public static void add(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    final long a0 = a[ao];
    final long a1 = a[ao + 1];
    final long a2 = a[ao + 2];
    final long a3 = a[ao + 3];
    final long b0 = b[bo];
    final long b1 = b[bo + 1];
    final long b2 = b[bo + 2];
    final long b3 = b[bo + 3];
    final long s0 = a0 + b0;
    long c = ((a0 & b0) | ((a0 | b0) & ~s0)) >>> 63;
    final long t1 = a1 + b1;
    final long c1 = ((a1 & b1) | ((a1 | b1) & ~t1)) >>> 63;
    final long s1 = t1 + c;
    c = c1 | ((t1 & ~s1) >>> 63);
    final long t2 = a2 + b2;
    final long c2 = ((a2 & b2) | ((a2 | b2) & ~t2)) >>> 63;
    final long s2 = t2 + c;
    c = c2 | ((t2 & ~s2) >>> 63);
    final long s3 = a3 + b3 + c;
    set(r, ro, s0, s1, s2, s3);
  }

  public static void sub(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    final long a0 = a[ao];
    final long a1 = a[ao + 1];
    final long a2 = a[ao + 2];
    final long a3 = a[ao + 3];
    final long b0 = b[bo];
    final long b1 = b[bo + 1];
    final long b2 = b[bo + 2];
    final long b3 = b[bo + 3];
    final long d0 = a0 - b0;
    long borrow = ((~a0 & b0) | (~(a0 ^ b0) & d0)) >>> 63;
    final long t1 = a1 - b1;
    final long br1 = ((~a1 & b1) | (~(a1 ^ b1) & t1)) >>> 63;
    final long d1 = t1 - borrow;
    borrow = br1 | ((~t1 & d1) >>> 63);
    final long t2 = a2 - b2;
    final long br2 = ((~a2 & b2) | (~(a2 ^ b2) & t2)) >>> 63;
    final long d2 = t2 - borrow;
    borrow = br2 | ((~t2 & d2) >>> 63);
    final long d3 = a3 - b3 - borrow;
    set(r, ro, d0, d1, d2, d3);
  }

  /** The low 256 bits of a·b: schoolbook rows, each 64x64 product split into its high and low halves. */
  public static void mul(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    final long a0 = a[ao];
    final long a1 = a[ao + 1];
    final long a2 = a[ao + 2];
    final long a3 = a[ao + 3];
    final long b0 = b[bo];
    final long b1 = b[bo + 1];
    final long b2 = b[bo + 2];
    final long b3 = b[bo + 3];
    // row a0
    final long r0 = a0 * b0;
    long carry = unsignedMultiplyHigh(a0, b0);
    long lo = a0 * b1;
    long r1 = lo + carry;
    carry = unsignedMultiplyHigh(a0, b1) + (Long.compareUnsigned(r1, lo) < 0 ? 1 : 0);
    lo = a0 * b2;
    long r2 = lo + carry;
    carry = unsignedMultiplyHigh(a0, b2) + (Long.compareUnsigned(r2, lo) < 0 ? 1 : 0);
    long r3 = a0 * b3 + carry;
    // row a1
    lo = a1 * b0;
    long t = r1 + lo;
    carry = unsignedMultiplyHigh(a1, b0) + (Long.compareUnsigned(t, lo) < 0 ? 1 : 0);
    r1 = t;
    lo = a1 * b1;
    t = r2 + lo;
    long c = Long.compareUnsigned(t, lo) < 0 ? 1 : 0;
    long t2 = t + carry;
    c += Long.compareUnsigned(t2, t) < 0 ? 1 : 0;
    r2 = t2;
    carry = unsignedMultiplyHigh(a1, b1) + c;
    r3 += a1 * b2 + carry;
    // row a2
    lo = a2 * b0;
    t = r2 + lo;
    carry = unsignedMultiplyHigh(a2, b0) + (Long.compareUnsigned(t, lo) < 0 ? 1 : 0);
    r2 = t;
    r3 += a2 * b1 + carry;
    // row a3
    r3 += a3 * b0;
    set(r, ro, r0, r1, r2, r3);
  }

  // ---------------------------------------------------------------- comparisons

  /** Unsigned comparison: negative, zero or positive as a is below, equal to or above b. */
  public static int compareUnsigned(final long[] a, final int ao, final long[] b, final int bo) {
    for (int i = 3; i >= 0; i--) {
      if (a[ao + i] != b[bo + i]) {
        return Long.compareUnsigned(a[ao + i], b[bo + i]);
      }
    }
    return 0;
  }

  /** Two's complement comparison. */
  public static int compareSigned(final long[] a, final int ao, final long[] b, final int bo) {
    if (a[ao + 3] != b[bo + 3]) {
      return Long.compare(a[ao + 3], b[bo + 3]);
    }
    for (int i = 2; i >= 0; i--) {
      if (a[ao + i] != b[bo + i]) {
        return Long.compareUnsigned(a[ao + i], b[bo + i]);
      }
    }
    return 0;
  }

  public static boolean equal(final long[] a, final int ao, final long[] b, final int bo) {
    return a[ao] == b[bo] && a[ao + 1] == b[bo + 1] && a[ao + 2] == b[bo + 2] && a[ao + 3] == b[bo + 3];
  }

  // ---------------------------------------------------------------- bits

  public static void and(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    set(r, ro, a[ao] & b[bo], a[ao + 1] & b[bo + 1], a[ao + 2] & b[bo + 2], a[ao + 3] & b[bo + 3]);
  }

  public static void or(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    set(r, ro, a[ao] | b[bo], a[ao + 1] | b[bo + 1], a[ao + 2] | b[bo + 2], a[ao + 3] | b[bo + 3]);
  }

  public static void xor(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    set(r, ro, a[ao] ^ b[bo], a[ao + 1] ^ b[bo + 1], a[ao + 2] ^ b[bo + 2], a[ao + 3] ^ b[bo + 3]);
  }

  public static void not(final long[] a, final int ao, final long[] r, final int ro) {
    set(r, ro, ~a[ao], ~a[ao + 1], ~a[ao + 2], ~a[ao + 3]);
  }

  /** BYTE: the i-th byte of x counting from the most significant (0), or zero when i is 32 or more. */
  public static void byteAt(final long[] i, final int io, final long[] x, final int xo, final long[] r,
      final int ro) {
    if ((i[io + 1] | i[io + 2] | i[io + 3]) != 0 || Long.compareUnsigned(i[io], 32) >= 0) {
      set(r, ro, 0, 0, 0, 0);
      return;
    }
    final int index = (int) i[io];
    final long limb = x[xo + 3 - (index >>> 3)];
    final long value = (limb >>> ((7 - (index & 7)) << 3)) & 0xff;
    set(r, ro, value, 0, 0, 0);
  }

  /** The shift amount as an int in [0, 256], 256 standing for "256 or more". */
  private static int shiftAmount(final long[] s, final int so) {
    if ((s[so + 1] | s[so + 2] | s[so + 3]) != 0 || Long.compareUnsigned(s[so], 256) >= 0) {
      return 256;
    }
    return (int) s[so];
  }

  /** SHL: x shifted left by s bits. */
  public static void shl(final long[] s, final int so, final long[] x, final int xo, final long[] r, final int ro) {
    final int n = shiftAmount(s, so);
    if (n >= 256) {
      set(r, ro, 0, 0, 0, 0);
      return;
    }
    final int limbs = n >>> 6;
    final int bits = n & 63;
    // Limb k of the result takes limb k - limbs of x shifted, plus the top bits of limb k - limbs - 1.
    final long x0 = x[xo];
    final long x1 = x[xo + 1];
    final long x2 = x[xo + 2];
    final long x3 = x[xo + 3];
    final long r0 = limbShiftedLeft(x0, x1, x2, x3, -limbs, bits);
    final long r1 = limbShiftedLeft(x0, x1, x2, x3, 1 - limbs, bits);
    final long r2 = limbShiftedLeft(x0, x1, x2, x3, 2 - limbs, bits);
    final long r3 = limbShiftedLeft(x0, x1, x2, x3, 3 - limbs, bits);
    set(r, ro, r0, r1, r2, r3);
  }

  private static long limb(final long x0, final long x1, final long x2, final long x3, final int i,
      final long fill) {
    return switch (i) {
      case 0 -> x0;
      case 1 -> x1;
      case 2 -> x2;
      case 3 -> x3;
      default -> fill;
    };
  }

  private static long limbShiftedLeft(final long x0, final long x1, final long x2, final long x3, final int i,
      final int bits) {
    final long high = limb(x0, x1, x2, x3, i, 0);
    if (bits == 0) {
      return high;
    }
    return (high << bits) | (limb(x0, x1, x2, x3, i - 1, 0) >>> (64 - bits));
  }

  /** SHR: x shifted right by s bits, zero-filled. */
  public static void shr(final long[] s, final int so, final long[] x, final int xo, final long[] r, final int ro) {
    shiftRight(s, so, x, xo, r, ro, 0L);
  }

  /** SAR: x shifted right by s bits, filled with its sign bit. */
  public static void sar(final long[] s, final int so, final long[] x, final int xo, final long[] r, final int ro) {
    shiftRight(s, so, x, xo, r, ro, x[xo + 3] >> 63);
  }

  private static void shiftRight(final long[] s, final int so, final long[] x, final int xo, final long[] r,
      final int ro, final long fill) {
    final int n = shiftAmount(s, so);
    if (n >= 256) {
      set(r, ro, fill, fill, fill, fill);
      return;
    }
    final int limbs = n >>> 6;
    final int bits = n & 63;
    final long x0 = x[xo];
    final long x1 = x[xo + 1];
    final long x2 = x[xo + 2];
    final long x3 = x[xo + 3];
    final long r0 = limbShiftedRight(x0, x1, x2, x3, limbs, bits, fill);
    final long r1 = limbShiftedRight(x0, x1, x2, x3, 1 + limbs, bits, fill);
    final long r2 = limbShiftedRight(x0, x1, x2, x3, 2 + limbs, bits, fill);
    final long r3 = limbShiftedRight(x0, x1, x2, x3, 3 + limbs, bits, fill);
    set(r, ro, r0, r1, r2, r3);
  }

  private static long limbShiftedRight(final long x0, final long x1, final long x2, final long x3, final int i,
      final int bits, final long fill) {
    final long low = limb(x0, x1, x2, x3, i, fill);
    if (bits == 0) {
      return low;
    }
    return (low >>> bits) | (limb(x0, x1, x2, x3, i + 1, fill) << (64 - bits));
  }

  /** SIGNEXTEND: x with the sign bit of its byte b (counting from the least significant, 0) copied upwards. */
  public static void signExtend(final long[] b, final int bo, final long[] x, final int xo, final long[] r,
      final int ro) {
    if ((b[bo + 1] | b[bo + 2] | b[bo + 3]) != 0 || Long.compareUnsigned(b[bo], 31) >= 0) {
      set(r, ro, x[xo], x[xo + 1], x[xo + 2], x[xo + 3]);
      return;
    }
    final int bit = (int) b[bo] * 8 + 7;
    final int limb = bit >>> 6;
    final int inLimb = bit & 63;
    final long[] out = {x[xo], x[xo + 1], x[xo + 2], x[xo + 3]};
    final boolean negative = ((out[limb] >>> inLimb) & 1) != 0;
    final long mask = inLimb == 63 ? -1L : (1L << (inLimb + 1)) - 1;
    out[limb] = negative ? out[limb] | ~mask : out[limb] & mask;
    for (int k = limb + 1; k < 4; k++) {
      out[k] = negative ? -1L : 0L;
    }
    set(r, ro, out[0], out[1], out[2], out[3]);
  }

  // ---------------------------------------------------------------- division

  /** DIV: a / b, zero when b is zero. */
  public static void div(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    divRem(a, ao, b, bo, r, ro, true);
  }

  /** MOD: a mod b, zero when b is zero. */
  public static void mod(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    divRem(a, ao, b, bo, r, ro, false);
  }

  private static void divRem(final long[] a, final int ao, final long[] b, final int bo, final long[] r,
      final int ro, final boolean quotient) {
    if (isZero(b, bo)) {
      set(r, ro, 0, 0, 0, 0);
      return;
    }
    if ((a[ao + 1] | a[ao + 2] | a[ao + 3] | b[bo + 1] | b[bo + 2] | b[bo + 3]) == 0) {
      final long value = quotient ? Long.divideUnsigned(a[ao], b[bo]) : Long.remainderUnsigned(a[ao], b[bo]);
      set(r, ro, value, 0, 0, 0);
      return;
    }
    final int cmp = compareUnsigned(a, ao, b, bo);
    if (cmp < 0) {
      if (quotient) {
        set(r, ro, 0, 0, 0, 0);
      } else {
        set(r, ro, a[ao], a[ao + 1], a[ao + 2], a[ao + 3]);
      }
      return;
    }
    final int[] u = toDigits(a, ao, 8);
    final int[] v = toDigits(b, bo, 8);
    final int[] q = new int[8];
    final int[] rem = new int[8];
    Knuth.divide(u, significantDigits(u), v, significantDigits(v), q, rem);
    fromDigits(quotient ? q : rem, r, ro);
  }

  /** SDIV: two's complement division truncated towards zero; -2^255 / -1 = -2^255. */
  public static void sdiv(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    final boolean aNeg = a[ao + 3] < 0;
    final boolean bNeg = b[bo + 3] < 0;
    final long[] t = new long[8];
    abs(a, ao, t, 0);
    abs(b, bo, t, 4);
    div(t, 0, t, 4, r, ro);
    if (aNeg != bNeg) {
      negate(r, ro, r, ro);
    }
  }

  /** SMOD: two's complement remainder with the sign of the dividend. */
  public static void smod(final long[] a, final int ao, final long[] b, final int bo, final long[] r, final int ro) {
    final boolean aNeg = a[ao + 3] < 0;
    final long[] t = new long[8];
    abs(a, ao, t, 0);
    abs(b, bo, t, 4);
    mod(t, 0, t, 4, r, ro);
    if (aNeg) {
      negate(r, ro, r, ro);
    }
  }

  public static void negate(final long[] a, final int ao, final long[] r, final int ro) {
    final long n0 = ~a[ao];
    final long n1 = ~a[ao + 1];
    final long n2 = ~a[ao + 2];
    final long n3 = ~a[ao + 3];
    final long s0 = n0 + 1;
    final long c0 = s0 == 0 ? 1 : 0;
    final long s1 = n1 + c0;
    final long c1 = (c0 == 1 && s1 == 0) ? 1 : 0;
    final long s2 = n2 + c1;
    final long c2 = (c1 == 1 && s2 == 0) ? 1 : 0;
    set(r, ro, s0, s1, s2, n3 + c2);
  }

  private static void abs(final long[] a, final int ao, final long[] r, final int ro) {
    if (a[ao + 3] < 0) {
      negate(a, ao, r, ro);
    } else {
      set(r, ro, a[ao], a[ao + 1], a[ao + 2], a[ao + 3]);
    }
  }

  /** ADDMOD: (a + b) mod n over the full 257-bit sum, zero when n is zero. */
  public static void addMod(final long[] a, final int ao, final long[] b, final int bo, final long[] n,
      final int no, final long[] r, final int ro) {
    if (isZero(n, no)) {
      set(r, ro, 0, 0, 0, 0);
      return;
    }
    final long[] sum = new long[4];
    add(a, ao, b, bo, sum, 0);
    final boolean carry = compareUnsigned(sum, 0, a, ao) < 0;
    if (!carry) {
      mod(sum, 0, n, no, r, ro);
      return;
    }
    final int[] u = toDigits(sum, 0, 10);
    u[8] = 1;
    reduce(u, 9, n, no, r, ro);
  }

  /** MULMOD: (a · b) mod n over the full 512-bit product, zero when n is zero. */
  public static void mulMod(final long[] a, final int ao, final long[] b, final int bo, final long[] n,
      final int no, final long[] r, final int ro) {
    if (isZero(n, no)) {
      set(r, ro, 0, 0, 0, 0);
      return;
    }
    final long[] product = new long[8];
    for (int i = 0; i < 4; i++) {
      long carry = 0;
      final long ai = a[ao + i];
      for (int j = 0; j < 4; j++) {
        final long bj = b[bo + j];
        final long lo = ai * bj;
        final long hi = unsignedMultiplyHigh(ai, bj);
        long sum = product[i + j] + lo;
        long c = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
        final long sum2 = sum + carry;
        c += Long.compareUnsigned(sum2, sum) < 0 ? 1 : 0;
        product[i + j] = sum2;
        carry = hi + c;
      }
      product[i + 4] = carry;
    }
    if ((product[4] | product[5] | product[6] | product[7]) == 0) {
      mod(product, 0, n, no, r, ro);
      return;
    }
    final int[] u = new int[17];
    for (int i = 0; i < 8; i++) {
      u[2 * i] = (int) product[i];
      u[2 * i + 1] = (int) (product[i] >>> 32);
    }
    reduce(u, significantDigits(u), n, no, r, ro);
  }

  private static void reduce(final int[] u, final int m, final long[] n, final int no, final long[] r,
      final int ro) {
    final int[] v = toDigits(n, no, 8);
    final int vn = significantDigits(v);
    final int[] q = new int[Math.max(m, 1)];
    final int[] rem = new int[8];
    if (m < vn) {
      // u < n already.
      final long[] tmp = new long[4];
      for (int i = 0; i < 4; i++) {
        tmp[i] = (u[2 * i] & 0xffffffffL) | ((long) u[2 * i + 1] << 32);
      }
      set(r, ro, tmp[0], tmp[1], tmp[2], tmp[3]);
      return;
    }
    Knuth.divide(u, m, v, vn, q, rem);
    fromDigits(rem, r, ro);
  }

  // ---------------------------------------------------------------- exponentiation

  /** EXP: base^exponent modulo 2^256, by square-and-multiply over the exponent's bits. */
  public static void exp(final long[] base, final int bo, final long[] exponent, final int eo, final long[] r,
      final int ro) {
    final long[] t = new long[8];
    set(t, 0, 1, 0, 0, 0); // result
    set(t, 4, base[bo], base[bo + 1], base[bo + 2], base[bo + 3]); // running square
    final long e0 = exponent[eo];
    final long e1 = exponent[eo + 1];
    final long e2 = exponent[eo + 2];
    final long e3 = exponent[eo + 3];
    final int bits = bitLength(e0, e1, e2, e3);
    for (int i = 0; i < bits; i++) {
      final long limb = i < 64 ? e0 : i < 128 ? e1 : i < 192 ? e2 : e3;
      if (((limb >>> (i & 63)) & 1) != 0) {
        mul(t, 0, t, 4, t, 0);
      }
      if (i + 1 < bits) {
        mul(t, 4, t, 4, t, 4);
      }
    }
    set(r, ro, t[0], t[1], t[2], t[3]);
  }

  /** The number of bytes needed to write the word (0 for zero): EXP's gas counts them. */
  public static int byteLength(final long[] w, final int o) {
    return (bitLength(w[o], w[o + 1], w[o + 2], w[o + 3]) + 7) >>> 3;
  }

  static int bitLength(final long l0, final long l1, final long l2, final long l3) {
    if (l3 != 0) {
      return 256 - Long.numberOfLeadingZeros(l3);
    }
    if (l2 != 0) {
      return 192 - Long.numberOfLeadingZeros(l2);
    }
    if (l1 != 0) {
      return 128 - Long.numberOfLeadingZeros(l1);
    }
    return 64 - Long.numberOfLeadingZeros(l0);
  }

  // ---------------------------------------------------------------- 32-bit digits for long division

  private static int[] toDigits(final long[] w, final int o, final int size) {
    final int[] d = new int[size];
    for (int i = 0; i < 4; i++) {
      d[2 * i] = (int) w[o + i];
      d[2 * i + 1] = (int) (w[o + i] >>> 32);
    }
    return d;
  }

  private static void fromDigits(final int[] d, final long[] r, final int ro) {
    set(r, ro, (d[0] & 0xffffffffL) | ((long) d[1] << 32), (d[2] & 0xffffffffL) | ((long) d[3] << 32),
        (d[4] & 0xffffffffL) | ((long) d[5] << 32), (d[6] & 0xffffffffL) | ((long) d[7] << 32));
  }

  private static int significantDigits(final int[] d) {
    int n = d.length;
    while (n > 0 && d[n - 1] == 0) {
      n--;
    }
    return n;
  }
}

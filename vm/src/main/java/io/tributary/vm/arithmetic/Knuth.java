package io.tributary.vm.arithmetic;

/**
 * Knuth's algorithm D (TAOCP 4.3.1; the form of Hacker's Delight's {@code divmnu}) on 32-bit digits held in ints,
 * least significant first, with 64-bit intermediates: long division of an m-digit number by an n-digit one.
 */
final class Knuth {
  private static final long BASE = 1L << 32;
  private static final long MASK = 0xffffffffL;

  private Knuth() {}

  /**
   * q = u / v and r = u mod v, for {@code m >= n >= 1} and {@code v[n-1] != 0}. {@code q} receives m - n + 1 digits,
   * {@code r} n digits (both must be long enough and are written from digit 0; other digits are left alone).
   */
  static void divide(final int[] u, final int m, final int[] v, final int n, final int[] q, final int[] r) {
    if (n == 1) {
      long remainder = 0;
      final long divisor = v[0] & MASK;
      for (int j = m - 1; j >= 0; j--) {
        final long dividend = (remainder << 32) | (u[j] & MASK);
        q[j] = (int) Long.divideUnsigned(dividend, divisor);
        remainder = Long.remainderUnsigned(dividend, divisor);
      }
      r[0] = (int) remainder;
      return;
    }
    // D1: normalise so that the divisor's top digit has its high bit set.
    final int s = Integer.numberOfLeadingZeros(v[n - 1]);
    final int[] vn = new int[n];
    for (int i = n - 1; i > 0; i--) {
      vn[i] = (v[i] << s) | (s == 0 ? 0 : (int) ((v[i - 1] & MASK) >>> (32 - s)));
    }
    vn[0] = v[0] << s;
    final int[] un = new int[m + 1];
    un[m] = s == 0 ? 0 : (int) ((u[m - 1] & MASK) >>> (32 - s));
    for (int i = m - 1; i > 0; i--) {
      un[i] = (u[i] << s) | (s == 0 ? 0 : (int) ((u[i - 1] & MASK) >>> (32 - s)));
    }
    un[0] = u[0] << s;

    final long vTop = vn[n - 1] & MASK;
    final long vNext = vn[n - 2] & MASK;
    for (int j = m - n; j >= 0; j--) {
      // D3: estimate the quotient digit from the top two digits.
      final long numerator = ((un[j + n] & MASK) << 32) | (un[j + n - 1] & MASK);
      long qhat = Long.divideUnsigned(numerator, vTop);
      long rhat = Long.remainderUnsigned(numerator, vTop);
      while (qhat >= BASE || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & MASK)) > 0) {
        qhat--;
        rhat += vTop;
        if (rhat >= BASE) {
          break;
        }
      }
      // D4: multiply and subtract.
      long borrow = 0;
      long t;
      for (int i = 0; i < n; i++) {
        final long p = qhat * (vn[i] & MASK);
        t = (un[i + j] & MASK) - borrow - (p & MASK);
        un[i + j] = (int) t;
        borrow = (p >>> 32) - (t >> 32);
      }
      t = (un[j + n] & MASK) - borrow;
      un[j + n] = (int) t;
      // D5/D6: the estimate was one too large; add back.
      if (t < 0) {
        qhat--;
        long carry = 0;
        for (int i = 0; i < n; i++) {
          t = (un[i + j] & MASK) + (vn[i] & MASK) + carry;
          un[i + j] = (int) t;
          carry = t >>> 32;
        }
        un[j + n] = (int) ((un[j + n] & MASK) + carry);
      }
      q[j] = (int) qhat;
    }
    // D8: unnormalise the remainder.
    for (int i = 0; i < n - 1; i++) {
      r[i] = (int) (((un[i] & MASK) >>> s) | (s == 0 ? 0 : ((un[i + 1] & MASK) << (32 - s))));
    }
    r[n - 1] = (int) ((un[n - 1] & MASK) >>> s);
  }
}

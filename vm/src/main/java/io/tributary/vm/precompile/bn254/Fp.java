package io.tributary.vm.precompile.bn254;

import java.math.BigInteger;

/** Arithmetic modulo the bn254 (alt_bn128) base field prime p; values are BigIntegers in [0, p). */
public final class Fp {
  /** p = 36u^4 + 36u^3 + 24u^2 + 6u + 1 with u = 4965661367192848881. */
  public static final BigInteger P =
      new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");

  private Fp() {}

  static BigInteger add(final BigInteger a, final BigInteger b) {
    final BigInteger r = a.add(b);
    return r.compareTo(P) >= 0 ? r.subtract(P) : r;
  }

  static BigInteger sub(final BigInteger a, final BigInteger b) {
    final BigInteger r = a.subtract(b);
    return r.signum() < 0 ? r.add(P) : r;
  }

  static BigInteger neg(final BigInteger a) {
    return a.signum() == 0 ? a : P.subtract(a);
  }

  static BigInteger mul(final BigInteger a, final BigInteger b) {
    return a.multiply(b).mod(P);
  }

  static BigInteger inv(final BigInteger a) {
    return a.modInverse(P);
  }
}

package io.tributary.core.keys;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * scrypt (RFC 7914) without Bouncy Castle's extra bound N < 2^(128r/8): geth and ethers write keystores with N = 2^18
 * and r = 1, which that bound rejects. Built from BC's PBKDF2-HMAC-SHA256 and Salsa20/8 core; a differential test
 * checks it against BC wherever BC accepts the parameters, and against the RFC vectors.
 */
public final class Scrypt {
  private Scrypt() {}

  public static byte[] derive(final byte[] password, final byte[] salt, final int n, final int r, final int p,
      final int dkLen) {
    if (n < 2 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("scrypt N must be a power of two above 1");
    }
    if (r < 1 || p < 1 || (long) r * p >= (1 << 30)) {
      throw new IllegalArgumentException("scrypt r and p out of range");
    }
    final byte[] b = pbkdf2(password, salt, p * 128 * r);
    final int[] x = new int[32 * r];
    final int[] v = new int[32 * r * n];
    final int[] scratch = new int[32 * r];
    for (int i = 0; i < p; i++) {
      littleEndianToInts(b, i * 128 * r, x);
      roMix(x, v, scratch, n, r);
      intsToLittleEndian(x, b, i * 128 * r);
    }
    return pbkdf2(password, b, dkLen);
  }

  private static void roMix(final int[] x, final int[] v, final int[] scratch, final int n, final int r) {
    final int blockInts = 32 * r;
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, 0, v, i * blockInts, blockInts);
      blockMix(x, scratch, r);
    }
    for (int i = 0; i < n; i++) {
      // integerify: the first word of the last 64-byte block, modulo N (a power of two)
      final int j = x[(2 * r - 1) * 16] & (n - 1);
      for (int k = 0; k < blockInts; k++) {
        x[k] ^= v[j * blockInts + k];
      }
      blockMix(x, scratch, r);
    }
  }

  private static void blockMix(final int[] b, final int[] y, final int r) {
    final int[] x = new int[16];
    System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
    for (int i = 0; i < 2 * r; i++) {
      for (int k = 0; k < 16; k++) {
        x[k] ^= b[i * 16 + k];
      }
      Salsa20Engine.salsaCore(8, x, x);
      // even blocks go to the first half, odd blocks to the second
      final int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
      System.arraycopy(x, 0, y, dest, 16);
    }
    System.arraycopy(y, 0, b, 0, 32 * r);
  }

  private static byte[] pbkdf2(final byte[] password, final byte[] salt, final int length) {
    final PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(password, salt, 1);
    return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
  }

  private static void littleEndianToInts(final byte[] in, final int offset, final int[] out) {
    for (int i = 0; i < out.length; i++) {
      final int o = offset + 4 * i;
      out[i] = (in[o] & 0xff) | (in[o + 1] & 0xff) << 8 | (in[o + 2] & 0xff) << 16 | (in[o + 3] & 0xff) << 24;
    }
  }

  private static void intsToLittleEndian(final int[] in, final byte[] out, final int offset) {
    for (int i = 0; i < in.length; i++) {
      final int o = offset + 4 * i;
      out[o] = (byte) in[i];
      out[o + 1] = (byte) (in[i] >>> 8);
      out[o + 2] = (byte) (in[i] >>> 16);
      out[o + 3] = (byte) (in[i] >>> 24);
    }
  }
}

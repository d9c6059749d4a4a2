package io.tributary.core.crypto;

import io.tributary.core.types.Hash;
import org.apache.tuweni.bytes.Bytes;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Keccak-256 as Ethereum uses it (the pre-standard padding, not SHA3-256). */
public final class Keccak256 {
  private Keccak256() {}

  /** Digest of {@code input}. */
  public static Hash hash(final Bytes input) {
    return Hash.wrap(Bytes.wrap(digest(input.toArrayUnsafe())));
  }

  /** Digest of a raw byte array, for hot paths that already hold one. */
  public static byte[] digest(final byte[] input) {
    return digest(input, 0, input.length);
  }

  /** Digest of {@code length} bytes of {@code input} from {@code offset}. */
  public static byte[] digest(final byte[] input, final int offset, final int length) {
    final KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, offset, length);
    final byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}

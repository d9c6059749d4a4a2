package io.tributary.core.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 through the JDK (which uses the CPU's SHA instructions where it has them), one digest object per thread. */
public final class Sha256 {
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (final NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  });

  private Sha256() {}

  /** The 32-byte digest of {@code parts} one after another. */
  public static byte[] digest(final byte[]... parts) {
    final MessageDigest digest = DIGEST.get();
    for (final byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }
}

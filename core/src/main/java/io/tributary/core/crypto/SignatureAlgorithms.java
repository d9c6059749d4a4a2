package io.tributary.core.crypto;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secp256k1 implementation in force: native libsecp256k1 when its JNI library loads, else Bouncy Castle. The
 * system property {@code tributary.crypto=native|bc} forces one (a forced native that cannot load is an error).
 */
public final class SignatureAlgorithms {
  private static final Logger LOG = LoggerFactory.getLogger(SignatureAlgorithms.class);
  private static volatile SignatureAlgorithm instance;

  private SignatureAlgorithms() {}

  public static SignatureAlgorithm get() {
    SignatureAlgorithm current = instance;
    if (current == null) {
      synchronized (SignatureAlgorithms.class) {
        current = instance;
        if (current == null) {
          current = choose(System.getProperty("tributary.crypto", "auto").toLowerCase(Locale.ROOT));
          LOG.info("secp256k1: using {}", current.name());
          instance = current;
        }
      }
    }
    return current;
  }

  static SignatureAlgorithm choose(final String preference) {
    switch (preference) {
      case "bc":
        return new BouncyCastleSecp256k1();
      case "native":
        return new NativeSecp256k1();
      case "auto":
        return nativeOrFallback();
      default:
        throw new IllegalArgumentException("tributary.crypto must be auto, native or bc, not " + preference);
    }
  }

  private static SignatureAlgorithm nativeOrFallback() {
    try {
      return new NativeSecp256k1();
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("native libsecp256k1 unavailable ({}); falling back to Bouncy Castle", e.toString());
      return new BouncyCastleSecp256k1();
    }
  }
}

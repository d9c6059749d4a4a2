package io.tributary.vm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;

/**
 * The Ethereum mainnet KZG trusted setup (the 2023 KZG ceremony: 4096 G1 points in Lagrange and monomial form, 65 G2
 * points), loaded once into C-KZG-4844 through its Java binding jc-kzg-4844. The file is the ceremony output as
 * c-kzg-4844 ships it ({@code trusted_setup.txt}, SHA-256
 * d39b9f2d047cc9dca2de58f264b6a09448ccd34db967881a6713eacacf0f26b7).
 *
 * <p>C-KZG holds one setup per process, so every user in the JVM must load it through this class.
 */
public final class KzgTrustedSetup {
  static final String RESOURCE = "kzg-trusted-setup-mainnet.txt";
  private static volatile boolean loaded;

  private KzgTrustedSetup() {}

  /** Loads the native library and the setup on first use (a couple of seconds); later calls return at once. */
  public static void ensureLoaded() {
    if (loaded) {
      return;
    }
    synchronized (KzgTrustedSetup.class) {
      if (!loaded) {
        CKZG4844JNI.loadNativeLibrary();
        CKZG4844JNI.loadTrustedSetupFromResource(RESOURCE, KzgTrustedSetup.class, 0);
        loaded = true;
      }
    }
  }
}

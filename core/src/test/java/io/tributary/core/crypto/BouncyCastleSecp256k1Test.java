package io.tributary.core.crypto;

class BouncyCastleSecp256k1Test extends SignatureAlgorithmContractTest {
  private static final SignatureAlgorithm BC = new BouncyCastleSecp256k1();

  @Override
  SignatureAlgorithm algorithm() {
    return BC;
  }
}

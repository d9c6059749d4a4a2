package io.tributary.core.crypto;

class NativeSecp256k1Test extends SignatureAlgorithmContractTest {
  private static final SignatureAlgorithm NATIVE = new NativeSecp256k1();

  @Override
  SignatureAlgorithm algorithm() {
    return NATIVE;
  }
}

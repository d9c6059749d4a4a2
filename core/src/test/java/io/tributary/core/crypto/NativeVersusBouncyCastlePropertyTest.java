package io.tributary.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

/** Differential test: on seeded random keys and messages the two backends are indistinguishable. */
class NativeVersusBouncyCastlePropertyTest {
  private static final int CASES = Boolean.getBoolean("tributary.soak") ? 50_000 : 2_000;
  private final SignatureAlgorithm nativeLib = new NativeSecp256k1();
  private final SignatureAlgorithm bc = new BouncyCastleSecp256k1();

  @Test
  void bothBackendsProduceIdenticalSignaturesKeysAndVerdicts() {
    final Random random = new Random(0x7357L);
    for (int i = 0; i < CASES; i++) {
      final byte[] key = new byte[32];
      random.nextBytes(key);
      key[0] &= 0x7f; // stay below n
      key[31] |= 1; // never zero
      final byte[] msg = new byte[32];
      random.nextBytes(msg);
      final Hash message = Hash.wrap(Bytes.wrap(msg));

      final KeyPair nativeKeys = nativeLib.createKeyPair(Bytes32.wrap(key));
      final KeyPair bcKeys = bc.createKeyPair(Bytes32.wrap(key));
      assertThat(nativeKeys).as("key pair %d", i).isEqualTo(bcKeys);

      final Signature nativeSig = nativeLib.sign(message, nativeKeys);
      final Signature bcSig = bc.sign(message, bcKeys);
      assertThat(nativeSig).as("signature %d", i).isEqualTo(bcSig);
      assertThat(nativeSig.isLowS()).isTrue();

      assertThat(nativeLib.recoverPublicKey(message, bcSig)).contains(bcKeys.publicKey());
      assertThat(bc.recoverPublicKey(message, nativeSig)).contains(nativeKeys.publicKey());

      final Signature high = new Signature(bcSig.r(), Signature.CURVE_ORDER.subtract(bcSig.s()),
          (byte) (1 - bcSig.recId()));
      assertThat(nativeLib.recoverPublicKey(message, high)).isEqualTo(bc.recoverPublicKey(message, high));

      final Signature tampered = new Signature(bcSig.r(), bcSig.s().add(BigInteger.ONE), bcSig.recId());
      assertThat(nativeLib.verify(message, tampered, bcKeys.publicKey()))
          .isEqualTo(bc.verify(message, tampered, bcKeys.publicKey())).isFalse();
      assertThat(nativeLib.recoverPublicKey(message, tampered)).isEqualTo(bc.recoverPublicKey(message, tampered));

      final byte[] randomR = new byte[32];
      random.nextBytes(randomR);
      final Signature garbage = new Signature(new BigInteger(1, randomR), bcSig.s(), (byte) (i & 1));
      assertThat(nativeLib.recoverPublicKey(message, garbage)).as("garbage %d", i)
          .isEqualTo(bc.recoverPublicKey(message, garbage));
    }
  }

  @Test
  void theDefaultIsTheNativeLibraryOnThisPlatform() {
    assertThat(SignatureAlgorithms.choose("auto").isNative()).isTrue();
    assertThat(SignatureAlgorithms.choose("bc").isNative()).isFalse();
  }
}

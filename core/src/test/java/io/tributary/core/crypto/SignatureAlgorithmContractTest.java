package io.tributary.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

/** Behaviour both secp256k1 backends must show; one subclass per backend. */
abstract class SignatureAlgorithmContractTest {
  static final Bytes32 HARDHAT_KEY_0 =
      Bytes32.fromHexString("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

  abstract SignatureAlgorithm algorithm();

  private final Hash message = Hash.hash(Bytes.wrap("tributary".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

  @Test
  void derivesTheWellKnownAddressOfHardhatAccountZero() {
    assertThat(algorithm().createKeyPair(HARDHAT_KEY_0).address())
        .isEqualTo(Address.fromHexString("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
  }

  @Test
  void signsWithLowSAndRecoversTheSigner() {
    final KeyPair keys = algorithm().createKeyPair(HARDHAT_KEY_0);
    final Signature signature = algorithm().sign(message, keys);
    assertThat(signature.isValid()).isTrue();
    assertThat(signature.isLowS()).isTrue();
    assertThat(algorithm().recoverPublicKey(message, signature)).contains(keys.publicKey());
    assertThat(algorithm().verify(message, signature, keys.publicKey())).isTrue();
  }

  @Test
  void signsDeterministicallyPerRfc6979() {
    final KeyPair keys = algorithm().createKeyPair(HARDHAT_KEY_0);
    assertThat(algorithm().sign(message, keys)).isEqualTo(algorithm().sign(message, keys));
  }

  @Test
  void recoversTheSameKeyFromTheHighSTwinWithTheOtherRecoveryId() {
    final KeyPair keys = algorithm().createKeyPair(HARDHAT_KEY_0);
    final Signature low = algorithm().sign(message, keys);
    final Signature high =
        new Signature(low.r(), Signature.CURVE_ORDER.subtract(low.s()), (byte) (1 - low.recId()));
    assertThat(high.isLowS()).isFalse();
    assertThat(algorithm().recoverPublicKey(message, high)).contains(keys.publicKey());
    assertThat(algorithm().verify(message, high, keys.publicKey())).isTrue();
  }

  @Test
  void recoversNothingFromOutOfRangeSignatures() {
    assertThat(algorithm().recoverPublicKey(message, new Signature(BigInteger.ZERO, BigInteger.ONE, (byte) 0)))
        .isEmpty();
    assertThat(algorithm().recoverPublicKey(message, new Signature(BigInteger.ONE, Signature.CURVE_ORDER, (byte) 0)))
        .isEmpty();
    assertThat(algorithm().recoverPublicKey(message, new Signature(BigInteger.ONE, BigInteger.ONE, (byte) 2)))
        .isEmpty();
  }

  @Test
  void rejectsASignatureOverAnotherMessageOrKey() {
    final KeyPair keys = algorithm().createKeyPair(HARDHAT_KEY_0);
    final KeyPair other = algorithm().generateKeyPair();
    final Signature signature = algorithm().sign(message, keys);
    assertThat(algorithm().verify(Hash.ZERO, signature, keys.publicKey())).isFalse();
    assertThat(algorithm().verify(message, signature, other.publicKey())).isFalse();
    assertThat(algorithm().verify(message, signature, Bytes.wrap(new byte[64]))).isFalse();
  }

  @Test
  void refusesPrivateKeysOutsideTheGroup() {
    assertThatThrownBy(() -> algorithm().createKeyPair(Bytes32.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> algorithm().createKeyPair(Bytes32.leftPad(Bytes.wrap(
        Signature.CURVE_ORDER.toByteArray()).trimLeadingZeros()))).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.tributary.vm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.util.Random;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class EcRecoverPrecompileTest {
  private static final SignatureAlgorithm SECP = SignatureAlgorithms.get();
  private final EcRecoverPrecompile ecrecover = new EcRecoverPrecompile();

  private static Bytes input(final Hash hash, final long v, final BigInteger r, final BigInteger s) {
    return Bytes.concatenate(hash, Bytes32.leftPad(Bytes.ofUnsignedLong(v)), word(r), word(s));
  }

  private static Bytes32 word(final BigInteger value) {
    return Bytes32.leftPad(Bytes.wrap(value.toByteArray()).trimLeadingZeros());
  }

  @Test
  void recoversTheAddressOfTheKeyThatSignedTheHash() {
    final Random random = new Random(1);
    for (int i = 0; i < 20; i++) {
      final KeyPair keys = SECP.createKeyPair(Bytes32.random(random));
      final Hash hash = Hash.wrap(Bytes32.random(random));
      final Signature signature = SECP.sign(hash, keys);
      final PrecompileResult result =
          ecrecover.compute(input(hash, 27 + signature.recId(), signature.r(), signature.s()));
      assertThat(result.output()).contains(Bytes32.leftPad(keys.address()));
    }
  }

  @Test
  void acceptsTheHighSFormOfASignatureUnlikeTransactions() {
    final KeyPair keys = SECP.createKeyPair(Bytes32.fromHexStringLenient("0x1234"));
    final Hash hash = Hash.hash(Bytes.of(1, 2, 3));
    final Signature signature = SECP.sign(hash, keys);
    final BigInteger highS = Signature.CURVE_ORDER.subtract(signature.s());
    final PrecompileResult result = ecrecover.compute(input(hash, 28 - signature.recId(), signature.r(), highS));
    assertThat(result.output()).contains(Bytes32.leftPad(keys.address()));
  }

  @Test
  void invalidInputGivesEmptyOutputNotAFailure() {
    final Hash hash = Hash.hash(Bytes.of(9));
    final BigInteger one = BigInteger.ONE;
    for (final Bytes bad :
        new Bytes[] {
          Bytes.EMPTY,
          input(hash, 26, one, one),
          input(hash, 29, one, one),
          input(hash, 0x1_0000_001bL, one, one),
          input(hash, 27, BigInteger.ZERO, one),
          input(hash, 27, one, Signature.CURVE_ORDER),
        }) {
      assertThat(ecrecover.compute(bad)).isEqualTo(PrecompileResult.success(Bytes.EMPTY));
    }
  }

  @Test
  void costs3000GasWhateverTheInput() {
    assertThat(ecrecover.gasRequirement(Bytes.EMPTY)).isEqualTo(3000);
    assertThat(ecrecover.gasRequirement(Bytes.wrap(new byte[1000]))).isEqualTo(3000);
  }
}

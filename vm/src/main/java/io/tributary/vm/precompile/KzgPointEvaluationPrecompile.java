package io.tributary.vm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;
import ethereum.ckzg4844.CKZGException;
import io.tributary.core.crypto.Sha256;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * 0x0a: the KZG point evaluation precompile (EIP-4844). Input, exactly 192 bytes: versioned hash (32), z (32), y (32),
 * commitment (48), proof (48). It checks that the versioned hash is 0x01 followed by the last 31 bytes of
 * sha256(commitment), and that the proof shows the committed polynomial takes the value y at z. Output: the blob size
 * in field elements (4096) and the BLS modulus, as two words. 50000 gas. Any failed check fails the call.
 *
 * <p>Verification runs in C-KZG-4844 (jc-kzg-4844) against the mainnet trusted setup ({@link KzgTrustedSetup}),
 * loaded on the first call. A node that cannot load the native library cannot validate Cancun blocks, so that is an
 * error thrown, not a failed call.
 */
public final class KzgPointEvaluationPrecompile implements PrecompiledContract {
  static final long GAS = 50_000;
  static final byte VERSIONED_HASH_VERSION_KZG = 0x01;
  private static final int INPUT_SIZE = 192;
  /** FIELD_ELEMENTS_PER_BLOB || BLS_MODULUS, the constant output. */
  static final Bytes OUTPUT =
      Bytes.concatenate(
          Bytes32.leftPad(Bytes.ofUnsignedInt(4096)),
          Bytes32.leftPad(
              Bytes.wrap(
                  unsigned(
                      new BigInteger(
                          "52435875175126190479447740508185965837690552500527637822603658699938581184513")))));

  @Override
  public String name() {
    return "KZG_POINT_EVALUATION";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return GAS;
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    if (input.size() != INPUT_SIZE) {
      return PrecompileResult.failure("point evaluation input must be 192 bytes, got " + input.size());
    }
    final Bytes versionedHash = input.slice(0, 32);
    final Bytes z = input.slice(32, 32);
    final Bytes y = input.slice(64, 32);
    final Bytes commitment = input.slice(96, 48);
    final Bytes proof = input.slice(144, 48);
    if (!versionedHash.equals(versionedHash(commitment))) {
      return PrecompileResult.failure("point evaluation: versioned hash does not match the commitment");
    }
    KzgTrustedSetup.ensureLoaded();
    final boolean valid;
    try {
      valid = CKZG4844JNI.verifyKzgProof(
          commitment.toArrayUnsafe(), z.toArrayUnsafe(), y.toArrayUnsafe(), proof.toArrayUnsafe());
    } catch (final CKZGException | IllegalArgumentException e) {
      // Not a field element (z or y >= modulus) or not a valid compressed G1 point.
      return PrecompileResult.failure("point evaluation: invalid input: " + e.getMessage());
    }
    if (!valid) {
      return PrecompileResult.failure("point evaluation: the proof does not verify");
    }
    return PrecompileResult.success(OUTPUT);
  }

  /** EIP-4844 kzg_to_versioned_hash: 0x01 || sha256(commitment)[1:]. */
  static Bytes versionedHash(final Bytes commitment) {
    final byte[] digest = Sha256.digest(commitment.toArrayUnsafe());
    digest[0] = VERSIONED_HASH_VERSION_KZG;
    return Bytes.wrap(digest);
  }

  private static byte[] unsigned(final BigInteger value) {
    final byte[] b = value.toByteArray();
    return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }
}

package io.tributary.vm.precompile;

import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithm;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * 0x01: the address that signed a hash. Input (right-padded with zeros to 128 bytes): hash, v, r, s as 32-byte words;
 * v must be 27 or 28, r and s in [1, n) (high s is accepted, unlike transactions). Output: the address left-padded to
 * 32 bytes, or empty output (not a failure) when the input is invalid or no key can be recovered. 3000 gas.
 */
public final class EcRecoverPrecompile implements PrecompiledContract {
  static final long GAS = 3000;
  private static final int INPUT_SIZE = 128;

  private final SignatureAlgorithm algorithm;

  /** Uses the secp256k1 implementation in force ({@link SignatureAlgorithms#get()}). */
  public EcRecoverPrecompile() {
    this(SignatureAlgorithms.get());
  }

  public EcRecoverPrecompile(final SignatureAlgorithm algorithm) {
    this.algorithm = algorithm;
  }

  @Override
  public String name() {
    return "ECREC";
  }

  @Override
  public long gasRequirement(final Bytes input) {
    return GAS;
  }

  @Override
  public PrecompileResult compute(final Bytes input) {
    final Bytes padded = PrecompileInput.rightPadded(input, INPUT_SIZE);
    final Hash hash = Hash.wrap(padded.slice(0, 32).copy());
    final Bytes v = padded.slice(32, 32);
    // v is a full word: 31 zero bytes then 27 or 28.
    if (v.slice(0, 31).numberOfLeadingZeroBytes() != 31) {
      return PrecompileResult.success(Bytes.EMPTY);
    }
    final int recId = (v.get(31) & 0xff) - 27;
    if (recId != 0 && recId != 1) {
      return PrecompileResult.success(Bytes.EMPTY);
    }
    final BigInteger r = padded.slice(64, 32).toUnsignedBigInteger();
    final BigInteger s = padded.slice(96, 32).toUnsignedBigInteger();
    final Signature signature = new Signature(r, s, (byte) recId);
    if (!signature.isValid()) {
      return PrecompileResult.success(Bytes.EMPTY);
    }
    final Optional<Bytes> publicKey = algorithm.recoverPublicKey(hash, signature);
    return publicKey
        .map(key -> PrecompileResult.success(Bytes32.leftPad(Address.fromPublicKey(key))))
        .orElseGet(() -> PrecompileResult.success(Bytes.EMPTY));
  }
}

package io.tributary.core.crypto;

import fr.acinq.secp256k1.Secp256k1;
import fr.acinq.secp256k1.Secp256k1Exception;
import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** secp256k1 through native libsecp256k1 (acinq's JNI build): about 10x faster recovery than Bouncy Castle. */
public final class NativeSecp256k1 implements SignatureAlgorithm {
  private final Secp256k1 lib;
  private final SecureRandom random = new SecureRandom();

  /** Loads the JNI library; throws {@link LinkageError} or a runtime exception when it cannot. */
  public NativeSecp256k1() {
    this.lib = Secp256k1.get();
  }

  @Override
  public String name() {
    return "native libsecp256k1";
  }

  @Override
  public boolean isNative() {
    return true;
  }

  @Override
  public KeyPair generateKeyPair() {
    final byte[] key = new byte[32];
    do {
      random.nextBytes(key);
    } while (!lib.secKeyVerify(key));
    return createKeyPair(Bytes32.wrap(key));
  }

  @Override
  public KeyPair createKeyPair(final Bytes32 privateKey) {
    final byte[] key = privateKey.toArray();
    if (!lib.secKeyVerify(key)) {
      throw new IllegalArgumentException("private key must be in [1, n-1]");
    }
    final byte[] pub = lib.pubkeyCreate(key);
    return new KeyPair(privateKey, Bytes.wrap(Arrays.copyOfRange(pub, 1, 65)));
  }

  @Override
  public Signature sign(final Hash messageHash, final KeyPair keyPair) {
    final byte[] msg = messageHash.toArrayUnsafe();
    // libsecp256k1 signs with RFC 6979 nonces and always returns low-s.
    final byte[] compact = lib.sign(msg, keyPair.privateKey().toArrayUnsafe());
    final BigInteger r = new BigInteger(1, Arrays.copyOfRange(compact, 0, 32));
    final BigInteger s = new BigInteger(1, Arrays.copyOfRange(compact, 32, 64));
    for (byte recId = 0; recId < 2; recId++) {
      final Optional<Bytes> recovered = recover(compact, msg, recId);
      if (recovered.isPresent() && recovered.get().equals(keyPair.publicKey())) {
        return new Signature(r, s, recId);
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signing key");
  }

  @Override
  public boolean verify(final Hash messageHash, final Signature signature, final Bytes publicKey) {
    if (!signature.isValid() || publicKey.size() != 64) {
      return false;
    }
    try {
      // libsecp256k1 only verifies low-s; normalise so both backends accept the same mathematically valid set.
      final byte[] compact = lowS(signature);
      return lib.verify(compact, messageHash.toArrayUnsafe(), Bytes.concatenate(Bytes.of(4), publicKey).toArrayUnsafe());
    } catch (Secp256k1Exception | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public Optional<Bytes> recoverPublicKey(final Hash messageHash, final Signature signature) {
    if (!signature.isValid()) {
      return Optional.empty();
    }
    return recover(compact(signature.r(), signature.s()), messageHash.toArrayUnsafe(), signature.recId());
  }

  private Optional<Bytes> recover(final byte[] compact, final byte[] msg, final int recId) {
    try {
      final byte[] pub = lib.ecdsaRecover(compact, msg, recId);
      return Optional.of(Bytes.wrap(Arrays.copyOfRange(pub, 1, 65)));
    } catch (Secp256k1Exception | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] lowS(final Signature signature) {
    final BigInteger s = signature.isLowS() ? signature.s() : Signature.CURVE_ORDER.subtract(signature.s());
    return compact(signature.r(), s);
  }

  static byte[] compact(final BigInteger r, final BigInteger s) {
    final byte[] out = new byte[64];
    copyUnsigned(r, out, 0);
    copyUnsigned(s, out, 32);
    return out;
  }

  private static void copyUnsigned(final BigInteger value, final byte[] out, final int offset) {
    final byte[] b = value.toByteArray();
    final int start = b.length > 32 ? b.length - 32 : 0;
    final int len = b.length - start;
    System.arraycopy(b, start, out, offset + 32 - len, len);
  }
}

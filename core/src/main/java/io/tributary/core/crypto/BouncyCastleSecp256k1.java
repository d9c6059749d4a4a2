package io.tributary.core.crypto;

import io.tributary.core.types.Hash;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** secp256k1 in pure Java (Bouncy Castle): the fallback where the native library cannot load, and its cross-check. */
public final class BouncyCastleSecp256k1 implements SignatureAlgorithm {
  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters CURVE =
      new ECDomainParameters(PARAMS.getCurve(), PARAMS.getG(), PARAMS.getN(), PARAMS.getH());
  private static final BigInteger FIELD_PRIME = PARAMS.getCurve().getField().getCharacteristic();

  private final SecureRandom random = new SecureRandom();

  @Override
  public String name() {
    return "Bouncy Castle";
  }

  @Override
  public boolean isNative() {
    return false;
  }

  @Override
  public KeyPair generateKeyPair() {
    final byte[] key = new byte[32];
    BigInteger d;
    do {
      random.nextBytes(key);
      d = new BigInteger(1, key);
    } while (d.signum() == 0 || d.compareTo(CURVE.getN()) >= 0);
    return createKeyPair(Bytes32.wrap(key));
  }

  @Override
  public KeyPair createKeyPair(final Bytes32 privateKey) {
    final BigInteger d = privateKey.toUnsignedBigInteger();
    if (d.signum() == 0 || d.compareTo(CURVE.getN()) >= 0) {
      throw new IllegalArgumentException("private key must be in [1, n-1]");
    }
    final ECPoint q = new FixedPointCombMultiplier().multiply(CURVE.getG(), d).normalize();
    return new KeyPair(privateKey, Bytes.wrap(Arrays.copyOfRange(q.getEncoded(false), 1, 65)));
  }

  @Override
  public Signature sign(final Hash messageHash, final KeyPair keyPair) {
    final ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(keyPair.privateKey().toUnsignedBigInteger(), CURVE));
    final BigInteger[] rs = signer.generateSignature(messageHash.toArrayUnsafe());
    final BigInteger r = rs[0];
    // EIP-2: use the low-s twin of the signature.
    final BigInteger s = rs[1].compareTo(Signature.HALF_CURVE_ORDER) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
    for (byte recId = 0; recId < 2; recId++) {
      final Optional<Bytes> recovered = recoverPublicKey(messageHash, new Signature(r, s, recId));
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
      final ECPoint q = CURVE.getCurve().decodePoint(Bytes.concatenate(Bytes.of(4), publicKey).toArrayUnsafe());
      final ECDSASigner verifier = new ECDSASigner();
      verifier.init(false, new ECPublicKeyParameters(q, CURVE));
      return verifier.verifySignature(messageHash.toArrayUnsafe(), signature.r(), signature.s());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** SEC 1 v2, section 4.1.6, for recovery ids 0 and 1 (x = r: Ethereum never uses the r + n case). */
  @Override
  public Optional<Bytes> recoverPublicKey(final Hash messageHash, final Signature signature) {
    if (!signature.isValid()) {
      return Optional.empty();
    }
    final BigInteger n = CURVE.getN();
    final BigInteger x = signature.r();
    if (x.compareTo(FIELD_PRIME) >= 0) {
      return Optional.empty();
    }
    final ECPoint bigR;
    try {
      final byte[] compressed = new byte[33];
      compressed[0] = (byte) ((signature.recId() & 1) == 1 ? 0x03 : 0x02);
      final byte[] xb = Bytes32.leftPad(Bytes.wrap(x.toByteArray()).trimLeadingZeros()).toArrayUnsafe();
      System.arraycopy(xb, 0, compressed, 1, 32);
      bigR = CURVE.getCurve().decodePoint(compressed);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!bigR.multiply(n).isInfinity()) {
      return Optional.empty();
    }
    final BigInteger e = new BigInteger(1, messageHash.toArrayUnsafe());
    final BigInteger eInv = BigInteger.ZERO.subtract(e).mod(n);
    final BigInteger rInv = signature.r().modInverse(n);
    final BigInteger srInv = rInv.multiply(signature.s()).mod(n);
    final BigInteger eInvrInv = rInv.multiply(eInv).mod(n);
    final ECPoint q = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), eInvrInv, bigR, srInv).normalize();
    if (q.isInfinity()) {
      return Optional.empty();
    }
    return Optional.of(Bytes.wrap(Arrays.copyOfRange(q.getEncoded(false), 1, 65)));
  }
}

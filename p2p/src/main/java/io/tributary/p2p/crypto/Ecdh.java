package io.tributary.p2p.crypto;

import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/** secp256k1 ECDH (Bouncy Castle): the shared secret is the x coordinate of d·Q, 32 bytes big-endian. */
final class Ecdh {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

  private Ecdh() {}

  /** {@code publicKey} is 64 bytes x || y; throws BAD_HANDSHAKE when it is not a point on the curve. */
  static Bytes32 sharedSecret(final Bytes32 privateKey, final Bytes publicKey) {
    final ECPoint point;
    try {
      point = CURVE.getCurve().decodePoint(Bytes.concatenate(Bytes.of(0x04), publicKey).toArrayUnsafe());
    } catch (IllegalArgumentException e) {
      throw HandshakeMessage.bad("ephemeral key is not a secp256k1 point");
    }
    final ECDHBasicAgreement agreement = new ECDHBasicAgreement();
    agreement.init(new ECPrivateKeyParameters(new BigInteger(1, privateKey.toArrayUnsafe()), DOMAIN));
    final BigInteger x;
    try {
      x = agreement.calculateAgreement(new ECPublicKeyParameters(point, DOMAIN));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw HandshakeMessage.bad("ephemeral key gives no shared secret: " + e.getMessage());
    }
    return Bytes32.wrap(BigIntegers.asUnsignedByteArray(32, x));
  }
}

package io.tributary.core.transaction;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.crypto.SignatureAlgorithms;
import java.math.BigInteger;

/** Signs transaction fields with a key: EIP-155 v for legacy transactions with a chain id, y-parity for typed ones. */
public final class TransactionSigner {
  private static final Signature PLACEHOLDER = new Signature(BigInteger.ONE, BigInteger.ONE, (byte) 0);

  private TransactionSigner() {}

  /** {@code fields} holds everything but the signature (and, for legacy, v); the chain id decides EIP-155. */
  public static Transaction sign(final Transaction.Builder fields, final KeyPair keys) {
    // The signing payload does not depend on the signature, so a placeholder lets us compute it from a built value.
    final Transaction unsigned = fields.signature(PLACEHOLDER).legacyV(BigInteger.valueOf(27)).build();
    final Signature signature = SignatureAlgorithms.get().sign(unsigned.signingHash(), keys);
    fields.signature(signature);
    if (unsigned.type() == TransactionType.LEGACY) {
      fields.legacyV(unsigned.chainId()
          .map(id -> BigInteger.valueOf(id).shiftLeft(1).add(BigInteger.valueOf(35 + signature.recId())))
          .orElse(BigInteger.valueOf(27 + signature.recId())));
    }
    return fields.build();
  }
}

package io.tributary.core.transaction;

import io.tributary.core.crypto.Signature;
import io.tributary.core.validation.ValidationResult;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Set;

/**
 * Protocol rules a transaction must meet on its own, before any state is consulted (the pool and block import add
 * nonce, balance and base-fee checks). Outcomes are values.
 *
 * @param chainId the chain's EIP-155 id; unprotected (pre-EIP-155) legacy transactions are accepted as Ethereum does
 * @param acceptedTypes the types this chain executes; Tributary leaves blobs out
 * @param maxInitcodeSize EIP-3860 limit (2 * 24576)
 */
public record TransactionValidator(long chainId, Set<TransactionType> acceptedTypes, int maxInitcodeSize) {
  public static final int CANCUN_MAX_INITCODE_SIZE = 2 * 24_576;
  private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  public TransactionValidator {
    acceptedTypes = Set.copyOf(acceptedTypes);
  }

  /** Tributary's rules: legacy, EIP-2930 and EIP-1559 transactions, no blobs. */
  public static TransactionValidator tributary(final long chainId) {
    return new TransactionValidator(chainId,
        EnumSet.of(TransactionType.LEGACY, TransactionType.ACCESS_LIST, TransactionType.EIP1559),
        CANCUN_MAX_INITCODE_SIZE);
  }

  /** Ethereum's Cancun rules (blob transactions included), for the ethereum/tests vectors. */
  public static TransactionValidator cancun(final long chainId) {
    return new TransactionValidator(chainId, EnumSet.allOf(TransactionType.class), CANCUN_MAX_INITCODE_SIZE);
  }

  public ValidationResult<TransactionInvalidReason> validate(final Transaction tx) {
    if (!acceptedTypes.contains(tx.type())) {
      return tx.type() == TransactionType.BLOB
          ? ValidationResult.invalid(TransactionInvalidReason.BLOB_TRANSACTIONS_NOT_SUPPORTED,
              "blob transactions (type 3) are not supported on Tributary")
          : ValidationResult.invalid(TransactionInvalidReason.UNSUPPORTED_TYPE,
              "transaction type " + tx.type() + " is not accepted");
    }
    if (tx.chainId().isPresent() && tx.chainId().get() != chainId) {
      return ValidationResult.invalid(TransactionInvalidReason.WRONG_CHAIN_ID,
          "invalid chain id for signer: have " + tx.chainId().get() + " want " + chainId);
    }
    final Signature sig = tx.signature();
    if (!sig.isValid()) {
      return ValidationResult.invalid(TransactionInvalidReason.INVALID_SIGNATURE,
          "signature r and s must be in [1, secp256k1n - 1]");
    }
    if (!sig.isLowS()) {
      return ValidationResult.invalid(TransactionInvalidReason.SIGNATURE_S_TOO_HIGH,
          "signature s is above secp256k1n/2 (EIP-2)");
    }
    if (tx.nonce() == -1L) {
      return ValidationResult.invalid(TransactionInvalidReason.NONCE_OVERFLOW, "nonce must be below 2^64 - 1 (EIP-2681)");
    }
    if (tx.type().hasDynamicFees() && tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
      return ValidationResult.invalid(TransactionInvalidReason.PRIORITY_FEE_ABOVE_MAX_FEE,
          "maxPriorityFeePerGas " + tx.maxPriorityFeePerGas() + " is above maxFeePerGas " + tx.maxFeePerGas());
    }
    if (new BigInteger(Long.toUnsignedString(tx.gasLimit())).multiply(tx.maxFeePerGas().toBigInteger()).compareTo(MAX_UINT256) > 0) {
      return ValidationResult.invalid(TransactionInvalidReason.GAS_PRICE_PRODUCT_OVERFLOW,
          "gas limit times max fee per gas exceeds 2^256 - 1");
    }
    if (tx.isContractCreation() && tx.data().size() > maxInitcodeSize) {
      return ValidationResult.invalid(TransactionInvalidReason.INITCODE_TOO_LARGE,
          "initcode of " + tx.data().size() + " bytes exceeds " + maxInitcodeSize + " (EIP-3860)");
    }
    if (tx.type() == TransactionType.BLOB && tx.blobVersionedHashes().isEmpty()) {
      return ValidationResult.invalid(TransactionInvalidReason.NO_BLOBS, "a blob transaction must carry blobs");
    }
    final long intrinsic = IntrinsicGasCalculator.intrinsicGas(tx);
    if (Long.compareUnsigned(tx.gasLimit(), intrinsic) < 0) {
      return ValidationResult.invalid(TransactionInvalidReason.INTRINSIC_GAS_TOO_LOW,
          "intrinsic gas too low: gas limit " + Long.toUnsignedString(tx.gasLimit()) + " is below the intrinsic cost " + intrinsic);
    }
    if (tx.sender().isEmpty()) {
      return ValidationResult.invalid(TransactionInvalidReason.SENDER_NOT_RECOVERABLE,
          "no sender can be recovered from the signature");
    }
    return ValidationResult.valid();
  }
}

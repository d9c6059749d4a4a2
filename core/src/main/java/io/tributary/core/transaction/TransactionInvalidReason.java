package io.tributary.core.transaction;

/** Why a well-formed transaction is not valid under the protocol rules. */
public enum TransactionInvalidReason {
  WRONG_CHAIN_ID,
  UNSUPPORTED_TYPE,
  BLOB_TRANSACTIONS_NOT_SUPPORTED,
  INVALID_SIGNATURE,
  /** EIP-2: s above secp256k1n/2. */
  SIGNATURE_S_TOO_HIGH,
  /** No public key can be recovered from the signature. */
  SENDER_NOT_RECOVERABLE,
  /** EIP-2681: nonce must stay below 2^64 - 1. */
  NONCE_OVERFLOW,
  /** EIP-1559: maxPriorityFeePerGas above maxFeePerGas. */
  PRIORITY_FEE_ABOVE_MAX_FEE,
  /** gasLimit * maxFeePerGas does not fit 256 bits. */
  GAS_PRICE_PRODUCT_OVERFLOW,
  INTRINSIC_GAS_TOO_LOW,
  /** EIP-3860: initcode above 49152 bytes. */
  INITCODE_TOO_LARGE,
  /** A blob transaction without blobs. */
  NO_BLOBS
}

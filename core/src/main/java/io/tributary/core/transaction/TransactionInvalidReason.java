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
  NO_BLOBS,
  /** EIP-4844: more blobs than one transaction may carry. */
  TOO_MANY_BLOBS,
  /** EIP-4844: a blob versioned hash whose first byte is not the KZG version (0x01). */
  INVALID_BLOB_VERSIONED_HASH,

  // Checked against the state the transaction would execute on.
  /** The sender's account nonce is already past the transaction's. */
  NONCE_TOO_LOW,
  /** The transaction's nonce is ahead of the sender's account nonce (it may still wait in the pool). */
  NONCE_TOO_HIGH,
  /** The sender cannot pay gasLimit * maxFeePerGas + value. */
  UPFRONT_COST_EXCEEDS_BALANCE,
  /** maxFeePerGas (or gasPrice) is below the block's base fee. */
  FEE_CAP_BELOW_BASE_FEE,
  /** EIP-4844: maxFeePerBlobGas is below the block's blob base fee. */
  BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE,
  /** The transaction's gas limit does not fit in what is left of the block. */
  EXCEEDS_BLOCK_GAS_LIMIT,
  /** EIP-3607: the sender has code, so no key can stand behind it. */
  SENDER_HAS_CODE,
  /** A call to the Attribution module claims hits that the poa-engine's computation does not give. */
  ATTRIBUTION_CLAIM_MISMATCH,

  // Transaction pool admission.
  /** The encoded transaction is larger than the pool accepts. */
  OVERSIZED,
  /** The pool already holds this transaction. */
  ALREADY_KNOWN,
  /** Same sender and nonce as a pooled transaction, without paying 10% more. */
  REPLACEMENT_UNDERPRICED,
  /** The sender already has as many transactions pooled as allowed. */
  SENDER_LIMIT_REACHED,
  /** The pool is full and this transaction pays less than the cheapest one it could evict. */
  POOL_FULL
}

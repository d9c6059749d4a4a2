package io.tributary.state.referencetests;

import io.tributary.core.transaction.TransactionInvalidReason;
import java.util.Map;
import java.util.Set;

/**
 * Which of our rejections answer the fixtures' {@code expectException} names ({@code TransactionException.X}, several
 * joined by {@code |} when any of them will do). A case expecting an exception passes only when the transaction is
 * rejected for a matching reason, not merely rejected. A name not listed here matches nothing, so a new kind of
 * expectation is noticed rather than passed.
 */
public final class ExpectedExceptions {
  /** The code of a transaction whose bytes do not decode (or whose template makes no transaction). */
  public static final String UNDECODABLE = "UNDECODABLE";

  private static final Map<String, Set<String>> MATCHES = Map.ofEntries(
      entry("INTRINSIC_GAS_TOO_LOW", TransactionInvalidReason.INTRINSIC_GAS_TOO_LOW),
      entry("INSUFFICIENT_ACCOUNT_FUNDS", TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE),
      entry("GASLIMIT_PRICE_PRODUCT_OVERFLOW", TransactionInvalidReason.GAS_PRICE_PRODUCT_OVERFLOW),
      entry("INSUFFICIENT_MAX_FEE_PER_GAS", TransactionInvalidReason.FEE_CAP_BELOW_BASE_FEE),
      entry("PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS", TransactionInvalidReason.PRIORITY_FEE_ABOVE_MAX_FEE),
      entry("GAS_ALLOWANCE_EXCEEDED", TransactionInvalidReason.EXCEEDS_BLOCK_GAS_LIMIT),
      entry("SENDER_NOT_EOA", TransactionInvalidReason.SENDER_HAS_CODE),
      entry("NONCE_IS_MAX", TransactionInvalidReason.NONCE_OVERFLOW),
      entry("NONCE_MISMATCH_TOO_LOW", TransactionInvalidReason.NONCE_TOO_LOW),
      entry("NONCE_MISMATCH_TOO_HIGH", TransactionInvalidReason.NONCE_TOO_HIGH),
      entry("INITCODE_SIZE_EXCEEDED", TransactionInvalidReason.INITCODE_TOO_LARGE),
      entry("INVALID_CHAINID", TransactionInvalidReason.WRONG_CHAIN_ID),
      entry("TYPE_NOT_SUPPORTED", TransactionInvalidReason.UNSUPPORTED_TYPE),
      Map.entry("INVALID_SIGNATURE_VRS", Set.of(TransactionInvalidReason.INVALID_SIGNATURE.name(),
          TransactionInvalidReason.SIGNATURE_S_TOO_HIGH.name(), TransactionInvalidReason.SENDER_NOT_RECOVERABLE.name())),
      entry("INSUFFICIENT_MAX_FEE_PER_BLOB_GAS", TransactionInvalidReason.BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE),
      entry("TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH", TransactionInvalidReason.INVALID_BLOB_VERSIONED_HASH),
      entry("TYPE_3_TX_ZERO_BLOBS", TransactionInvalidReason.NO_BLOBS),
      entry("TYPE_3_TX_BLOB_COUNT_EXCEEDED", TransactionInvalidReason.TOO_MANY_BLOBS),
      entry("TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED", TransactionInvalidReason.TOO_MANY_BLOBS),
      // The wire format cannot carry these: our decoder refuses the bytes.
      Map.entry("TYPE_3_TX_CONTRACT_CREATION", Set.of(UNDECODABLE)),
      Map.entry("RLP_INVALID_VALUE", Set.of(UNDECODABLE)));

  private ExpectedExceptions() {}

  private static Map.Entry<String, Set<String>> entry(final String name, final TransactionInvalidReason reason) {
    return Map.entry(name, Set.of(reason.name()));
  }

  /** Whether a rejection coded {@code code} (a {@link TransactionInvalidReason} name or {@link #UNDECODABLE}) fits. */
  public static boolean matches(final String expectException, final String code) {
    for (final String alternative : expectException.split("\\|")) {
      final String name = alternative.strip().replaceFirst("^TransactionException\\.", "");
      if (MATCHES.getOrDefault(name, Set.of()).contains(code)) {
        return true;
      }
    }
    return false;
  }
}

package io.tributary.core.transaction;

import org.apache.tuweni.bytes.Bytes;

/**
 * Gas charged before execution (Cancun rules): 21000 per transaction, +32000 for creation, calldata at 4 gas per zero
 * and 16 per non-zero byte (EIP-2028), access lists at 2400 per address and 1900 per key (EIP-2930), and 2 gas per
 * 32-byte word of initcode (EIP-3860).
 */
public final class IntrinsicGasCalculator {
  public static final long TX_BASE = 21_000;
  public static final long TX_CREATE = 32_000;
  public static final long TX_DATA_ZERO = 4;
  public static final long TX_DATA_NON_ZERO = 16;
  public static final long ACCESS_LIST_ADDRESS = 2_400;
  public static final long ACCESS_LIST_STORAGE_KEY = 1_900;
  public static final long INITCODE_WORD = 2;

  private IntrinsicGasCalculator() {}

  /** Never overflows: every term is bounded by the transaction's size, far below 2^63. */
  public static long intrinsicGas(final Transaction tx) {
    long gas = TX_BASE + dataCost(tx.data());
    if (tx.isContractCreation()) {
      gas += TX_CREATE + INITCODE_WORD * ((tx.data().size() + 31L) / 32);
    }
    for (final AccessListEntry entry : tx.accessList()) {
      gas += ACCESS_LIST_ADDRESS + ACCESS_LIST_STORAGE_KEY * entry.storageKeys().size();
    }
    return gas;
  }

  public static long dataCost(final Bytes data) {
    long cost = 0;
    for (int i = 0; i < data.size(); i++) {
      cost += data.get(i) == 0 ? TX_DATA_ZERO : TX_DATA_NON_ZERO;
    }
    return cost;
  }
}

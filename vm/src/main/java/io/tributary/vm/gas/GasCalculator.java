package io.tributary.vm.gas;

/**
 * The gas schedule of a fork. Each fork's calculator extends the previous one and overrides only what its EIPs change
 * ({@link BerlinGasCalculator} is the base: the rules every fork we run shares). Prices that never changed since
 * Frontier (the tiers) are constants here.
 */
public abstract class GasCalculator {
  public static final long ZERO_TIER = 0;
  public static final long BASE_TIER = 2;
  public static final long VERY_LOW_TIER = 3;
  public static final long LOW_TIER = 5;
  public static final long MID_TIER = 8;
  public static final long HIGH_TIER = 10;

  /** Gas past which memory sizes are refused outright: larger memory could never be paid for. */
  public static final long MAX_MEMORY_BYTES = 1L << 32;

  // --------------------------------------------------------------- memory

  /** The total cost of {@code words} 32-byte words of memory: 3 per word plus words²/512. */
  public long memoryCost(final long words) {
    return VERY_LOW_TIER * words + (words * words) / 512;
  }

  /** Gas to grow memory from {@code currentWords} to {@code newWords} (zero when it does not grow). */
  public final long memoryExpansionCost(final long currentWords, final long newWords) {
    return newWords <= currentWords ? 0 : memoryCost(newWords) - memoryCost(currentWords);
  }

  /** 3 gas per word copied (CALLDATACOPY, CODECOPY, EXTCODECOPY, RETURNDATACOPY, MCOPY). */
  public long copyWordCost() {
    return 3;
  }

  public static long words(final long bytes) {
    return (bytes + 31) >>> 5;
  }

  // --------------------------------------------------------------- fixed prices

  public long keccak256Base() {
    return 30;
  }

  public long keccak256Word() {
    return 6;
  }

  public long expBase() {
    return HIGH_TIER;
  }

  /** EIP-160: 50 gas per byte of the exponent. */
  public long expByte() {
    return 50;
  }

  public long logBase() {
    return 375;
  }

  public long logTopic() {
    return 375;
  }

  public long logDataByte() {
    return 8;
  }

  public long blockHash() {
    return 20;
  }

  public long jumpDest() {
    return 1;
  }

  public long create() {
    return 32000;
  }

  /** EIP-3860's per-word cost of init code (Shanghai); zero before. */
  public long initCodeWord() {
    return 0;
  }

  /** EIP-3860's limit on init code size (Shanghai); unlimited before. */
  public long maxInitCodeSize() {
    return Long.MAX_VALUE;
  }

  /** EIP-170: the largest code a creation may deposit. */
  public long maxCodeSize() {
    return 24576;
  }

  public long codeDepositByte() {
    return 200;
  }

  public long callValueTransfer() {
    return 9000;
  }

  public long callStipend() {
    return 2300;
  }

  public long newAccount() {
    return 25000;
  }

  public long selfDestruct() {
    return 5000;
  }

  /** The refund SELFDESTRUCT earns (24,000 until EIP-3529 removed it). */
  public abstract long selfDestructRefund();

  /** EIP-3529's cap on refunds: gas used / this. */
  public abstract long maxRefundQuotient();

  /** TLOAD and TSTORE (EIP-1153, Cancun): a warm storage access. */
  public long transientStorage() {
    return warmStorageRead();
  }

  // --------------------------------------------------------------- EIP-2929 access costs

  public long warmStorageRead() {
    return 100;
  }

  public long coldSload() {
    return 2100;
  }

  public long coldAccountAccess() {
    return 2600;
  }

  /** EIP-150: all but one 64th of the available gas may go to a child frame. */
  public long allButOne64th(final long available) {
    return available - available / 64;
  }

  // --------------------------------------------------------------- SSTORE (EIP-2200 as EIP-2929 and EIP-3529 set it)

  /** SSTORE fails outright when no more than this is left (EIP-2200's sentry, the call stipend). */
  public long sstoreSentry() {
    return callStipend();
  }

  public long sstoreSet() {
    return 20000;
  }

  /** Writing a slot whose original value is non-zero: 5,000 less the cold read EIP-2929 charges apart. */
  public long sstoreReset() {
    return 5000 - coldSload();
  }

  /** Refund for clearing a slot that was non-zero at the start of the transaction. */
  public abstract long sstoreClearsRefund();

  /**
   * SSTORE's cost (without the cold surcharge) for a slot whose value was {@code original} when the transaction
   * began, is {@code current} now and becomes {@code value}; each flag tells whether the word is zero or equal.
   */
  public long sstoreCost(final boolean originalZero, final boolean currentEqualsOriginal,
      final boolean valueEqualsCurrent) {
    if (valueEqualsCurrent) {
      return warmStorageRead();
    }
    if (currentEqualsOriginal) {
      return originalZero ? sstoreSet() : sstoreReset();
    }
    return warmStorageRead();
  }

  /** The change to the refund counter (may be negative) for the same SSTORE. */
  public long sstoreRefund(final boolean originalZero, final boolean currentZero, final boolean valueZero,
      final boolean currentEqualsOriginal, final boolean valueEqualsCurrent, final boolean valueEqualsOriginal) {
    if (valueEqualsCurrent) {
      return 0;
    }
    if (currentEqualsOriginal) {
      return !originalZero && valueZero ? sstoreClearsRefund() : 0;
    }
    long refund = 0;
    if (!originalZero) {
      if (currentZero) {
        refund -= sstoreClearsRefund();
      } else if (valueZero) {
        refund += sstoreClearsRefund();
      }
    }
    if (valueEqualsOriginal) {
      refund += originalZero ? sstoreSet() - warmStorageRead() : sstoreReset() - warmStorageRead();
    }
    return refund;
  }
}

package io.tributary.vm.gas;

/** London: EIP-3529 (no SELFDESTRUCT refund, a smaller clearing refund, refunds capped at a fifth of gas used). */
public class LondonGasCalculator extends BerlinGasCalculator {
  @Override
  public long selfDestructRefund() {
    return 0; // EIP-3529
  }

  @Override
  public long maxRefundQuotient() {
    return 5; // EIP-3529
  }

  @Override
  public long sstoreClearsRefund() {
    return sstoreReset() + 1900; // EIP-3529: SSTORE_RESET_GAS + ACCESS_LIST_STORAGE_KEY_COST = 4,800
  }
}

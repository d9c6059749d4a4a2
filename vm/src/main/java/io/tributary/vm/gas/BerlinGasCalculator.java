package io.tributary.vm.gas;

/**
 * Berlin: EIP-2929 (cold/warm access), EIP-2930 (access lists), on top of Istanbul's EIP-2200 SSTORE metering and
 * EIP-150's 63/64 rule. The oldest schedule this EVM runs.
 */
public class BerlinGasCalculator extends GasCalculator {
  @Override
  public long selfDestructRefund() {
    return 24000;
  }

  @Override
  public long maxRefundQuotient() {
    return 2;
  }

  @Override
  public long sstoreClearsRefund() {
    return 15000;
  }
}

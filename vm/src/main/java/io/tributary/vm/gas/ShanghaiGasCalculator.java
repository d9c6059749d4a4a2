package io.tributary.vm.gas;

/** Shanghai: EIP-3860 (init code limited to twice the code size limit and charged per word). */
public class ShanghaiGasCalculator extends LondonGasCalculator {
  @Override
  public long initCodeWord() {
    return 2; // EIP-3860
  }

  @Override
  public long maxInitCodeSize() {
    return 2 * maxCodeSize(); // EIP-3860: 49,152
  }
}

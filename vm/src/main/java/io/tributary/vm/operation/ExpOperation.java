package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** EXP: base^exponent modulo 2^256; EIP-160 adds 50 gas per byte of the exponent. */
public final class ExpOperation extends Operation {
  public ExpOperation() {
    super(0x0a, "EXP", 2, 1, GasCalculator.HIGH_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int a = frame.top();
    final int exponentBytes = Limbs.byteLength(s, a - 4);
    if (!frame.useGas(frame.gasCalculator().expByte() * exponentBytes)) {
      return HaltReason.OUT_OF_GAS;
    }
    Limbs.exp(s, a, s, a - 4, s, a - 4);
    frame.pop(1);
    return HaltReason.NONE;
  }
}

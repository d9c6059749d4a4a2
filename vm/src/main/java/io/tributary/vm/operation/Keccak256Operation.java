package io.tributary.vm.operation;

import io.tributary.core.crypto.Keccak256;
import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** KECCAK256 (SHA3): the hash of a memory range; 30 gas plus 6 per word plus memory. */
public final class Keccak256Operation extends Operation {
  public Keccak256Operation() {
    super(0x20, "KECCAK256", 2, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top);
    final long size = Operations.clamp(s, top - 4);
    final GasCalculator gas = frame.gasCalculator();
    if (!frame.useGas(gas.keccak256Base())) {
      return HaltReason.OUT_OF_GAS;
    }
    final HaltReason memory = frame.expandMemory(offset, size);
    if (memory != HaltReason.NONE) {
      return memory;
    }
    if (!frame.useGas(gas.keccak256Word() * GasCalculator.words(size))) {
      return HaltReason.OUT_OF_GAS;
    }
    final byte[] digest = size == 0 ? Keccak256.digest(new byte[0])
        : Keccak256.digest(frame.memory().data(), (int) offset, (int) size);
    Limbs.fromBytes32(digest, 0, s, top - 4);
    frame.pop(1);
    return HaltReason.NONE;
  }
}

package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** Steps several operations share: reading memory offsets, EIP-2929 account access, copy gas. */
final class Operations {
  private Operations() {}

  /** A stack word as a memory offset or size; anything past 2^32 reads as 2^32 + 1, which no one can pay for. */
  static long clamp(final long[] s, final int offset) {
    return Limbs.clampToLong(s, offset, GasCalculator.MAX_MEMORY_BYTES);
  }

  /** Warms the account and charges 100 if it was warm, 2,600 if cold (EIP-2929). */
  static boolean chargeAccountAccess(final MessageFrame frame, final Address account) {
    final GasCalculator gas = frame.gasCalculator();
    final boolean warm = frame.substate().warmAddress(account);
    return frame.useGas(warm ? gas.warmStorageRead() : gas.coldAccountAccess());
  }

  /** Memory expansion for writing {@code size} bytes at {@code destination}, then 3 gas per word copied. */
  static HaltReason chargeCopy(final MessageFrame frame, final long destination, final long size) {
    final HaltReason memory = frame.expandMemory(destination, size);
    if (memory != HaltReason.NONE) {
      return memory;
    }
    if (!frame.useGas(frame.gasCalculator().copyWordCost() * GasCalculator.words(size))) {
      return HaltReason.OUT_OF_GAS;
    }
    return HaltReason.NONE;
  }
}

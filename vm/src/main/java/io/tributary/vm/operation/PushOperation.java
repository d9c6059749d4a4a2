package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;

/** PUSH1..PUSH32 (0x60-0x7f): pushes the next n code bytes, zero-filled on the right past the end of the code. */
public final class PushOperation extends Operation {
  private final int size;

  public PushOperation(final int size) {
    super(0x5f + size, "PUSH" + size, 0, 1, GasCalculator.VERY_LOW_TIER);
    if (size < 1 || size > 32) {
      throw new IllegalArgumentException("PUSH takes 1 to 32 bytes, not " + size);
    }
    this.size = size;
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final byte[] code = frame.code().bytes();
    final int start = frame.pc();
    final int slot = frame.push();
    final long[] s = frame.stack();
    if (start + size <= code.length) {
      if (size == 1) {
        Limbs.setLong(s, slot, code[start] & 0xffL);
      } else {
        Limbs.fromBytes(code, start, size, s, slot);
      }
    } else {
      final byte[] padded = new byte[size];
      if (start < code.length) {
        System.arraycopy(code, start, padded, 0, code.length - start);
      }
      Limbs.fromBytes(padded, 0, size, s, slot);
    }
    frame.setPc(start + size);
    return HaltReason.NONE;
  }
}

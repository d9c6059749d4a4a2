package io.tributary.vm.operation;

import io.tributary.core.types.Hash;
import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import java.util.List;

/** BLOBHASH (EIP-4844, Cancun): the transaction's versioned blob hash at an index; zero past the last. */
public final class BlobHashOperation extends Operation {
  public BlobHashOperation() {
    super(0x49, "BLOBHASH", 1, 1, GasCalculator.VERY_LOW_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final List<Hash> hashes = frame.transaction().blobHashes();
    if (Limbs.fitsNonNegativeLong(s, top) && s[top] < hashes.size()) {
      Limbs.fromBytes32(hashes.get((int) s[top]).toArrayUnsafe(), 0, s, top);
    } else {
      Limbs.setLong(s, top, 0);
    }
    return HaltReason.NONE;
  }
}

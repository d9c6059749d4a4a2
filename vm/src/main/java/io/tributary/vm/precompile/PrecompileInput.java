package io.tributary.vm.precompile;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.MutableBytes;

/** Reading precompile inputs as the EVM does: bytes past the end of the call data read as zero. */
final class PrecompileInput {
  private PrecompileInput() {}

  /** The first {@code size} bytes of {@code input}, zero-filled past its end (longer input is truncated). */
  static Bytes rightPadded(final Bytes input, final int size) {
    if (input.size() == size) {
      return input;
    }
    if (input.size() > size) {
      return input.slice(0, size);
    }
    final MutableBytes out = MutableBytes.create(size);
    input.copyTo(out, 0);
    return out;
  }

  /** {@code length} bytes of {@code input} from {@code offset}, zero-filled where they lie past its end. */
  static Bytes sliceZeroPadded(final Bytes input, final long offset, final int length) {
    final MutableBytes out = MutableBytes.create(length);
    if (offset < input.size()) {
      final int available = (int) Math.min(length, input.size() - offset);
      input.slice((int) offset, available).copyTo(out, 0);
    }
    return out;
  }
}

package io.tributary.vm.nativecontract;

import org.apache.tuweni.bytes.Bytes;

/**
 * How a native call ended: its outcome, output (return data, or revert data such as {@code Error(string)}), and the
 * gas it used. A value, not an exception: this is a consensus path.
 */
public record NativeResult(Outcome outcome, Bytes output, long gasUsed) {
  public enum Outcome {
    SUCCESS,
    REVERT,
    OUT_OF_GAS
  }

  public static NativeResult success(final Bytes output, final long gasUsed) {
    return new NativeResult(Outcome.SUCCESS, output, gasUsed);
  }

  public static NativeResult revert(final Bytes output, final long gasUsed) {
    return new NativeResult(Outcome.REVERT, output, gasUsed);
  }

  public static NativeResult outOfGas() {
    return new NativeResult(Outcome.OUT_OF_GAS, Bytes.EMPTY, 0);
  }
}

package io.tributary.vm.precompile;

import java.util.Objects;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * What a precompile returns: output bytes on success; on failure a reason and no output (the call fails and its gas is
 * consumed). A value, not an exception: this is a consensus path.
 */
public record PrecompileResult(Optional<Bytes> output, String failure) {
  public PrecompileResult {
    Objects.requireNonNull(output);
    if (output.isEmpty() == (failure == null)) {
      throw new IllegalArgumentException("a result has either output or a failure reason");
    }
  }

  public static PrecompileResult success(final Bytes output) {
    return new PrecompileResult(Optional.of(output), null);
  }

  public static PrecompileResult failure(final String reason) {
    return new PrecompileResult(Optional.empty(), reason);
  }

  public boolean isSuccess() {
    return output.isPresent();
  }
}

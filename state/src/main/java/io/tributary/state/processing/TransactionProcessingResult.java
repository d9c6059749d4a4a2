package io.tributary.state.processing;

import io.tributary.core.block.Log;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.types.Address;
import io.tributary.core.validation.ValidationResult;
import io.tributary.vm.ExecutionResult;
import io.tributary.vm.HaltReason;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * The outcome of one transaction: either it could not be included at all ({@code validity} invalid, nothing changed),
 * or it ran, used gas and succeeded or failed.
 *
 * @param gasUsed gas charged to the sender, after the refund
 * @param output what the first frame returned: RETURN's data, REVERT's data (the revert reason), or empty
 * @param contractAddress the new contract's address, for a contract creation (receipts name it even when it failed)
 * @param failure why it failed, in geth's words ("execution reverted", "out of gas", ...); empty on success
 */
public record TransactionProcessingResult(ValidationResult<TransactionInvalidReason> validity, long gasUsed,
    boolean success, List<Log> logs, Bytes output, Optional<Address> contractAddress, Optional<String> failure) {
  public TransactionProcessingResult {
    logs = List.copyOf(logs);
  }

  public static TransactionProcessingResult invalid(final TransactionInvalidReason reason, final String message) {
    return invalid(ValidationResult.invalid(reason, message));
  }

  public static TransactionProcessingResult invalid(final ValidationResult<TransactionInvalidReason> validity) {
    return new TransactionProcessingResult(validity, 0, false, List.of(), Bytes.EMPTY, Optional.empty(),
        Optional.empty());
  }

  public static TransactionProcessingResult executed(final long gasUsed, final boolean success, final List<Log> logs) {
    return new TransactionProcessingResult(ValidationResult.valid(), gasUsed, success, logs, Bytes.EMPTY,
        Optional.empty(), success ? Optional.empty() : Optional.of("failed"));
  }

  /** A transaction the EVM ran; {@code contractAddress} is the message's recipient when it was a creation. */
  static TransactionProcessingResult executed(final long gasUsed, final ExecutionResult result,
      final Optional<Address> contractAddress) {
    final Optional<String> failure = switch (result.status()) {
      case SUCCESS -> Optional.empty();
      case REVERTED -> Optional.of("execution reverted");
      case EXCEPTIONAL_HALT -> Optional.of(result.haltReason() == HaltReason.NONE ? "failed"
          : result.haltReason().description());
    };
    return new TransactionProcessingResult(ValidationResult.valid(), gasUsed, result.isSuccess(), result.logs(),
        result.output(), contractAddress, failure);
  }

  public boolean isInvalid() {
    return !validity.isValid();
  }
}

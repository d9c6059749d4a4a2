package io.tributary.state.processing;

import io.tributary.core.block.Log;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.validation.ValidationResult;
import java.util.List;

/**
 * The outcome of one transaction: either it could not be included at all ({@code validity} invalid, nothing changed),
 * or it ran, used gas and succeeded or failed.
 */
public record TransactionProcessingResult(ValidationResult<TransactionInvalidReason> validity, long gasUsed,
    boolean success, List<Log> logs) {
  public TransactionProcessingResult {
    logs = List.copyOf(logs);
  }

  public static TransactionProcessingResult invalid(final TransactionInvalidReason reason, final String message) {
    return new TransactionProcessingResult(ValidationResult.invalid(reason, message), 0, false, List.of());
  }

  public static TransactionProcessingResult invalid(final ValidationResult<TransactionInvalidReason> validity) {
    return new TransactionProcessingResult(validity, 0, false, List.of());
  }

  public static TransactionProcessingResult executed(final long gasUsed, final boolean success, final List<Log> logs) {
    return new TransactionProcessingResult(ValidationResult.valid(), gasUsed, success, logs);
  }

  public boolean isInvalid() {
    return !validity.isValid();
  }
}

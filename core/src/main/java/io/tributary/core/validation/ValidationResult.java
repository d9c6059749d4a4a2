package io.tributary.core.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a consensus-relevant check, as a value: valid, or invalid with a reason from an enum and a message
 * for people. Never an exception, never a bare boolean.
 */
public final class ValidationResult<R extends Enum<R>> {
  private static final ValidationResult<?> VALID = new ValidationResult<>(null, "valid");

  private final R reason;
  private final String message;

  private ValidationResult(final R reason, final String message) {
    this.reason = reason;
    this.message = message;
  }

  @SuppressWarnings("unchecked")
  public static <R extends Enum<R>> ValidationResult<R> valid() {
    return (ValidationResult<R>) VALID;
  }

  public static <R extends Enum<R>> ValidationResult<R> invalid(final R reason, final String message) {
    return new ValidationResult<>(Objects.requireNonNull(reason), message);
  }

  public boolean isValid() {
    return reason == null;
  }

  public Optional<R> reason() {
    return Optional.ofNullable(reason);
  }

  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return isValid() ? "valid" : reason + ": " + message;
  }
}

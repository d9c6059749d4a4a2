package io.tributary.poa;

/** Raised when Aparapi cannot run the kernel on an OpenCL device, including when it silently fell back to Java. */
public final class OpenClUnavailableException extends RuntimeException {
  public OpenClUnavailableException(final String message) {
    super(message);
  }

  public OpenClUnavailableException(final String message, final Throwable cause) {
    super(message, cause);
  }
}

package io.tributary.state.storage;

/** Storage cannot be used: a foreign or corrupt data dir, a closed store, an I/O failure. Never silently ignored. */
public final class StorageException extends RuntimeException {
  public StorageException(final String message) {
    super(message);
  }

  public StorageException(final String message, final Throwable cause) {
    super(message, cause);
  }
}

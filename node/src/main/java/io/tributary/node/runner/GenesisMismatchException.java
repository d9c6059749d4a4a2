package io.tributary.node.runner;

/** The data dir holds a chain that did not start from the genesis given. */
public final class GenesisMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenesisMismatchException(final String message) {
    super(message);
  }
}

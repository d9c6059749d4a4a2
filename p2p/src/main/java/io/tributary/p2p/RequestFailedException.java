package io.tributary.p2p;

/**
 * A request that got no response: the requester's future fails with it, and a {@link RequestHandler} throws it to
 * answer with an error.
 */
public final class RequestFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final RequestError error;

  public RequestFailedException(final RequestError error, final String message) {
    super(error + (message.isEmpty() ? "" : ": " + message));
    this.error = error;
  }

  public RequestError error() {
    return error;
  }
}

package io.tributary.rpc;

/** A parameter that is missing, malformed or out of range; answered as -32602 with this message. */
public final class InvalidJsonRpcParameters extends RuntimeException {
  public InvalidJsonRpcParameters(final String message) {
    super(message);
  }
}

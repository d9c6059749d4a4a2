package io.tributary.rpc;

/** The outcome of one call: a result or an error, as a value. */
public sealed interface JsonRpcResponse {

  static JsonRpcResponse success(final Object result) {
    return new Success(result);
  }

  static JsonRpcResponse error(final JsonRpcError error) {
    return new Error(error, error.message(), null);
  }

  /** An error with a specific message (e.g. "nonce too low") in place of the generic one. */
  static JsonRpcResponse error(final JsonRpcError error, final String message) {
    return new Error(error, message, null);
  }

  static JsonRpcResponse error(final JsonRpcError error, final String message, final Object data) {
    return new Error(error, message, data);
  }

  /** {@code result} is serialised by Jackson; null is the JSON null (e.g. an unknown block). */
  record Success(Object result) implements JsonRpcResponse {}

  record Error(JsonRpcError error, String message, Object data) implements JsonRpcResponse {}

  /** Convenience for tests and logs. */
  default boolean isError() {
    return this instanceof Error;
  }
}

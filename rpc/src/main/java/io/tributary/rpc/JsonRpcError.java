package io.tributary.rpc;

/** JSON-RPC error codes as Ethereum clients use them (JSON-RPC 2.0 plus EIP-1474's -32000 range). */
public enum JsonRpcError {
  PARSE_ERROR(-32700, "Parse error"),
  INVALID_REQUEST(-32600, "Invalid Request"),
  METHOD_NOT_FOUND(-32601, "Method not found"),
  INVALID_PARAMS(-32602, "Invalid params"),
  INTERNAL_ERROR(-32603, "Internal error"),
  /** EIP-1474: generic server error, used by geth for rejected transactions ("nonce too low", ...). */
  SERVER_ERROR(-32000, "Server error"),
  RESOURCE_NOT_FOUND(-32001, "Resource not found"),
  LIMIT_EXCEEDED(-32005, "Limit exceeded"),
  /** A reverted eth_call / eth_estimateGas, with the revert data as error data. */
  EXECUTION_REVERTED(3, "execution reverted");

  private final int code;
  private final String message;

  JsonRpcError(final int code, final String message) {
    this.code = code;
    this.message = message;
  }

  public int code() {
    return code;
  }

  public String message() {
    return message;
  }
}

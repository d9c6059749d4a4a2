package io.tributary.rpc;

/** One JSON-RPC method; implementations are named after it ({@code EthChainId} serves {@code eth_chainId}). */
public interface JsonRpcMethod {
  String name();

  /**
   * Answers the call. Bad parameters may be reported by throwing {@link InvalidJsonRpcParameters} (turned into -32602
   * with its message); every other outcome is returned as a value.
   */
  JsonRpcResponse response(JsonRpcRequest request);
}

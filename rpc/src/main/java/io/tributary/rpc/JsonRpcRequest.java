package io.tributary.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed JSON-RPC 2.0 call. {@code id} is null for a notification (no response is sent); {@code params} is an
 * array or object node, or missing. {@code session} is the connection it came on (WebSocket subscriptions push there).
 */
public record JsonRpcRequest(JsonNode id, String method, JsonNode params, RpcSession session) {
  public boolean isNotification() {
    return id == null;
  }

  /** Positional parameters with typed, validated access. */
  public JsonRpcParameters parameters() {
    return new JsonRpcParameters(params);
  }
}

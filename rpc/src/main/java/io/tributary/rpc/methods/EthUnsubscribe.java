package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.subscription.SubscriptionManager;

/** {@code eth_unsubscribe}: true when the connection's subscription existed and is now gone. */
public final class EthUnsubscribe implements JsonRpcMethod {
  private final SubscriptionManager subscriptions;

  public EthUnsubscribe(final SubscriptionManager subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public String name() {
    return "eth_unsubscribe";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return JsonRpcResponse.success(subscriptions.unsubscribe(request.parameters().string(0, "subscription id"),
        request.session()));
  }
}

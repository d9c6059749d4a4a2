package io.tributary.rpc.subscription;

import java.util.Arrays;
import java.util.Optional;

/** The {@code eth_subscribe} kinds served. */
public enum SubscriptionType {
  NEW_HEADS("newHeads"),
  LOGS("logs"),
  NEW_PENDING_TRANSACTIONS("newPendingTransactions");

  private final String rpcName;

  SubscriptionType(final String rpcName) {
    this.rpcName = rpcName;
  }

  public String rpcName() {
    return rpcName;
  }

  public static Optional<SubscriptionType> fromRpcName(final String name) {
    return Arrays.stream(values()).filter(t -> t.rpcName.equals(name)).findFirst();
  }
}

package io.tributary.rpc.subscription;

import io.tributary.core.transaction.Transaction;
import io.tributary.rpc.RpcSession;
import java.util.List;
import java.util.function.Function;

/**
 * One live subscription: which connection it belongs to, and what it sends for each event (an empty list: nothing).
 */
record Subscription(String id, SubscriptionType type, RpcSession session, Function<NewBlock, List<Object>> onBlock,
    Function<Transaction, List<Object>> onTransaction) {}

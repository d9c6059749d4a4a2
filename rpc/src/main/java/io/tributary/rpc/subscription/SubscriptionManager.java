package io.tributary.rpc.subscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.transaction.Transaction;
import io.tributary.rpc.RpcSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live {@code eth_subscribe} subscriptions and their delivery as {@code eth_subscription} notifications. A
 * subscription ends when unsubscribed or when its connection closes.
 */
public final class SubscriptionManager {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionManager.class);

  private final ObjectMapper mapper;
  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  public SubscriptionManager(final ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Registers a subscription on a push-capable {@code session}; returns its id. */
  public String subscribe(final SubscriptionType type, final RpcSession session,
      final Function<NewBlock, List<Object>> onBlock, final Function<Transaction, List<Object>> onTransaction) {
    final byte[] raw = new byte[16];
    random.nextBytes(raw);
    final String id = "0x" + HexFormat.of().formatHex(raw);
    byId.put(id, new Subscription(id, type, session, onBlock, onTransaction));
    session.onClose(() -> byId.remove(id));
    return id;
  }

  /** Ends subscription {@code id} if {@code session} owns it. */
  public boolean unsubscribe(final String id, final RpcSession session) {
    final Subscription subscription = byId.get(id);
    if (subscription == null || subscription.session() != session) {
      return false;
    }
    return byId.remove(id) != null;
  }

  public int size() {
    return byId.size();
  }

  /** Delivers a new head to newHeads and logs subscribers. */
  public void onBlockAdded(final Block block, final List<TransactionReceipt> receipts) {
    final NewBlock event = new NewBlock(block, receipts);
    for (final Subscription subscription : byId.values()) {
      deliver(subscription, () -> subscription.onBlock().apply(event));
    }
  }

  /** Delivers a newly pooled transaction to newPendingTransactions subscribers. */
  public void onPendingTransaction(final Transaction tx) {
    for (final Subscription subscription : byId.values()) {
      deliver(subscription, () -> subscription.onTransaction().apply(tx));
    }
  }

  private void deliver(final Subscription subscription, final java.util.function.Supplier<List<Object>> payloads) {
    final Consumer<String> push = subscription.session().push().orElse(null);
    if (push == null) {
      return;
    }
    try {
      for (final Object payload : payloads.get()) {
        final ObjectNode params = mapper.createObjectNode();
        params.put("subscription", subscription.id());
        params.set("result", mapper.valueToTree(payload));
        final ObjectNode message = mapper.createObjectNode();
        message.put("jsonrpc", "2.0");
        message.put("method", "eth_subscription");
        message.set("params", params);
        push.accept(mapper.writeValueAsString(message));
      }
    } catch (final Exception e) {
      LOG.warn("Could not deliver to subscription {}", subscription.id(), e);
    }
  }
}

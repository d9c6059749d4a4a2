package io.tributary.rpc.query;

import io.tributary.core.types.Address;
import java.util.OptionalLong;

/**
 * The nonce a sender's next transaction should carry once its pooled transactions are counted, for
 * {@code eth_getTransactionCount(address, "pending")}; empty when the pool holds none that follow {@code stateNonce}.
 * The transaction pool's {@code nextNonce} fits it.
 */
@FunctionalInterface
public interface PendingNonces {
  PendingNonces NONE = (sender, stateNonce) -> OptionalLong.empty();

  OptionalLong nextNonce(Address sender, long stateNonce);
}

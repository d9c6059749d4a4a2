package io.tributary.consensus.bft.ports;

import io.tributary.consensus.bft.message.BftMessage;

/**
 * Sends a signed message to every peer (the node gossips {@code message.encoded()} as an opaque payload; receivers
 * hand the bytes to {@code BftService.onMessage}). Must not block the event thread for long; losing a message is
 * allowed (the engine re-sends its own messages on every timeout).
 */
@FunctionalInterface
public interface BftGossip {
  void broadcast(BftMessage message);
}

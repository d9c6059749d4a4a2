package io.tributary.consensus.bft.ports;

import io.tributary.consensus.bft.statemachine.Timeout;

/**
 * Schedules {@code timeout} to be handed back to the controller ({@code handleTimeout}) after {@code delayMillis}.
 * Timers are never cancelled: the controller ignores a timeout whose height, round or step has passed.
 */
@FunctionalInterface
public interface BftTimers {
  void schedule(Timeout timeout, long delayMillis);
}

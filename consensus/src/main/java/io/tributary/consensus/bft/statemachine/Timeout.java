package io.tributary.consensus.bft.statemachine;

/** A timer event: it only acts if the controller is still at {@code height} and {@code round}. */
public record Timeout(long height, int round, TimeoutStep step) {
  @Override
  public String toString() {
    return step + "(h=" + height + " r=" + round + ")";
  }
}

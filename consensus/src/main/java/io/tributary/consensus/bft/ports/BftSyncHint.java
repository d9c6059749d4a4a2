package io.tributary.consensus.bft.ports;

/**
 * Tells the node that validators sign messages for heights above this node's: it has fallen behind and should range
 * sync (blocks with their certificates) from its peers. Raised at once when f+1 distinct validators are ahead (at
 * least one of them honest), and on each retransmission timeout while any validator is ahead (a stuck node then
 * tries syncing rather than waiting forever for votes that were sent before it came back).
 */
@FunctionalInterface
public interface BftSyncHint {
  /**
   * @param ownHeight the height this node is deciding
   * @param highestSeen the highest height a validator signed a message for
   * @param validatorsAhead how many distinct validators were seen above {@code ownHeight}
   */
  void behind(long ownHeight, long highestSeen, int validatorsAhead);
}

package io.tributary.consensus.bft.ports;

/** Everything the controller talks to, in one value (the node builds one; tests build fakes). */
public record BftPorts(BftChain chain, ProposalCreator proposals, BlockValidator blockValidator, BftGossip gossip,
    BftTimers timers, FinalizedBlocks finalized, BftSyncHint syncHint, BftEventListener listener) {

  /** The same ports with {@code timers} replaced (the service supplies its own scheduler). */
  public BftPorts withTimers(final BftTimers replacement) {
    return new BftPorts(chain, proposals, blockValidator, gossip, replacement, finalized, syncHint, listener);
  }
}

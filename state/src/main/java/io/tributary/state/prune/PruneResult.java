package io.tributary.state.prune;

/** What one pruning pass did: the window it kept, how many nodes it kept and deleted, and in how many transactions. */
public record PruneResult(long oldestRetained, long head, long nodesKept, long nodesDeleted, int transactions) {}

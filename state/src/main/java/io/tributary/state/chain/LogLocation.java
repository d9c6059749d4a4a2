package io.tributary.state.chain;

/** A log found by the index: block number, transaction index in the block, log index in the transaction. */
public record LogLocation(long blockNumber, int transactionIndex, int logIndex) {}

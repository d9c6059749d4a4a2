package io.tributary.state.chain;

import io.tributary.core.types.Hash;

/** Where a transaction was included: its block and position. */
public record TransactionLocation(Hash blockHash, long blockNumber, int index) {}

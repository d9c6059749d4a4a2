package io.tributary.rpc.results;

/** {@code eth_syncing} while catching up: quantities, as Ethereum clients answer. */
public record SyncingResult(String startingBlock, String currentBlock, String highestBlock) {}

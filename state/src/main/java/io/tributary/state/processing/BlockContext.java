package io.tributary.state.processing;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;

/** What a transaction sees of the block it runs in. */
public record BlockContext(long number, long timestamp, Address coinbase, Wei baseFee, long gasLimit) {
  public static BlockContext of(final BlockHeader header) {
    return new BlockContext(header.number(), header.timestamp(), header.coinbase(),
        header.baseFeePerGas().orElse(Wei.ZERO), header.gasLimit());
  }
}

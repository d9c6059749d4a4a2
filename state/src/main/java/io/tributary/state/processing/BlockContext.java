package io.tributary.state.processing;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import org.apache.tuweni.bytes.Bytes32;

/**
 * What a transaction sees of the block it runs in.
 *
 * @param prevRandao the header's mixHash (PREVRANDAO); zero on Tributary's chain, whose BFT headers carry none
 * @param excessBlobGas EIP-4844's excess blob gas, which prices blob gas where a spec carries blobs
 */
public record BlockContext(long number, long timestamp, Address coinbase, Wei baseFee, long gasLimit,
    Bytes32 prevRandao, long excessBlobGas) {

  /** A block without PREVRANDAO or blob gas (Tributary's). */
  public BlockContext(final long number, final long timestamp, final Address coinbase, final Wei baseFee,
      final long gasLimit) {
    this(number, timestamp, coinbase, baseFee, gasLimit, Bytes32.ZERO, 0);
  }

  public static BlockContext of(final BlockHeader header) {
    return new BlockContext(header.number(), header.timestamp(), header.coinbase(),
        header.baseFeePerGas().orElse(Wei.ZERO), header.gasLimit(), header.mixHash(),
        header.excessBlobGas().orElse(0L));
  }
}

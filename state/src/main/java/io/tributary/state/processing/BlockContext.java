package io.tributary.state.processing;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.BlockHashLookup;
import org.apache.tuweni.bytes.Bytes32;

/**
 * What a transaction sees of the block it runs in.
 *
 * @param prevRandao the header's mixHash (PREVRANDAO); zero on Tributary's chain, whose BFT headers carry none
 * @param excessBlobGas EIP-4844's excess blob gas, which prices blob gas where a spec carries blobs
 * @param blockHashes BLOCKHASH's source: the hashes of this block's ancestors
 */
public record BlockContext(long number, long timestamp, Address coinbase, Wei baseFee, long gasLimit,
    Bytes32 prevRandao, long excessBlobGas, BlockHashLookup blockHashes) {
  /** A lookup that knows no block: BLOCKHASH answers zero. */
  public static final BlockHashLookup NO_BLOCK_HASHES = number -> Hash.ZERO;

  /** A block without PREVRANDAO or blob gas (Tributary's), whose ancestors' hashes are not known. */
  public BlockContext(final long number, final long timestamp, final Address coinbase, final Wei baseFee,
      final long gasLimit) {
    this(number, timestamp, coinbase, baseFee, gasLimit, Bytes32.ZERO, 0, NO_BLOCK_HASHES);
  }

  /** The context of {@code header}; BLOCKHASH answers zero unless {@link #withBlockHashes} gives it the chain. */
  public static BlockContext of(final BlockHeader header) {
    return new BlockContext(header.number(), header.timestamp(), header.coinbase(),
        header.baseFeePerGas().orElse(Wei.ZERO), header.gasLimit(), header.mixHash(),
        header.excessBlobGas().orElse(0L), NO_BLOCK_HASHES);
  }

  public BlockContext withBlockHashes(final BlockHashLookup value) {
    return new BlockContext(number, timestamp, coinbase, baseFee, gasLimit, prevRandao, excessBlobGas, value);
  }
}

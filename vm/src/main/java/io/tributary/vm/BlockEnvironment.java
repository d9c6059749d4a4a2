package io.tributary.vm;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Objects;
import org.apache.tuweni.bytes.Bytes32;

/**
 * What code sees of the block it runs in (COINBASE, TIMESTAMP, NUMBER, PREVRANDAO, GASLIMIT, CHAINID, BASEFEE,
 * BLOBBASEFEE, BLOCKHASH).
 *
 * @param prevRandao the header's mixHash; zero on Tributary's BFT chain
 * @param blobBaseFee EIP-4844's price of blob gas, derived from the header's excess blob gas by the caller
 */
public record BlockEnvironment(Address coinbase, long timestamp, long number, Bytes32 prevRandao, long gasLimit,
    Wei baseFee, Wei blobBaseFee, long chainId, BlockHashLookup blockHashes) {
  public BlockEnvironment {
    Objects.requireNonNull(coinbase);
    Objects.requireNonNull(prevRandao);
    Objects.requireNonNull(baseFee);
    Objects.requireNonNull(blobBaseFee);
    Objects.requireNonNull(blockHashes);
  }
}

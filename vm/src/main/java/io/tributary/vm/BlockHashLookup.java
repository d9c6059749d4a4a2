package io.tributary.vm;

import io.tributary.core.types.Hash;

/**
 * BLOCKHASH's source: the hash of an ancestor block by number. The EVM only asks for the 256 most recent ancestors
 * (number in [current - 256, current - 1]) and answers zero for any other number itself.
 */
@FunctionalInterface
public interface BlockHashLookup {
  /** The hash of the canonical block {@code number}, or {@link Hash#ZERO} when unknown. */
  Hash blockHash(long number);
}

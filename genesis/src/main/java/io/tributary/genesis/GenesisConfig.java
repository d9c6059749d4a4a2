package io.tributary.genesis;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a chain starts from: its id, the first block's parameters, the validator set and the allocated accounts.
 *
 * @param validators the BFT validator set; may be empty in a file, in which case the node fills in its own key
 */
public record GenesisConfig(long chainId, long gasLimit, Wei baseFeePerGas, long timestamp, List<Address> validators,
    Map<Address, GenesisAccount> alloc) {
  public static final long DEFAULT_GAS_LIMIT = 30_000_000L;
  public static final Wei DEFAULT_BASE_FEE = Wei.of(1_000_000_000L);

  public GenesisConfig {
    validators = List.copyOf(validators);
    // Sorted by address, so every reader walks the accounts in one order.
    final TreeMap<Address, GenesisAccount> sorted = new TreeMap<>(GenesisConfig::compareAddresses);
    sorted.putAll(alloc);
    alloc = Collections.unmodifiableNavigableMap(sorted);
  }

  /** The same genesis with {@code validators} as its set (sorted ascending, as block extraData lists them). */
  public GenesisConfig withValidators(final List<Address> newValidators) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp,
        newValidators.stream().sorted(GenesisConfig::compareAddresses).toList(), alloc);
  }

  static int compareAddresses(final Address a, final Address b) {
    return java.util.Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe());
  }
}

package io.tributary.genesis;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovParams;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a chain starts from: its id, the first block's parameters, the validator set and the allocated accounts.
 *
 * @param validators the BFT validator set; may be empty in a file, in which case the node fills in its own key
 * @param governance the Governance module's parameters at genesis ({@code config.tributary.governance})
 */
public record GenesisConfig(long chainId, long gasLimit, Wei baseFeePerGas, long timestamp, List<Address> validators,
    Map<Address, GenesisAccount> alloc, GovParams governance) {
  public static final long DEFAULT_GAS_LIMIT = 30_000_000L;
  public static final Wei DEFAULT_BASE_FEE = Wei.of(1_000_000_000L);

  public GenesisConfig {
    validators = List.copyOf(validators);
    // Sorted by address, so every reader walks the accounts in one order.
    final TreeMap<Address, GenesisAccount> sorted = new TreeMap<>(GenesisConfig::compareAddresses);
    sorted.putAll(alloc);
    alloc = Collections.unmodifiableNavigableMap(sorted);
  }

  /** A genesis with the default governance parameters ({@link GovParams#DEFAULT}, the devnet's short periods). */
  public GenesisConfig(final long chainId, final long gasLimit, final Wei baseFeePerGas, final long timestamp,
      final List<Address> validators, final Map<Address, GenesisAccount> alloc) {
    this(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, GovParams.DEFAULT);
  }

  /** The same genesis with {@code validators} as its set (sorted ascending, as block extraData lists them). */
  public GenesisConfig withValidators(final List<Address> newValidators) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp,
        newValidators.stream().sorted(GenesisConfig::compareAddresses).toList(), alloc, governance);
  }

  /** The same genesis with these governance parameters. */
  public GenesisConfig withGovernance(final GovParams value) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, value);
  }

  static int compareAddresses(final Address a, final Address b) {
    return java.util.Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe());
  }
}

package io.tributary.genesis;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.gov.AiParameter;
import io.tributary.state.gov.ChainParameter;
import io.tributary.state.gov.GovParams;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a chain starts from: its id, the first block's parameters, the validator set and the allocated accounts.
 *
 * @param validators the BFT validator set; may be empty in a file, in which case the node fills in its own key
 * @param governance the Governance module's parameters at genesis ({@code config.tributary.governance})
 * @param aiParams the AI parameters a file names ({@code config.tributary.attribution} and {@code .ai}), in force from
 *     block 1; those left out keep the values the state holds (the spec's, or an exported chain's)
 * @param chainParams the chain parameters a file names ({@code config.tributary.chain}), likewise
 */
public record GenesisConfig(long chainId, long gasLimit, Wei baseFeePerGas, long timestamp, List<Address> validators,
    Map<Address, GenesisAccount> alloc, GovParams governance, Map<AiParameter, Integer> aiParams,
    Map<ChainParameter, Long> chainParams) {
  public static final long DEFAULT_GAS_LIMIT = 30_000_000L;
  public static final Wei DEFAULT_BASE_FEE = Wei.of(1_000_000_000L);

  public GenesisConfig {
    validators = List.copyOf(validators);
    // Sorted by address, so every reader walks the accounts in one order.
    final TreeMap<Address, GenesisAccount> sorted = new TreeMap<>(GenesisConfig::compareAddresses);
    sorted.putAll(alloc);
    alloc = Collections.unmodifiableNavigableMap(sorted);
    aiParams = Collections.unmodifiableMap(aiParams.isEmpty() ? new EnumMap<>(AiParameter.class)
        : new EnumMap<>(aiParams));
    chainParams = Collections.unmodifiableMap(chainParams.isEmpty() ? new EnumMap<>(ChainParameter.class)
        : new EnumMap<>(chainParams));
  }

  /** A genesis that names no AI or chain parameters (the state's are in force). */
  public GenesisConfig(final long chainId, final long gasLimit, final Wei baseFeePerGas, final long timestamp,
      final List<Address> validators, final Map<Address, GenesisAccount> alloc, final GovParams governance) {
    this(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, governance, Map.of(), Map.of());
  }

  /** A genesis with the default governance parameters ({@link GovParams#DEFAULT}, the devnet's short periods). */
  public GenesisConfig(final long chainId, final long gasLimit, final Wei baseFeePerGas, final long timestamp,
      final List<Address> validators, final Map<Address, GenesisAccount> alloc) {
    this(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, GovParams.DEFAULT);
  }

  /** The same genesis with {@code validators} as its set (sorted ascending, as block extraData lists them). */
  public GenesisConfig withValidators(final List<Address> newValidators) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp,
        newValidators.stream().sorted(GenesisConfig::compareAddresses).toList(), alloc, governance, aiParams,
        chainParams);
  }

  /** The same genesis with these governance parameters. */
  public GenesisConfig withGovernance(final GovParams value) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, value, aiParams,
        chainParams);
  }

  /** The same genesis naming these AI parameters. */
  public GenesisConfig withAiParams(final Map<AiParameter, Integer> values) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, governance, values,
        chainParams);
  }

  /** The same genesis naming these chain parameters. */
  public GenesisConfig withChainParams(final Map<ChainParameter, Long> values) {
    return new GenesisConfig(chainId, gasLimit, baseFeePerGas, timestamp, validators, alloc, governance, aiParams,
        values);
  }

  static int compareAddresses(final Address a, final Address b) {
    return java.util.Arrays.compareUnsigned(a.toArrayUnsafe(), b.toArrayUnsafe());
  }
}

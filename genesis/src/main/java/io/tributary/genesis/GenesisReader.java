package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.gov.AiParameter;
import io.tributary.state.gov.ChainParameter;
import io.tributary.state.gov.GovParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the tree of a genesis file into a {@link GenesisConfig}, reporting every problem on the way: the top level and
 * {@code config} here, {@code alloc} in {@link AllocReader}, {@code config.tributary.governance} in
 * {@link GovernanceReader}, {@code config.tributary.attribution}, {@code .ai} and {@code .chain} in
 * {@link ProtocolParamsReader}, unknown and geth fields in {@link KnownFields}.
 */
final class GenesisReader {
  /** The largest chain id whose EIP-155 signature {@code v} fits 64 bits (EIP-2294). */
  static final long MAX_CHAIN_ID = 9_223_372_036_854_775_771L;
  static final long MIN_GAS_LIMIT = 21_000;
  /** The most a parameter change could set: one block's execution stays bounded. */
  static final long MAX_GAS_LIMIT = 2_000_000_000L;
  static final String VALIDATORS = "config.tributary.validators";

  private static final List<String> TOP = List.of("config", "alloc", "gasLimit", "baseFeePerGas", "timestamp");
  private static final List<String> CONFIG = List.of("chainId", "tributary");
  private static final List<String> TRIBUTARY = List.of("validators", "governance", "attribution", "ai", "chain");

  private final GenesisProblems problems;
  private final boolean requireValidators;

  /**
   * @param requireValidators whether an empty validator set is a problem: it is for a file that starts a chain as it
   *     stands, not for one that {@code tributary dev} or {@code tributary node} completes with its own key
   */
  GenesisReader(final GenesisProblems problems, final boolean requireValidators) {
    this.problems = problems;
    this.requireValidators = requireValidators;
  }

  /** The genesis, or empty when there was any problem (then {@code problems} holds every one). */
  Optional<GenesisConfig> read(final JsonNode root) {
    if (!root.isObject()) {
      problems.report(GenesisProblem.ROOT, "must be a JSON object holding config and alloc, got "
          + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      return Optional.empty();
    }
    KnownFields.check(root, "", TOP, KnownFields.GETH_TOP, problems);
    long chainId = 0;
    List<Address> validators = List.of();
    GovParams governance = GovParams.DEFAULT;
    Map<AiParameter, Integer> aiParams = Map.of();
    Map<ChainParameter, Long> chainParams = Map.of();
    final Optional<JsonNode> config = JsonValues.optional(root, "config");
    if (config.isEmpty()) {
      problems.report("config", "missing (it holds at least chainId)");
    } else if (JsonValues.isObject(config.get(), "config", "chain settings", problems)) {
      KnownFields.check(config.get(), "config", CONFIG, KnownFields.GETH_CONFIG, problems);
      chainId = chainId(config.get());
      final Optional<JsonNode> tributary = JsonValues.optional(config.get(), "tributary");
      if (tributary.isPresent()
          && JsonValues.isObject(tributary.get(), "config.tributary", "Tributary's settings", problems)) {
        KnownFields.check(tributary.get(), "config.tributary", TRIBUTARY, Map.of(), problems);
        validators = validators(JsonValues.optional(tributary.get(), "validators"));
        governance = new GovernanceReader(problems).read(JsonValues.optional(tributary.get(), "governance"));
        final ProtocolParamsReader params = new ProtocolParamsReader(problems);
        aiParams = params.ai(tributary.get());
        chainParams = params.chain(tributary.get());
      } else if (tributary.isEmpty()) {
        validators = validators(Optional.empty());
      }
    }
    final long gasLimit = JsonValues.optional(root, "gasLimit").flatMap(g -> JsonValues.quantity(g, "gasLimit",
        MIN_GAS_LIMIT, MAX_GAS_LIMIT, " (at least one transfer's 21000 gas; at most what a parameter change could"
            + " set)", problems)).orElse(GenesisConfig.DEFAULT_GAS_LIMIT);
    final Wei baseFee = JsonValues.optional(root, "baseFeePerGas")
        .flatMap(b -> JsonValues.uint256(b, "baseFeePerGas", problems)).map(Wei::of)
        .orElse(GenesisConfig.DEFAULT_BASE_FEE);
    final long timestamp = JsonValues.optional(root, "timestamp")
        .flatMap(t -> JsonValues.quantity(t, "timestamp", 0, Long.MAX_VALUE, "", problems)).orElse(0L);
    final Map<Address, GenesisAccount> alloc = new AllocReader(problems).read(root.get("alloc"));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GenesisConfig(chainId, gasLimit, baseFee, timestamp, validators, alloc, governance,
        aiParams, chainParams).withValidators(validators));
  }

  private long chainId(final JsonNode config) {
    final Optional<JsonNode> node = JsonValues.optional(config, "chainId");
    if (node.isEmpty()) {
      problems.report("config.chainId", "missing");
      return 0;
    }
    return JsonValues.quantity(node.get(), "config.chainId", 1, MAX_CHAIN_ID,
        " (EIP-155 signatures must fit a 64-bit v: EIP-2294)", problems).orElse(0L);
  }

  private List<Address> validators(final Optional<JsonNode> node) {
    if (node.isEmpty() || node.get().isArray() && node.get().isEmpty()) {
      if (requireValidators) {
        problems.report(VALIDATORS, "no validators: a chain needs at least one to make blocks (tributary dev and"
            + " tributary node, given a genesis without any, make their own key the only one)");
      }
      return List.of();
    }
    if (!node.get().isArray()) {
      problems.report(VALIDATORS, "must be an array of validator addresses, got " + node.get());
      return List.of();
    }
    final List<Address> validators = new ArrayList<>();
    final Map<Address, Integer> seen = new HashMap<>();
    for (int i = 0; i < node.get().size(); i++) {
      final String path = GenesisProblems.element(VALIDATORS, i);
      final int index = i;
      JsonValues.address(node.get().get(i), path, problems).ifPresent(validator -> {
        final Integer first = seen.putIfAbsent(validator, index);
        if (first != null) {
          problems.report(path, "lists validator " + validator + " again (also at [" + first + "])");
        } else {
          validators.add(validator);
        }
      });
    }
    return validators;
  }
}

package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.state.ai.AiParams;
import io.tributary.state.gov.AiParameter;
import io.tributary.state.gov.ChainParameter;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code config.tributary.attribution}, {@code .ai} and {@code .chain}: the protocol parameters a proposal could set,
 * each section holding the parameters whose proposal names start with it ({@code attribution.minHits} is
 * {@code config.tributary.attribution.minHits}), each value within the range a proposal could set, the AI values
 * together consistent as a proposal's must be. The gas limit is the top-level {@code gasLimit}, not
 * {@code chain.gasLimit}.
 */
final class ProtocolParamsReader {
  static final String TRIBUTARY = "config.tributary";
  /** The sections, by the prefix of the proposal names they hold. */
  static final List<String> SECTIONS = List.of("attribution", "ai", "chain");

  private final GenesisProblems problems;

  ProtocolParamsReader(final GenesisProblems problems) {
    this.problems = problems;
  }

  /** The AI parameters of {@code config.tributary.attribution} and {@code .ai}. */
  Map<AiParameter, Integer> ai(final JsonNode tributary) {
    final Map<AiParameter, Integer> values = new EnumMap<>(AiParameter.class);
    for (final String section : List.of("attribution", "ai")) {
      final Optional<JsonNode> node = JsonValues.optional(tributary, section);
      final String path = GenesisProblems.field(TRIBUTARY, section);
      if (node.isEmpty() || !JsonValues.isObject(node.get(), path, "parameter -> value", problems)) {
        continue;
      }
      final List<AiParameter> known = Arrays.stream(AiParameter.values())
          .filter(p -> p.key().startsWith(section + ".")).toList();
      for (final Map.Entry<String, JsonNode> entry : node.get().properties()) {
        final String field = GenesisProblems.field(path, entry.getKey());
        final Optional<AiParameter> parameter = AiParameter.byKey(section + "." + entry.getKey());
        if (parameter.isEmpty()) {
          problems.report(field, "not a parameter of " + section + " (" + names(known.stream()
              .map(AiParameter::key).toList(), section) + ")");
          continue;
        }
        value(entry.getValue(), field, parameter.get().range(), parameter.get()::allows)
            .ifPresent(v -> values.put(parameter.get(), v.intValueExact()));
      }
    }
    AiParams params = AiParams.DEFAULT;
    for (final Map.Entry<AiParameter, Integer> entry : values.entrySet()) {
      params = entry.getKey().with(params, entry.getValue());
    }
    final String inconsistency = AiParameter.inconsistency(params);
    if (inconsistency != null) {
      problems.report(GenesisProblems.field(TRIBUTARY, "ai"), inconsistency + " (with the defaults of those left"
          + " out)");
    }
    return values;
  }

  /** The chain parameters of {@code config.tributary.chain}. */
  Map<ChainParameter, Long> chain(final JsonNode tributary) {
    final Map<ChainParameter, Long> values = new EnumMap<>(ChainParameter.class);
    final String path = GenesisProblems.field(TRIBUTARY, "chain");
    final Optional<JsonNode> node = JsonValues.optional(tributary, "chain");
    if (node.isEmpty() || !JsonValues.isObject(node.get(), path, "parameter -> value", problems)) {
      return values;
    }
    final List<ChainParameter> known = Arrays.stream(ChainParameter.values())
        .filter(p -> p != ChainParameter.GAS_LIMIT).toList();
    for (final Map.Entry<String, JsonNode> entry : node.get().properties()) {
      final String field = GenesisProblems.field(path, entry.getKey());
      final Optional<ChainParameter> parameter = ChainParameter.byKey("chain." + entry.getKey());
      if (parameter.isEmpty()) {
        problems.report(field, "not a parameter of chain (" + names(known.stream().map(ChainParameter::key).toList(),
            "chain") + ")");
      } else if (parameter.get() == ChainParameter.GAS_LIMIT) {
        problems.report(field, "the gas limit at genesis is the top-level gasLimit (chain.gasLimit is what a"
            + " proposal changes later)");
      } else {
        value(entry.getValue(), field, parameter.get().range(), parameter.get()::allows)
            .ifPresent(v -> values.put(parameter.get(), v.longValueExact()));
      }
    }
    return values;
  }

  private Optional<BigInteger> value(final JsonNode node, final String path, final String range,
      final java.util.function.Predicate<BigInteger> allows) {
    return JsonValues.quantity(node, path, problems).filter(value -> {
      if (allows.test(value)) {
        return true;
      }
      problems.report(path, "is " + value + ", outside " + range + " (the range a proposal could set)");
      return false;
    });
  }

  private static String names(final List<String> keys, final String section) {
    return String.join(", ", keys.stream().map(k -> k.substring(section.length() + 1)).toList());
  }
}

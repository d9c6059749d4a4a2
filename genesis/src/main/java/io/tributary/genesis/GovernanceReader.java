package io.tributary.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.types.Wei;
import io.tributary.state.gov.GovParameter;
import io.tributary.state.gov.GovParams;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code config.tributary.governance}: any of the governance parameters by the names proposals use
 * ({@code minDeposit} in wei, {@code depositPeriod}, {@code votingPeriod} in blocks, {@code quorumBps},
 * {@code thresholdBps}, {@code vetoBps}), each within the range a proposal could set; the rest keep their defaults.
 */
final class GovernanceReader {
  static final String PATH = "config.tributary.governance";

  private final GenesisProblems problems;

  GovernanceReader(final GenesisProblems problems) {
    this.problems = problems;
  }

  GovParams read(final Optional<JsonNode> governance) {
    if (governance.isEmpty() || !JsonValues.isObject(governance.get(), PATH, "parameter -> value", problems)) {
      return GovParams.DEFAULT;
    }
    final Map<GovParameter, BigInteger> values = new EnumMap<>(GovParameter.class);
    for (final Map.Entry<String, JsonNode> entry : governance.get().properties()) {
      final String path = GenesisProblems.field(PATH, entry.getKey());
      final Optional<GovParameter> parameter = GovParameter.byKey(entry.getKey());
      if (parameter.isEmpty()) {
        problems.report(path, "not a governance parameter (" + String.join(", ",
            Arrays.stream(GovParameter.values()).map(GovParameter::key).toList()) + ")");
        continue;
      }
      JsonValues.quantity(entry.getValue(), path, problems).ifPresent(value -> {
        if (parameter.get().allows(value)) {
          values.put(parameter.get(), value);
        } else {
          problems.report(path, "is " + value + ", outside " + parameter.get().range()
              + " (the range a proposal could set)");
        }
      });
    }
    final GovParams d = GovParams.DEFAULT;
    return new GovParams(
        values.containsKey(GovParameter.MIN_DEPOSIT) ? Wei.of(values.get(GovParameter.MIN_DEPOSIT)) : d.minDeposit(),
        values.getOrDefault(GovParameter.DEPOSIT_PERIOD, BigInteger.valueOf(d.depositPeriod())).longValueExact(),
        values.getOrDefault(GovParameter.VOTING_PERIOD, BigInteger.valueOf(d.votingPeriod())).longValueExact(),
        values.getOrDefault(GovParameter.QUORUM_BPS, BigInteger.valueOf(d.quorumBps())).intValueExact(),
        values.getOrDefault(GovParameter.THRESHOLD_BPS, BigInteger.valueOf(d.thresholdBps())).intValueExact(),
        values.getOrDefault(GovParameter.VETO_BPS, BigInteger.valueOf(d.vetoBps())).intValueExact());
  }
}

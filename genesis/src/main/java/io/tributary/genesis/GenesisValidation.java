package io.tributary.genesis;

import java.util.List;
import java.util.Optional;

/**
 * What checking a genesis file found: the genesis it describes when nothing is wrong, else every problem.
 *
 * @param config the genesis; present exactly when {@code problems} is empty
 * @param problems every problem, each with its JSON path: keys written twice first, then in the order of the file
 */
public record GenesisValidation(Optional<GenesisConfig> config, List<GenesisProblem> problems) {
  public GenesisValidation {
    problems = List.copyOf(problems);
    if (config.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a genesis validation has either a config or problems");
    }
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The genesis, or a {@link GenesisException} listing every problem. */
  public GenesisConfig orElseThrow() {
    return config.orElseThrow(() -> new GenesisException(problems));
  }
}

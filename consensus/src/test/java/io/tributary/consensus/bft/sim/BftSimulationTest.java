package io.tributary.consensus.bft.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeded simulation of {@link Simulation}: hundreds of seeds per validator count in {@code make test}, thousands
 * in {@code make soak}. {@code -Dtributary.sim.seeds=N} sets the number of seeds; {@code -Dtributary.sim.seed=S}
 * runs the one seed S with its whole trace printed (what a failure report asks you to run).
 */
class BftSimulationTest {
  private static final boolean SOAK = Boolean.getBoolean("tributary.soak");
  private static final int SEEDS = Integer.getInteger("tributary.sim.seeds", SOAK ? 3_000 : 200);
  private static final Long ONE_SEED = Long.getLong("tributary.sim.seed");

  @Test
  void oneValidatorCommitsEveryHeightAlone() {
    runSeeds(1, 10, Math.max(1, SEEDS / 10));
  }

  @Test
  void fourValidatorsStaySafeAndLiveUnderFaultsAndOneByzantine() {
    runSeeds(4, 5, SEEDS);
  }

  @Test
  void sevenValidatorsStaySafeAndLiveUnderFaultsAndTwoByzantine() {
    runSeeds(7, 4, Math.max(1, SEEDS / 2));
  }

  private static void runSeeds(final int validators, final long height, final int seeds) {
    if (ONE_SEED != null) {
      final Simulation.Outcome outcome = new Simulation(ONE_SEED, validators, height, Integer.MAX_VALUE).run();
      outcome.trace().forEach(System.out::println);
      assertThat(outcome.ok()).as(outcome.failure()).isTrue();
      return;
    }
    final long started = System.nanoTime();
    final List<Simulation.Outcome> failures = new ArrayList<>();
    int maxRound = 0;
    long virtual = 0;
    long events = 0;
    long decodes = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      final Simulation.Outcome outcome = new Simulation(seed, validators, height, 300).run();
      maxRound = Math.max(maxRound, outcome.maxRound());
      virtual += outcome.virtualMillis();
      events += outcome.events();
      decodes += outcome.decodes();
      if (!outcome.ok()) {
        failures.add(outcome);
      }
    }
    System.out.printf("BFT simulation: %d validators, %d seeds, %d failed, %d ms wall, %d s virtual, max round %d,"
        + " %d events, %d distinct messages%n", validators, seeds, failures.size(),
        (System.nanoTime() - started) / 1_000_000, virtual / 1_000, maxRound, events, decodes);
    if (!failures.isEmpty()) {
      final Simulation.Outcome first = failures.get(0);
      System.out.println("First failing seed " + first.seed() + " (" + first.scenario() + "): " + first.failure());
      first.trace().forEach(line -> System.out.println("  " + line));
      System.out.println("Reproduce: mvn -pl consensus test -Dtest=BftSimulationTest -Dtributary.sim.seed="
          + first.seed());
    }
    assertThat(failures.stream().map(o -> "seed " + o.seed() + ": " + o.failure()).toList()).isEmpty();
  }
}

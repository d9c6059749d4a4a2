package io.tributary.testnet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sequence of actions of a soak, drawn from its seed alone, so that a failing run can be replayed with the same
 * seed: each action waits its gap, takes one validator out (the scheduler never takes a second one while the first is
 * out or catching up) and brings it back after its down time. The runner performs them in order until the soak's
 * duration has passed; a slow machine performs fewer of them, but always the same ones first.
 */
final class SoakSchedule {
  /** What a planned action does to its node. */
  enum Kind {
    KILL_RESTART("kill-restart"), PAUSE("pause"), PARTITION("partition");

    final String text;

    Kind(final String text) {
      this.text = text;
    }

    static Kind of(final String text) {
      for (final Kind kind : values()) {
        if (kind.text.equals(text)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("no soak action " + text);
    }
  }

  /**
   * One planned action.
   *
   * @param index 1-based
   * @param gap how long the network runs whole before it
   * @param kind what it does
   * @param node the validator it takes out
   * @param down how long that validator stays out
   */
  record Action(int index, Duration gap, Kind kind, String node, Duration down) {
    String describe() {
      return "#" + index + " " + kind.text + " " + node + " for " + FaultManifest.text(down);
    }
  }

  private SoakSchedule() {}

  /** Enough actions to fill the soak's duration if each took no longer than planned (and at most 100,000). */
  static List<Action> plan(final SoakManifest soak) {
    final SplittableRandom random = new SplittableRandom(soak.seed());
    final Map<String, Integer> weights = soak.weights();
    final int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    final List<Action> actions = new ArrayList<>();
    long plannedMillis = 0;
    final long durationMillis = soak.durationValue().toMillis();
    while (plannedMillis < durationMillis && actions.size() < 100_000) {
      final Duration gap = draw(random, soak.gap());
      int pick = random.nextInt(total);
      Kind kind = null;
      for (final Map.Entry<String, Integer> weight : weights.entrySet()) {
        if (pick < weight.getValue()) {
          kind = Kind.of(weight.getKey());
          break;
        }
        pick -= weight.getValue();
      }
      final String node = "node" + random.nextInt(soak.validators());
      final Duration down = draw(random, soak.down());
      actions.add(new Action(actions.size() + 1, gap, kind, node, down));
      plannedMillis += gap.toMillis() + down.toMillis();
    }
    return actions;
  }

  private static Duration draw(final SplittableRandom random, final SoakManifest.Range range) {
    final long min = range.minDuration().toMillis();
    final long max = range.maxDuration().toMillis();
    return Duration.ofMillis(min == max ? min : random.nextLong(min, max + 1));
  }
}

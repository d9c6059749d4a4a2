package io.tributary.testnet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crash-consistency soak: a network of validators under steady transfers for {@code duration} while a seeded
 * scheduler takes one validator at a time out (kill -9 and restart, SIGSTOP and SIGCONT, or cut off by a partition)
 * and brings it back. JSON:
 *
 * <pre>{@code
 * {"name": "soak", "validators": 4, "blockTime": "1s", "duration": "30m", "seed": 12,
 *  "load": {"tps": 20, "accounts": 40},
 *  "actions": {"kill-restart": 2, "pause": 2, "partition": 1},
 *  "gap": {"min": "5s", "max": "20s"}, "down": {"min": "2s", "max": "15s"}}
 * }</pre>
 *
 * @param name shown in the report
 * @param validators validators in the genesis (at least 4, so that one of them may be out: f = floor((n-1)/3))
 * @param blockTime the nodes' --block-time
 * @param duration how long the scheduler perturbs the network (the load runs as long, then drains)
 * @param seed the scheduler's seed: the same seed gives the same sequence of actions, nodes and delays
 * @param load the transfers sent during the whole run
 * @param actions relative weights of {@code kill-restart}, {@code pause} and {@code partition} (absent: 0)
 * @param gap how long the network runs whole between two actions, drawn uniformly in [min, max]
 * @param down how long a validator stays out, drawn uniformly in [min, max]
 * @param catchUp how long the chain may take to finalise 2 blocks with one validator out, and a returning node to
 *     catch up (default 120s)
 * @param resendAfter a transaction not in a block this long after its last send is sent again to another node, as a
 *     wallet rebroadcasts (default 20s)
 * @param drain how long the load waits for its last transactions after sending stops (default 120s)
 */
public record SoakManifest(String name, int validators, String blockTime, String duration, long seed,
    FaultManifest.Load load, Map<String, Integer> actions, Range gap, Range down, String catchUp, String resendAfter,
    String drain) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  /** The actions the scheduler draws from, by their manifest names. */
  static final List<String> ACTIONS = List.of("kill-restart", "pause", "partition");

  /** A closed interval of durations ("2s", "15s"). */
  public record Range(String min, String max) {
    Duration minDuration() {
      return FaultManifest.duration(min, null);
    }

    Duration maxDuration() {
      return FaultManifest.duration(max, null);
    }
  }

  public String blockTime() {
    return blockTime == null ? "1s" : blockTime;
  }

  public Duration durationValue() {
    return FaultManifest.duration(duration, null);
  }

  public Duration catchUpDuration() {
    return FaultManifest.duration(catchUp, "120s");
  }

  public Duration resendAfterDuration() {
    return FaultManifest.duration(resendAfter, "20s");
  }

  public Duration drainDuration() {
    return FaultManifest.duration(drain, "120s");
  }

  /** The action weights in {@link #ACTIONS} order. */
  public Map<String, Integer> weights() {
    final Map<String, Integer> weights = new LinkedHashMap<>();
    for (final String action : ACTIONS) {
      weights.put(action, actions == null ? 0 : actions.getOrDefault(action, 0));
    }
    return weights;
  }

  /** The same soak with another seed (a replay of a failing run, or a new one). */
  public SoakManifest withSeed(final long newSeed) {
    return new SoakManifest(name, validators, blockTime, duration, newSeed, load, actions, gap, down, catchUp,
        resendAfter, drain);
  }

  /** The same soak for another duration. */
  public SoakManifest withDuration(final String newDuration) {
    return new SoakManifest(name, validators, blockTime, newDuration, seed, load, actions, gap, down, catchUp,
        resendAfter, drain);
  }

  /** The network part as a fault scenario without steps, for {@link Cluster}. */
  FaultManifest network() {
    return new FaultManifest(name, validators, 0, List.of(), blockTime(), load, null, catchUp, List.of());
  }

  public static SoakManifest read(final Path file) throws IOException {
    final SoakManifest manifest;
    try {
      manifest = JSON.readValue(Files.readString(file), SoakManifest.class);
    } catch (final JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage());
    }
    manifest.validate(file.toString());
    return manifest;
  }

  /** Refuses what cannot run. */
  public void validate(final String where) {
    if (validators < 4 || validators > 20) {
      throw new IllegalArgumentException(where + ": a soak needs 4..20 validators, so that one may be out");
    }
    if (duration == null || durationValue().isZero() || durationValue().isNegative()) {
      throw new IllegalArgumentException(where + ": duration must be positive (\"30m\")");
    }
    FaultManifest.duration(blockTime, "1s");
    catchUpDuration();
    resendAfterDuration();
    drainDuration();
    if (load == null || load.tps() < 1 || load.accountCount() < 1) {
      throw new IllegalArgumentException(where + ": load needs tps >= 1 and accounts >= 1");
    }
    if (actions != null) {
      for (final Map.Entry<String, Integer> entry : actions.entrySet()) {
        if (!ACTIONS.contains(entry.getKey()) || entry.getValue() == null || entry.getValue() < 0) {
          throw new IllegalArgumentException(where + ": actions takes weights >= 0 of " + ACTIONS + ", not "
              + entry.getKey() + "=" + entry.getValue());
        }
      }
    }
    if (weights().values().stream().mapToInt(Integer::intValue).sum() == 0) {
      throw new IllegalArgumentException(where + ": actions gives no action a weight");
    }
    for (final Map.Entry<String, Range> range : Map.of("gap", gap, "down", down).entrySet()) {
      if (range.getValue() == null || range.getValue().min() == null || range.getValue().max() == null) {
        throw new IllegalArgumentException(where + ": " + range.getKey() + " needs min and max");
      }
      if (range.getValue().minDuration().compareTo(range.getValue().maxDuration()) > 0) {
        throw new IllegalArgumentException(where + ": " + range.getKey() + ".min is above its max");
      }
    }
  }
}

package io.tributary.testnet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.node.cli.run.DurationConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * A fault scenario, as CometBFT's e2e manifests are: the network (validators, full nodes, which of them join late),
 * optional background load, and steps run one after the other, each when its trigger is reached. Nodes are named
 * node0, node1, ... (validators first). JSON:
 *
 * <pre>{@code
 * {"name": "kill-restart", "validators": 4, "blockTime": "1s",
 *  "steps": [{"atHeight": 5, "action": "kill", "nodes": ["node1"]},
 *            {"after": "5s", "action": "restart", "nodes": ["node1"]}]}
 * }</pre>
 *
 * @param name shown in the report
 * @param validators validators in the genesis
 * @param fullNodes non-validating nodes after them
 * @param lateJoiners nodes not started at the beginning; a {@code start} step starts them
 * @param blockTime the nodes' --block-time
 * @param load background transfers during the whole scenario, or null
 * @param observe how long a "halted" expectation watches the chain (default 5s)
 * @param catchUp how long a node may take to catch up, and the chain to advance when it should (default 60s)
 * @param steps the perturbations, in order
 */
public record FaultManifest(String name, int validators, int fullNodes, List<String> lateJoiners, String blockTime,
    Load load, String observe, String catchUp, List<Step> steps) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What a step does. */
  public enum Action {
    @JsonProperty("kill") KILL,
    @JsonProperty("restart") RESTART,
    @JsonProperty("kill-restart") KILL_RESTART,
    @JsonProperty("pause") PAUSE,
    @JsonProperty("resume") RESUME,
    @JsonProperty("partition") PARTITION,
    @JsonProperty("heal") HEAL,
    @JsonProperty("start") START,
    @JsonProperty("expect") EXPECT
  }

  /**
   * One perturbation.
   *
   * @param atHeight run once the highest node reports this block (optional)
   * @param after run this long after the previous step (optional; both may be given, the later wins)
   * @param action what to do
   * @param nodes the nodes it applies to (kill, restart, kill-restart, pause, resume, start)
   * @param groups for partition: groups of nodes that can talk only within their group
   * @param duration for kill-restart and pause: how long the node stays down before restart or SIGCONT
   * @param expect for expect: "advancing" or "halted" (every step also checks what the quorum implies)
   */
  public record Step(Long atHeight, String after, Action action, List<String> nodes, List<List<String>> groups,
      @JsonProperty("for") String duration, String expect) {
    public List<String> nodes() {
      return nodes == null ? List.of() : nodes;
    }

    public List<List<String>> groups() {
      return groups == null ? List.of() : groups;
    }

    public String describe() {
      final StringBuilder text = new StringBuilder(action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      if (!nodes().isEmpty()) {
        text.append(' ').append(String.join(",", nodes()));
      }
      if (!groups().isEmpty()) {
        text.append(' ').append(groups());
      }
      if (duration != null) {
        text.append(" for ").append(duration);
      }
      if (expect != null) {
        text.append(' ').append(expect);
      }
      return text.toString();
    }
  }

  /**
   * Background load.
   *
   * @param tps transfers per second over all nodes
   * @param accounts funded accounts to send from (default 20)
   */
  public record Load(int tps, Integer accounts) {
    public int accountCount() {
      return accounts == null ? 20 : accounts;
    }
  }

  public List<String> lateJoiners() {
    return lateJoiners == null ? List.of() : lateJoiners;
  }

  public List<Step> steps() {
    return steps == null ? List.of() : steps;
  }

  public String blockTime() {
    return blockTime == null ? "1s" : blockTime;
  }

  public Duration observeDuration() {
    return duration(observe, "5s");
  }

  public Duration catchUpDuration() {
    return duration(catchUp, "60s");
  }

  public List<String> nodeNames() {
    final List<String> names = new ArrayList<>();
    for (int i = 0; i < validators + fullNodes; i++) {
      names.add("node" + i);
    }
    return names;
  }

  /** A duration as manifests write it: "500ms", "3s", "2m". */
  public static String text(final Duration duration) {
    final long millis = duration.toMillis();
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /** A duration as manifests write it; a malformed one is an {@link IllegalArgumentException} quoting it. */
  public static Duration duration(final String text, final String fallback) {
    try {
      return new DurationConverter().convert(text == null ? fallback : text);
    } catch (final CommandLine.TypeConversionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  public static FaultManifest read(final Path file) throws IOException {
    final FaultManifest manifest;
    try {
      manifest = JSON.readValue(Files.readString(file), FaultManifest.class);
    } catch (final JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage());
    }
    manifest.validate(file.toString());
    return manifest;
  }

  /** Refuses what cannot run, naming the step at fault. */
  public void validate(final String where) {
    if (validators < 1 || fullNodes < 0 || validators + fullNodes > 20) {
      throw new IllegalArgumentException(where + ": validators must be 1..20 and fullNodes >= 0");
    }
    duration(blockTime, "1s");
    observeDuration();
    catchUpDuration();
    final Set<String> names = new HashSet<>(nodeNames());
    for (final String late : lateJoiners()) {
      if (!names.contains(late)) {
        throw new IllegalArgumentException(where + ": lateJoiners names " + late + ", not a node (" + nodeNames() + ")");
      }
    }
    if (load != null && (load.tps() < 1 || load.accountCount() < 1)) {
      throw new IllegalArgumentException(where + ": load needs tps >= 1 and accounts >= 1");
    }
    for (int i = 0; i < steps().size(); i++) {
      final Step step = steps().get(i);
      final String at = where + ": step " + (i + 1);
      if (step.action() == null) {
        throw new IllegalArgumentException(at + " has no action");
      }
      for (final String node : step.nodes()) {
        if (!names.contains(node)) {
          throw new IllegalArgumentException(at + " names " + node + ", not a node (" + nodeNames() + ")");
        }
      }
      if (step.after() != null) {
        duration(step.after(), null);
      }
      if (step.duration() != null) {
        duration(step.duration(), null);
      }
      switch (step.action()) {
        case KILL, RESTART, KILL_RESTART, PAUSE, RESUME, START -> {
          if (step.nodes().isEmpty()) {
            throw new IllegalArgumentException(at + " (" + step.describe() + ") names no nodes");
          }
        }
        case PARTITION -> {
          final Set<String> seen = new HashSet<>();
          for (final List<String> group : step.groups()) {
            for (final String node : group) {
              if (!names.contains(node) || !seen.add(node)) {
                throw new IllegalArgumentException(at + ": partition groups name " + node
                    + " twice or it is not a node");
              }
            }
          }
          if (step.groups().size() < 2) {
            throw new IllegalArgumentException(at + ": a partition needs at least two groups");
          }
        }
        case EXPECT -> {
          if (!"advancing".equals(step.expect()) && !"halted".equals(step.expect())) {
            throw new IllegalArgumentException(at + ": expect must be \"advancing\" or \"halted\"");
          }
        }
        default -> {
          // heal takes nothing
        }
      }
    }
  }
}

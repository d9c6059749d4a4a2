package io.tributary.node.cli.run;

import io.tributary.state.world.StateRetention;
import picocli.CommandLine.Option;

/** How much world-state history a node keeps, shared by {@code dev} and {@code node}. */
public final class StateOptions {
  @Option(names = "--state-history", paramLabel = "BLOCKS", defaultValue = "128",
      description = "keep the world state of this many recent blocks readable; older states are pruned"
          + " (default: ${DEFAULT-VALUE}, the least allowed)")
  int historyBlocks;

  @Option(names = "--archive", description = "keep the world state of every block (no pruning)")
  boolean archive;

  public StateRetention toRetention() {
    return archive ? StateRetention.archive() : StateRetention.lastBlocks(historyBlocks);
  }
}

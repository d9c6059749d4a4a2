package io.tributary.node.upgrade;

import io.tributary.consensus.chain.BlockAddedListener;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.node.TributaryVersion;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.gov.ScheduledUpgrade;
import io.tributary.state.gov.UpgradeStore;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the protocol upgrades governance schedules: after each block (and once at start, from the head) it enters
 * the upgrades the chain's state lists into the node's fork schedule. When the next block would be governed by an
 * upgrade this release does not know, the node halts: consensus and sync stop at the last block it can check, with an
 * operator-readable reason, and JSON-RPC keeps serving the chain up to there.
 */
public final class UpgradeWatcher implements BlockAddedListener {
  private static final Logger LOG = LoggerFactory.getLogger(UpgradeWatcher.class);

  private final ProtocolSchedule schedule;
  private final WorldStateArchive worldState;
  private final Runnable halt;
  private final AtomicBoolean halted = new AtomicBoolean();
  private volatile String haltReason;
  private int seen;

  /** {@code halt} stops following the chain; it runs on its own thread (imports may run on the consensus thread). */
  public UpgradeWatcher(final ProtocolSchedule schedule, final WorldStateArchive worldState, final Runnable halt) {
    this.schedule = schedule;
    this.worldState = worldState;
    this.halt = halt;
  }

  /** Enters what the head's state schedules; returns whether the node may go on past the head. */
  public synchronized boolean start(final BlockHeader head) {
    follow(head);
    return !halted.get();
  }

  @Override
  public synchronized void onBlockAdded(final Block block, final List<TransactionReceipt> receipts) {
    follow(block.header());
  }

  /** Why this node stopped following the chain, if it did. */
  public Optional<String> haltReason() {
    return Optional.ofNullable(haltReason);
  }

  private void follow(final BlockHeader head) {
    final List<ScheduledUpgrade> upgrades = UpgradeStore.read(new WorldUpdaterEvmWorld(
        worldState.updater(head.stateRoot())));
    for (int i = seen; i < upgrades.size(); i++) {
      final ScheduledUpgrade upgrade = upgrades.get(i);
      // Governance never schedules one at genesis; a fork's file restoring such an entry gets block 1.
      if (schedule.scheduleUpgrade(upgrade.name(), Math.max(1, upgrade.height()))) {
        LOG.info("Protocol upgrade '{}' (governance proposal {}) enters the fork schedule at block {}",
            upgrade.name(), upgrade.proposal(), upgrade.height());
      } else if (upgrade.height() > head.number() + 1) {
        LOG.warn("Governance proposal {} scheduled protocol upgrade '{}' for block {}, which this release ({}) does"
            + " not know: install a release that supports it before then, or this node halts at block {}",
            upgrade.proposal(), upgrade.name(), upgrade.height(), TributaryVersion.clientVersion(),
            upgrade.height() - 1);
      }
    }
    seen = upgrades.size();
    final Optional<Map.Entry<Long, String>> missing = schedule.missingUpgradeAt(head.number() + 1);
    if (missing.isPresent() && halted.compareAndSet(false, true)) {
      haltReason = "block " + missing.get().getKey() + " activates protocol upgrade '" + missing.get().getValue()
          + "', which this release (" + TributaryVersion.clientVersion() + ") does not know";
      LOG.error("HALTED at block {}: {}. Install a release that supports '{}' and restart this node; until then it"
          + " serves JSON-RPC for the chain up to block {} and follows it no further.", head.number(), haltReason,
          missing.get().getValue(), head.number());
      final Thread stopper = new Thread(halt, "upgrade-halt");
      stopper.setDaemon(true);
      stopper.start();
    }
  }
}

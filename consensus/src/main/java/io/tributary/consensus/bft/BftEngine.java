package io.tributary.consensus.bft;

import io.tributary.consensus.blockcreation.BuiltBlock;
import io.tributary.consensus.chain.BlockImporter;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.Signature;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.chain.ChainStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives heights forward on one event thread, one block period apart. At each height the round-0 proposer builds and
 * seals a block; it is final once a quorum of validators has sealed its commit. This node holds a quorum alone only
 * when it is the single validator, which is what it runs today (the devnet, or a one-validator network): the
 * prepare/commit message exchange with peers arrives with the p2p layer, and a set of more validators is refused at
 * start rather than half-run.
 */
public final class BftEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BftEngine.class);

  private final ChainStore chain;
  private final BftProposer proposer;
  private final BlockImporter importer;
  private final BftBlockSealer sealer;
  private final Clock clock;
  private final Duration blockPeriod;
  private final ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor(r -> {
    final Thread thread = new Thread(r, "bft-engine");
    thread.setDaemon(true);
    return thread;
  });
  private Hash lastCommitted;
  private List<Signature> lastCommitSeals = List.of();

  public BftEngine(final ChainStore chain, final BftProposer proposer, final BlockImporter importer,
      final BftBlockSealer sealer, final Clock clock, final Duration blockPeriod) {
    this.chain = chain;
    this.proposer = proposer;
    this.importer = importer;
    this.sealer = sealer;
    this.clock = clock;
    this.blockPeriod = blockPeriod;
  }

  /** Checks this node can finalise blocks on its own, then starts producing one per block period. */
  public void start() {
    final BlockHeader head = chain.headHeader().orElseThrow(() -> new IllegalStateException("no genesis block"));
    final List<Address> validators = BftValidators.of(head);
    final Address self = sealer.key().address();
    if (!validators.contains(self)) {
      throw new IllegalStateException("this node's validator key " + self + " is not in the validator set "
          + validators);
    }
    if (BftValidators.quorum(validators.size()) > 1) {
      throw new IllegalStateException("the validator set has " + validators.size() + " members; this build"
          + " finalises blocks only as a single validator (multi-validator BFT needs the p2p layer)");
    }
    final long periodMillis = blockPeriod.toMillis();
    events.scheduleAtFixedRate(this::produceSafely, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    LOG.info("BFT engine started: validator {}, one block every {} ms from #{}", self, periodMillis,
        head.number() + 1);
  }

  private void produceSafely() {
    try {
      produce();
    } catch (final RuntimeException e) {
      LOG.error("Block production failed; retrying next period", e);
    }
  }

  /** Runs one height: propose, seal the commit, import. Public so tests drive it without timers. */
  public synchronized ValidationResult<BlockInvalidReason> produce() {
    final BlockHeader head = chain.headHeader().orElseThrow();
    final long timestamp = Math.max(head.timestamp() + 1, clock.instant().getEpochSecond());
    final BuiltBlock built = proposer.propose(head, 0, timestamp, parentCommitSeals(head));
    final ValidationResult<BlockInvalidReason> imported = importer.importOwn(built);
    if (!imported.isValid()) {
      LOG.error("Own block {} was refused: {}", built.block().number(), imported.message());
      return imported;
    }
    lastCommitted = built.block().hash();
    lastCommitSeals = List.of(sealer.commitSeal(lastCommitted));
    final BlockHeader header = built.block().header();
    LOG.info("Produced block #{} {} txs={} gas={} baseFee={} wei", header.number(),
        header.hash().toShortHexString(), built.block().body().transactions().size(), header.gasUsed(),
        header.baseFeePerGas().orElseThrow().toBigInteger());
    return imported;
  }

  /** The seals that finalised the head: remembered, or (after a restart) this sole validator's own, signed again. */
  private List<Signature> parentCommitSeals(final BlockHeader head) {
    if (head.number() == 0) {
      return List.of();
    }
    if (head.hash().equals(lastCommitted)) {
      return lastCommitSeals;
    }
    return List.of(sealer.commitSeal(head.hash()));
  }

  @Override
  public void close() {
    events.shutdown();
    try {
      if (!events.awaitTermination(10, TimeUnit.SECONDS)) {
        events.shutdownNow();
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      events.shutdownNow();
    }
  }
}

package io.tributary.consensus.bft.service;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.ports.BftEventListener;
import io.tributary.consensus.bft.statemachine.Timeout;
import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.types.Address;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operator's view of the engine (round changes, timeouts, decisions, equivocations), then the node's listener. */
final class LoggingBftEventListener implements BftEventListener {
  private static final Logger LOG = LoggerFactory.getLogger("io.tributary.consensus.bft");

  private final Clock clock;
  private final BftEventListener delegate;
  private long heightStartedAt;

  LoggingBftEventListener(final Clock clock, final BftEventListener delegate) {
    this.clock = clock;
    this.delegate = delegate;
  }

  @Override
  public void heightStarted(final long height, final List<Address> validators, final Address proposer) {
    heightStartedAt = clock.millis();
    LOG.debug("Height {}: {} validators, round-0 proposer {}", height, validators.size(), proposer);
    delegate.heightStarted(height, validators, proposer);
  }

  @Override
  public void roundStarted(final long height, final int round, final Address proposer, final String reason) {
    if (round > 0) {
      LOG.info("Round change: height {} round {} (proposer {}): {}", height, round, proposer, reason);
    } else if (reason.startsWith("restored")) {
      LOG.info("Height {} round {}: {}", height, round, reason);
    }
    delegate.roundStarted(height, round, proposer, reason);
  }

  @Override
  public void timeoutFired(final Timeout timeout) {
    if (timeout.round() > 0 || timeout.step() != io.tributary.consensus.bft.statemachine.TimeoutStep.BLOCK_PERIOD) {
      LOG.info("Timeout {}", timeout);
    }
    delegate.timeoutFired(timeout);
  }

  @Override
  public void proposed(final long height, final int round, final Block block, final int validRound) {
    LOG.debug("Proposed block #{} {} in round {}{} with {} txs", height, block.hash().toShortHexString(), round,
        validRound >= 0 ? " (re-proposing the valid block of round " + validRound + ")" : "",
        block.body().transactions().size());
    delegate.proposed(height, round, block, validRound);
  }

  @Override
  public void proposalRejected(final long height, final int round, final Address proposer, final String reason) {
    LOG.warn("Refused the proposal of {} for height {} round {}: {}", proposer, height, round, reason);
    delegate.proposalRejected(height, round, proposer, reason);
  }

  @Override
  public void messageRejected(final BftMessage message, final String reason) {
    LOG.debug("Refused {}: {}", message, reason);
    delegate.messageRejected(message, reason);
  }

  @Override
  public void decided(final long height, final int round, final Block block, final CommitCertificate certificate,
      final List<Address> committers) {
    LOG.info("Committed block #{} {} in round {} after {} ms: {} txs, commit seals of {}", height,
        block.hash().toShortHexString(), round, clock.millis() - heightStartedAt,
        block.body().transactions().size(), committers.stream().map(Address::toShortHexString).toList());
    delegate.decided(height, round, block, certificate, committers);
  }

  @Override
  public void equivocation(final Address author, final BftMessage first, final BftMessage second) {
    LOG.warn("Equivocation by validator {}: {} and {}", author, first, second);
    delegate.equivocation(author, first, second);
  }

  @Override
  public void resentFromWal(final BftMessage message, final String why) {
    LOG.warn("Write-ahead log: {}", why);
    delegate.resentFromWal(message, why);
  }
}

package io.tributary.consensus.bft.statemachine;

import io.tributary.consensus.bft.BftValidators;
import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.payload.BftPayload;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.consensus.bft.ports.BftChain;
import io.tributary.consensus.bft.ports.BftEventListener;
import io.tributary.consensus.bft.ports.BftPorts;
import io.tributary.consensus.bft.sim.SimBlocks;
import io.tributary.consensus.bft.wal.BftWal;
import io.tributary.consensus.bft.wal.InMemoryBftWal;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One controller under test among fake peers: every output is recorded (broadcasts, timers, decisions, sync hints,
 * equivocations) and time only moves when a test fires a recorded timeout.
 */
final class ControllerHarness implements BftChain {
  static final BftMessageCodec CODEC = new BftMessageCodec(7357, SignatureAlgorithms.get());

  final List<KeyPair> keys;
  final KeyPair self;
  final BlockHeader genesis;
  final SimBlocks blocks = new SimBlocks();
  final List<Block> chain = new ArrayList<>();
  final List<CommitCertificate> certificates = new ArrayList<>();
  final List<BftMessage> sent = new ArrayList<>();
  final List<Timeout> timers = new ArrayList<>();
  final List<String> events = new ArrayList<>();
  final List<Address> equivocators = new ArrayList<>();
  final List<Long> syncHints = new ArrayList<>();
  BftWal wal = new InMemoryBftWal();
  BftController controller;
  /** Set to make the next broadcast fail after the WAL write, as a kill -9 there would. */
  boolean crashOnBroadcast;

  ControllerHarness(final int validators, final int selfIndex) {
    keys = SimBlocks.keys(validators);
    self = keys.get(selfIndex);
    genesis = SimBlocks.genesis(keys);
  }

  BftController boot() {
    sent.clear();
    timers.clear();
    final BftPorts ports = new BftPorts(this,
        (parent, round, seals) -> SimBlocks.create(self, parent, round, seals, 0, false),
        blocks.validator(),
        message -> {
          if (crashOnBroadcast) {
            crashOnBroadcast = false;
            throw new IllegalStateException("killed");
          }
          sent.add(message);
        },
        (timeout, delay) -> timers.add(timeout),
        (block, certificate) -> {
          chain.add(block);
          certificates.add(certificate);
        },
        (own, highest, count) -> syncHints.add(highest),
        new BftEventListener() {
          @Override
          public void roundStarted(final long height, final int round, final Address proposer, final String why) {
            events.add("round " + height + "/" + round + ": " + why);
          }

          @Override
          public void proposalRejected(final long height, final int round, final Address proposer,
              final String reason) {
            events.add("rejected proposal " + height + "/" + round + ": " + reason);
          }

          @Override
          public void messageRejected(final BftMessage message, final String reason) {
            events.add("rejected " + message + ": " + reason);
          }

          @Override
          public void equivocation(final Address author, final BftMessage first, final BftMessage second) {
            equivocators.add(author);
          }
        });
    controller = new BftController(BftConfig.defaults(), CODEC, self, ports, wal);
    controller.start();
    return controller;
  }

  @Override
  public BlockHeader head() {
    return chain.isEmpty() ? genesis : chain.get(chain.size() - 1).header();
  }

  @Override
  public Optional<CommitCertificate> headCertificate() {
    return certificates.isEmpty() ? Optional.empty() : Optional.of(certificates.get(certificates.size() - 1));
  }

  KeyPair proposerOf(final long height, final int round) {
    final Address proposer = BftValidators.proposer(BftValidators.of(head()), height, round);
    return keys.stream().filter(k -> k.address().equals(proposer)).findFirst().orElseThrow();
  }

  /** A valid block for the next height proposed (and sealed) by the proposer of {@code round}. */
  Block blockFor(final int round, final int variant) {
    return SimBlocks.create(proposerOf(head().number() + 1, round), head(), round,
        headCertificate().map(CommitCertificate::seals).orElse(List.of()), variant, false);
  }

  BftMessage signed(final KeyPair author, final BftPayload payload) {
    return CODEC.sign(payload, author);
  }

  void receive(final KeyPair author, final BftPayload payload) {
    controller.handleMessage(signed(author, payload));
  }

  void propose(final int round, final Block block, final int validRound) {
    receive(proposerOf(block.number(), round), new Proposal(block.number(), round, block, validRound));
  }

  void prepare(final KeyPair author, final int round, final Hash hash) {
    receive(author, new Prepare(head().number() + 1, round, hash));
  }

  void commit(final KeyPair author, final int round, final Hash hash) {
    receive(author, CODEC.commit(head().number() + 1, round, hash, author));
  }

  /** Fires the last recorded timer of {@code step} (as if its delay elapsed). */
  void fire(final TimeoutStep step) {
    for (int i = timers.size() - 1; i >= 0; i--) {
      if (timers.get(i).step() == step) {
        controller.handleTimeout(timers.get(i));
        return;
      }
    }
    throw new AssertionError("no " + step + " timer in " + timers);
  }

  /** The messages this validator sent of {@code type} at (height, round). */
  List<BftMessage> sent(final MessageType type, final long height, final int round) {
    return sent.stream().filter(m -> m.type() == type && m.height() == height && m.round() == round
        && m.author().equals(self.address())).toList();
  }

  BftMessage lastSent(final MessageType type, final long height, final int round) {
    final List<BftMessage> messages = sent(type, height, round);
    if (messages.isEmpty()) {
      throw new AssertionError("no " + type + " at " + height + "/" + round + " in " + sent);
    }
    return messages.get(messages.size() - 1);
  }

  List<KeyPair> others() {
    return keys.stream().filter(k -> !k.equals(self)).toList();
  }
}

package io.tributary.consensus.bft.sim;

import io.tributary.consensus.bft.BftValidators;
import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.payload.BftPayload;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.consensus.bft.ports.BftChain;
import io.tributary.consensus.bft.ports.BftEventListener;
import io.tributary.consensus.bft.ports.BftPorts;
import io.tributary.consensus.bft.statemachine.BftConfig;
import io.tributary.consensus.bft.statemachine.BftController;
import io.tributary.consensus.bft.statemachine.Timeout;
import io.tributary.consensus.bft.wal.InMemoryBftWal;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.apache.tuweni.bytes.Bytes;

/**
 * One seeded run of N validators in virtual time. The network delays, drops and reorders messages and may partition
 * the validators until the global stabilisation time (GST); honest validators may crash (also right after writing a
 * message to the WAL and before sending it) and restart from their surviving WAL and chain; up to f Byzantine
 * validators equivocate (different proposals and votes to different peers), propose invalid blocks, vote nil or for
 * garbage and send malformed bytes. A validator that falls behind is handed decided blocks with their certificates
 * when its engine says it is behind (as the node's range sync will do).
 *
 * <p>Checks: safety at every step (no two different final blocks at one height among honest validators; every final
 * block's certificate has a quorum of its validators' seals), liveness after GST (every honest validator reaches
 * the target height within a bounded virtual time).
 */
public final class Simulation {
  /** What a run found. */
  public record Outcome(long seed, boolean ok, String failure, List<String> trace, long virtualMillis,
      int maxRound, String scenario, long events, long decodes) {}

  private long processed;

  private static final long LIVENESS_BOUND_MILLIS = 180_000;

  private final long seed;
  private final SplittableRandom random;
  private final int n;
  private final int f;
  private final long targetHeight;
  private final List<KeyPair> keys;
  private final List<Address> validators;
  private final BlockHeader genesis;
  private final SimBlocks blocks = new SimBlocks();
  private final BftMessageCodec codec = new BftMessageCodec(7357, SignatureAlgorithms.get());
  private final BftConfig config = BftConfig.defaults();
  private final Map<Bytes, Object> decoded = new HashMap<>();
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final Map<Long, Hash> finalized = new HashMap<>();
  private final ArrayDeque<String> trace = new ArrayDeque<>();
  private final int traceLimit;
  private final List<Node> nodes = new ArrayList<>();

  // network model
  private final long gst;
  private final double dropRate;
  /** Even a healed network loses the odd message (a reconnecting peer); retransmission must cover it. */
  private final double dropRateAfterGst;
  private final long maxDelay;
  private final boolean[] partitionSide;
  private final long partitionEnd;
  private long now;
  private long sequence;
  private String failure;
  private int maxRound;
  private final StringBuilder scenario = new StringBuilder();

  private abstract static class Event implements Comparable<Event> {
    long time;
    long seq;

    @Override
    public int compareTo(final Event o) {
      return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
    }

    abstract void run();
  }

  /** A validator: its durable parts (chain, WAL) survive a crash; its controller does not. */
  private final class Node implements BftChain {
    final int index;
    final KeyPair key;
    final boolean byzantine;
    final boolean asyncImport;
    final InMemoryBftWal wal = new InMemoryBftWal();
    final List<Block> chain = new ArrayList<>();
    final List<CommitCertificate> certificates = new ArrayList<>();
    BftController controller;
    int epoch;
    boolean crashed;
    boolean syncPending;
    long crashOnBroadcast = -1;
    long broadcasts;

    Node(final int index, final KeyPair key, final boolean byzantine, final boolean asyncImport) {
      this.index = index;
      this.key = key;
      this.byzantine = byzantine;
      this.asyncImport = asyncImport;
    }

    long headNumber() {
      return chain.size();
    }

    @Override
    public BlockHeader head() {
      return chain.isEmpty() ? genesis : chain.get(chain.size() - 1).header();
    }

    @Override
    public Optional<CommitCertificate> headCertificate() {
      return certificates.isEmpty() ? Optional.empty() : Optional.of(certificates.get(certificates.size() - 1));
    }

    void boot() {
      crashed = false;
      epoch++;
      final int bootEpoch = epoch;
      final BftPorts ports = new BftPorts(this,
          (parent, round, seals) -> SimBlocks.create(key, parent, round, seals, 0, false),
          blocks.validator(),
          message -> broadcast(this, message),
          (timeout, delay) -> schedule(delay, () -> {
            if (!crashed && epoch == bootEpoch) {
              guarded(this, () -> controller.handleTimeout(timeout));
            }
          }),
          (block, certificate) -> onFinalized(this, block, certificate),
          (own, highest, count) -> requestSync(this),
          listener(this));
      controller = new BftController(config, codec, key, ports, wal);
      controller.start();
    }

    void crash(final String why) {
      crashed = true;
      epoch++;
      controller = null;
      syncPending = false;
      log(name() + " crashes (" + why + ")");
    }

    String name() {
      return (byzantine ? "byz" : "v") + index;
    }
  }

  /** Thrown inside a node's event to cut it short, as a kill -9 would. */
  private static final class Crash extends RuntimeException {
    Crash() {
      super(null, null, false, false);
    }
  }

  public Simulation(final long seed, final int n, final long targetHeight, final int traceLimit) {
    this.seed = seed;
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    this.n = n;
    this.f = (n - 1) / 3;
    this.targetHeight = targetHeight;
    this.traceLimit = traceLimit;
    this.keys = SimBlocks.keys(n);
    this.validators = keys.stream().map(KeyPair::address).toList();
    this.genesis = SimBlocks.genesis(keys);

    gst = 1_000 + random.nextLong(15_000);
    dropRate = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.4;
    maxDelay = 5 + random.nextLong(random.nextBoolean() ? 300 : 3_000);
    dropRateAfterGst = random.nextBoolean() ? 0 : 0.05;
    partitionSide = new boolean[n];
    final boolean partition = n > 1 && random.nextBoolean();
    for (int i = 0; i < n; i++) {
      partitionSide[i] = partition && random.nextBoolean();
    }
    partitionEnd = partition ? gst : 0;
    final int byzantine = f == 0 ? 0 : random.nextInt(f + 1);
    for (int i = 0; i < n; i++) {
      nodes.add(new Node(i, keys.get(i), i < byzantine, random.nextBoolean()));
    }
    scenario.append("n=").append(n).append(" byzantine=").append(byzantine).append(" gst=").append(gst)
        .append(" drop=").append(Math.round(dropRate * 100)).append("%/").append(Math.round(dropRateAfterGst * 100))
        .append("% maxDelay=").append(maxDelay)
        .append(partition ? " partition=" + sides() : "");
  }

  private String sides() {
    final StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(partitionSide[i] ? 'A' : 'B');
    }
    return s.toString();
  }

  // ------------------------------------------------------------------ running

  public Outcome run() {
    for (final Node node : nodes) {
      node.boot();
    }
    planCrashes();
    log("scenario " + scenario);
    final long deadline = gst + LIVENESS_BOUND_MILLIS;
    while (failure == null && !events.isEmpty()) {
      final Event event = events.poll();
      if (event.time > deadline) {
        break;
      }
      now = event.time;
      processed++;
      event.run();
      if (allHonestAt(targetHeight)) {
        break;
      }
    }
    if (failure == null && !allHonestAt(targetHeight)) {
      final StringBuilder heights = new StringBuilder();
      for (final Node node : nodes) {
        heights.append(node.name()).append('=').append(node.headNumber()).append(node.crashed ? "(down)" : "")
            .append(node.controller == null ? "" : " " + node.controller).append("; ");
      }
      failure = "liveness: not every honest validator reached height " + targetHeight + " by " + now
          + " ms (gst " + gst + "): " + heights;
    }
    return new Outcome(seed, failure == null, failure, List.copyOf(trace), now, maxRound, scenario.toString(),
        processed, decoded.size());
  }

  private boolean allHonestAt(final long height) {
    for (final Node node : nodes) {
      if (!node.byzantine && (node.headNumber() < height || node.crashed)) {
        return false;
      }
    }
    return true;
  }

  private void planCrashes() {
    final List<Node> honest = nodes.stream().filter(node -> !node.byzantine).toList();
    if (honest.size() < 2 || random.nextInt(3) == 0) {
      return;
    }
    final int crashes = 1 + random.nextInt(Math.max(1, f));
    for (int i = 0; i < crashes; i++) {
      final Node node = honest.get(random.nextInt(honest.size()));
      final long at = random.nextLong(gst + 1);
      final long down = 100 + random.nextLong(5_000);
      if (random.nextBoolean()) {
        // A kill right after a WAL append and before the message leaves: the k-th broadcast from a moment on.
        schedule(at, () -> {
          if (!node.crashed) {
            node.crashOnBroadcast = node.broadcasts + 1 + random.nextInt(5);
          }
        });
      } else {
        schedule(at, () -> {
          if (!node.crashed) {
            node.crash("planned");
          }
        });
      }
      schedule(at + down, () -> restart(node));
      scenario.append(" crash(").append(node.name()).append('@').append(at).append('+').append(down).append(')');
    }
  }

  private void restart(final Node node) {
    node.crashOnBroadcast = -1;
    if (!node.crashed) {
      return;
    }
    log(node.name() + " restarts at #" + node.headNumber() + " with " + node.wal.entries().size() + " WAL entries");
    guarded(node, node::boot);
  }

  private void schedule(final long delay, final Runnable action) {
    final Event event = new Event() {
      @Override
      void run() {
        action.run();
      }
    };
    event.time = now + delay;
    event.seq = sequence++;
    events.add(event);
  }

  /** Runs {@code action} for {@code node}; a simulated kill inside it crashes the node. */
  private void guarded(final Node node, final Runnable action) {
    try {
      action.run();
    } catch (final Crash crash) {
      node.crash("killed after a WAL write, before the broadcast");
    }
  }

  // ------------------------------------------------------------------ network

  private void broadcast(final Node from, final BftMessage message) {
    from.broadcasts++;
    if (from.crashOnBroadcast >= 0 && from.broadcasts >= from.crashOnBroadcast) {
      from.crashOnBroadcast = -1;
      throw new Crash();
    }
    for (final Node to : nodes) {
      if (to == from) {
        continue;
      }
      final Bytes bytes = from.byzantine ? byzantineVersion(from, message) : message.encoded();
      if (bytes != null) {
        send(from, to, bytes);
      }
    }
  }

  private void send(final Node from, final Node to, final Bytes bytes) {
    final boolean beforeGst = now < gst;
    if (random.nextDouble() < (beforeGst ? dropRate : dropRateAfterGst)) {
      return;
    }
    if (now < partitionEnd && partitionSide[from.index] != partitionSide[to.index]) {
      return;
    }
    final long delay = beforeGst ? 1 + random.nextLong(maxDelay) : 1 + random.nextLong(100);
    schedule(delay, () -> deliver(to, bytes));
  }

  private void deliver(final Node to, final Bytes bytes) {
    if (to.crashed) {
      return;
    }
    final Object message = decoded.computeIfAbsent(bytes, b -> {
      try {
        return codec.decode(b);
      } catch (final DecodingException e) {
        return e;
      }
    });
    if (message instanceof BftMessage bft) {
      guarded(to, () -> to.controller.handleMessage(bft));
    }
  }

  /** What a Byzantine validator sends one peer instead of {@code message}; null sends nothing. */
  private Bytes byzantineVersion(final Node from, final BftMessage message) {
    final int choice = random.nextInt(100);
    if (choice < 25) {
      return message.encoded();
    }
    if (choice < 35) {
      return null;
    }
    if (choice < 40) {
      final byte[] garbage = message.encoded().toArray();
      garbage[random.nextInt(garbage.length)] ^= (byte) (1 + random.nextInt(255));
      return Bytes.wrap(garbage, 0, random.nextInt(4) == 0 ? random.nextInt(garbage.length) : garbage.length);
    }
    final BftPayload payload = message.payload();
    final int round = payload.round() + (random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0);
    final Hash other = random.nextBoolean() ? Hash.ZERO : Keccak256.hash(Bytes.ofUnsignedLong(random.nextLong()));
    if (payload instanceof Proposal proposal) {
      final BlockHeader parent = from.head();
      if (parent.number() + 1 != proposal.height()) {
        return message.encoded();
      }
      final boolean invalid = random.nextBoolean();
      final Block alternative = SimBlocks.create(from.key, parent, proposal.round(),
          from.headCertificate().map(CommitCertificate::seals).orElse(List.of()), 1 + random.nextInt(3), invalid);
      return codec.sign(new Proposal(proposal.height(), proposal.round(), alternative, -1), from.key).encoded();
    }
    if (payload instanceof Prepare) {
      return codec.sign(new Prepare(payload.height(), round, other), from.key).encoded();
    }
    final Commit commit = other.equals(Hash.ZERO) ? Commit.nil(payload.height(), round)
        : codec.commit(payload.height(), round, other, from.key);
    return codec.sign(commit, from.key).encoded();
  }

  // ------------------------------------------------------------------ finality and sync

  private void onFinalized(final Node node, final Block block, final CommitCertificate certificate) {
    if (!node.byzantine) {
      checkFinal(node, block, certificate, "decided");
    }
    if (node.asyncImport) {
      final int epoch = node.epoch;
      schedule(random.nextLong(50), () -> {
        if (!node.crashed && node.epoch == epoch && node.headNumber() + 1 == block.number()) {
          node.chain.add(block);
          node.certificates.add(certificate);
          guarded(node, () -> node.controller.handleNewChainHead(block.header()));
        }
      });
    } else if (node.headNumber() + 1 == block.number()) {
      node.chain.add(block);
      node.certificates.add(certificate);
    }
  }

  private void checkFinal(final Node node, final Block block, final CommitCertificate certificate,
      final String how) {
    final BlockHeader parent = block.number() == 1 ? genesis : node.chain.get((int) block.number() - 2).header();
    final ValidationResult<BlockInvalidReason> sealed = blocks.certificates().validate(certificate, block.hash(),
        BftValidators.of(parent));
    if (!sealed.isValid()) {
      fail(node.name() + " " + how + " block " + block.number() + " without a quorum certificate: " + sealed);
    }
    if (!blocks.validator().validate(block, parent).isValid()) {
      fail(node.name() + " " + how + " an invalid block " + block.number());
    }
    final Hash previous = finalized.putIfAbsent(block.number(), block.hash());
    if (previous != null && !previous.equals(block.hash())) {
      fail("SAFETY: " + node.name() + " " + how + " block " + block.number() + " " + block.hash().toShortHexString()
          + " but " + previous.toShortHexString() + " is final at that height");
    }
    log(node.name() + " " + how + " #" + block.number() + " " + block.hash().toShortHexString() + " round "
        + certificate.round() + " seals " + certificate.seals().size());
  }

  private void requestSync(final Node node) {
    if (node.syncPending || node.byzantine) {
      return;
    }
    node.syncPending = true;
    final int epoch = node.epoch;
    schedule(20 + random.nextLong(100), () -> {
      if (node.crashed || node.epoch != epoch) {
        return;
      }
      node.syncPending = false;
      Node source = null;
      for (final Node candidate : nodes) {
        if (!candidate.byzantine && !candidate.crashed && candidate != node && (source == null
            || candidate.headNumber() > source.headNumber())) {
          source = candidate;
        }
      }
      if (source == null || source.headNumber() <= node.headNumber()) {
        return;
      }
      final long from = node.headNumber();
      while (node.headNumber() < source.headNumber()) {
        final int index = (int) node.headNumber();
        final Block block = source.chain.get(index);
        final CommitCertificate certificate = source.certificates.get(index);
        checkFinal(node, block, certificate, "synced");
        if (failure != null) {
          return;
        }
        node.chain.add(block);
        node.certificates.add(certificate);
      }
      log(node.name() + " synced #" + (from + 1) + "..#" + node.headNumber() + " from " + source.name());
      guarded(node, () -> node.controller.handleNewChainHead(node.head()));
    });
  }

  // ------------------------------------------------------------------ reporting

  private BftEventListener listener(final Node node) {
    return new BftEventListener() {
      @Override
      public void roundStarted(final long height, final int round, final Address proposer, final String reason) {
        maxRound = Math.max(maxRound, round);
        if (round > 0) {
          log(node.name() + " h" + height + " round " + round + " (" + reason + ")");
        }
      }

      @Override
      public void equivocation(final Address author, final BftMessage first, final BftMessage second) {
        if (!node.byzantine) {
          final int index = validators.indexOf(author);
          if (index >= 0 && !nodes.get(index).byzantine) {
            fail("honest validator v" + index + " equivocated: " + first + " vs " + second);
          }
          if (second.type() == io.tributary.consensus.bft.payload.MessageType.PROPOSAL) {
            log(node.name() + " saw equivocation: " + first + " / " + second);
          }
        }
      }

      @Override
      public void resentFromWal(final BftMessage message, final String why) {
        log(node.name() + " " + why);
      }
    };
  }

  private void fail(final String message) {
    if (failure == null) {
      failure = message;
      log("FAIL " + message);
    }
  }

  private void log(final String line) {
    trace.addLast(now + "ms " + line);
    if (trace.size() > traceLimit) {
      trace.removeFirst();
    }
  }
}

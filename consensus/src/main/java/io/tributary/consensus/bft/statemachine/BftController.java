package io.tributary.consensus.bft.statemachine;

import io.tributary.consensus.bft.BftValidators;
import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.payload.BftPayload;
import io.tributary.consensus.bft.payload.Commit;
import io.tributary.consensus.bft.payload.MessageType;
import io.tributary.consensus.bft.payload.Prepare;
import io.tributary.consensus.bft.payload.Proposal;
import io.tributary.consensus.bft.ports.BftPorts;
import io.tributary.consensus.bft.validation.HeightContext;
import io.tributary.consensus.bft.validation.MessageInvalidReason;
import io.tributary.consensus.bft.validation.MessageValidator;
import io.tributary.consensus.bft.wal.BftWal;
import io.tributary.consensus.bft.wal.WalCorruptedException;
import io.tributary.consensus.bft.wal.WalEntry;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.Signature;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.tuweni.rlp.RLP;

/**
 * The BFT state machine: Tendermint (Buchman, Kwon, Milosevic 2018, "The latest gossip on BFT consensus", Algorithm
 * 1) with our names: prevote = {@link Prepare}, precommit = {@link Commit}. Pure and single-threaded: no threads, no
 * clock, no I/O of its own. Inputs are {@link #start()}, {@link #handleMessage}, {@link #handleTimeout} and
 * {@link #handleNewChainHead}; outputs go through the {@link BftPorts} and the {@link BftWal}.
 *
 * <p>The rules, with the paper's line numbers:
 * <ul>
 *   <li>StartRound (11): the round's proposer proposes its valid block if it has one, else a fresh block; at round 0
 *       it first waits the block period. Everyone schedules the propose timeout.</li>
 *   <li>22 / 28: on the round's proposal while proposing, prepare it if it is valid and not against our lock (or a
 *       quorum prepared it in its validRound at or after our lock), else prepare nil.</li>
 *   <li>34 / 47: once a quorum of any prepares / commits of this round arrived, schedule the prepare / commit
 *       timeout.</li>
 *   <li>36: a valid proposal with a quorum of prepares: lock on it and commit it (if still preparing), and make it the
 *       valid block.</li>
 *   <li>44: a quorum of nil prepares: commit nil.</li>
 *   <li>49: a known valid block with a quorum of commits in any round is decided (final).</li>
 *   <li>55: f+1 validators at higher rounds: skip to the highest round f+1 of them reached.</li>
 * </ul>
 * Quorum is {@code ceil(2n/3)} ({@link BftValidators#quorum}); "f+1" is {@code n - quorum + 1}, the smallest set that
 * must hold an honest validator.
 *
 * <p>Every message it signs is appended to the WAL before it is broadcast; for a (height, round, type) it already
 * signed (before a restart too) it re-sends the logged message and never signs a different one. Its own messages of
 * the current round are re-sent on every retransmission timeout, so lost messages do not stall the network.
 */
public final class BftController {
  /** Blocks kept per height (proposals carry them); a flood of proposals cannot grow memory past this. */
  static final int MAX_BLOCKS_PER_HEIGHT = 256;

  private enum Step {
    PROPOSE,
    PREPARE,
    COMMIT
  }

  private record OwnKey(int round, MessageType type) {}

  private record EquivocationKey(Address author, int round, MessageType type) {}

  private final BftConfig config;
  private final BftMessageCodec codec;
  private final KeyPair key;
  private final Address self;
  private final BftPorts ports;
  private final BftWal wal;
  private final MessageValidator messageValidator = new MessageValidator();
  private final FutureMessages future;

  private boolean started;
  private HeightContext context;
  private long height;
  private int quorum;
  private int weakQuorum;
  private boolean signing;
  private int round;
  private Step step;
  /** Set once a block is decided here, until the chain head moves to it. */
  private Hash decidedHash;

  private int lockedRound = -1;
  private Hash lockedHash;
  private int validRound = -1;
  private Block validBlock;

  private final TreeMap<Integer, RoundState> rounds = new TreeMap<>();
  private final Map<Hash, Block> blocks = new LinkedHashMap<>();
  private final Map<Hash, ValidationResult<BlockInvalidReason>> validity = new HashMap<>();
  private final Map<Address, Integer> authorRounds = new LinkedHashMap<>();
  private final Map<OwnKey, BftMessage> own = new LinkedHashMap<>();
  private final Set<Hash> loggedProposals = new HashSet<>();
  private final Set<EquivocationKey> equivocations = new HashSet<>();
  private final Map<Address, Long> ahead = new LinkedHashMap<>();
  /** Each validator's vote of the highest round seen at this height (relayed when stuck, for round skips). */
  private final Map<Address, BftMessage> latestVotes = new LinkedHashMap<>();
  /** Retransmission timeouts fired in the current round without leaving it. */
  private int ticksInRound;
  private boolean hintedThisHeight;

  /** The certificate of the block this controller decided last, for the child's parent seals. */
  private CommitCertificate lastCertificate;
  /** Own commit that helped decide the previous height: re-sent for validators still deciding it. */
  private BftMessage previousHeightCommit;

  public BftController(final BftConfig config, final BftMessageCodec codec, final KeyPair key, final BftPorts ports,
      final BftWal wal) {
    this.config = config;
    this.codec = codec;
    this.key = key;
    this.self = key.address();
    this.ports = ports;
    this.wal = wal;
    this.future = new FutureMessages(config.futureMessagesPerAuthor());
  }

  // ------------------------------------------------------------------ inputs

  /**
   * Starts deciding the block after the chain's head, restoring from the WAL what this validator signed at that
   * height before a restart. A WAL damaged before its last record is a {@link WalCorruptedException}.
   */
  public void start() {
    if (started) {
      throw new IllegalStateException("already started");
    }
    started = true;
    enterHeight(ports.chain().head(), "start");
    afterEvent();
  }

  /** A decoded, authenticated message from a peer (or from this validator, looped back by gossip). */
  public void handleMessage(final BftMessage message) {
    if (!started) {
      return;
    }
    switch (MessageValidator.window(message.height(), height, config.futureHeights())) {
      case STALE:
        return;
      case FUTURE:
      case FAR_FUTURE:
        if (context.validators().contains(message.author())) {
          noteAhead(message);
        }
        return;
      case CURRENT:
      default:
        break;
    }
    if (message.author().equals(self) && own.containsValue(message)) {
      return;
    }
    final ValidationResult<MessageInvalidReason> valid = messageValidator.validate(message, context);
    if (!valid.isValid()) {
      ports.listener().messageRejected(message, valid.toString());
      return;
    }
    accept(message);
    afterEvent();
  }

  public void handleTimeout(final Timeout timeout) {
    if (!started || timeout.height() != height || decidedHash != null && timeout.step() != TimeoutStep.RETRANSMIT) {
      return;
    }
    final boolean current = timeout.round() == round;
    switch (timeout.step()) {
      case BLOCK_PERIOD:
        if (current && step == Step.PROPOSE) {
          ports.listener().timeoutFired(timeout);
          propose();
        }
        break;
      case PROPOSE:
        if (current && step == Step.PROPOSE) {
          ports.listener().timeoutFired(timeout);
          prepare(Hash.ZERO);
        }
        break;
      case PREPARE:
        if (current && step == Step.PREPARE) {
          ports.listener().timeoutFired(timeout);
          commit(Hash.ZERO);
        }
        break;
      case COMMIT:
        if (current) {
          ports.listener().timeoutFired(timeout);
          startRound(round + 1, "commit timeout of round " + round);
        }
        break;
      case RETRANSMIT:
        if (current) {
          ticksInRound++;
          retransmit();
          hintIfBehind(1);
          ports.timers().schedule(new Timeout(height, round, TimeoutStep.RETRANSMIT),
              config.retransmitTimeout(round));
        }
        break;
      default:
        break;
    }
    afterEvent();
  }

  /**
   * The chain's head moved, by this engine's decision or by sync: at or past the height being decided, this
   * controller moves to the block after it.
   */
  public void handleNewChainHead(final BlockHeader head) {
    if (!started || head.number() < height) {
      return;
    }
    enterHeight(head, "new chain head");
    afterEvent();
  }

  // ------------------------------------------------------------------ queries (tests, operators)

  public long height() {
    return height;
  }

  public int round() {
    return round;
  }

  /** The round this validator is locked in, or -1. */
  public int lockedRound() {
    return lockedRound;
  }

  public Optional<Hash> lockedHash() {
    return Optional.ofNullable(lockedHash);
  }

  public int validRound() {
    return validRound;
  }

  public String stepName() {
    return decidedHash != null ? "DECIDED" : step.name();
  }

  /** The messages this validator signed at the current height, by round then type. */
  public List<BftMessage> ownMessages() {
    return List.copyOf(own.values());
  }

  public int bufferedFutureMessages() {
    return future.size();
  }

  // ------------------------------------------------------------------ heights and rounds

  private void enterHeight(final BlockHeader head, final String why) {
    final long next = head.number() + 1;
    final List<Address> validators = ports.chain().validatorsAfter(head);
    if (decidedHash != null && head.hash().equals(decidedHash)) {
      final RoundState decidedRound = roundWithCommitQuorum(decidedHash);
      final BftMessage ownCommit = decidedRound == null ? null : decidedRound.commits.first(self);
      previousHeightCommit = ownCommit != null && ownCommit.asCommit().blockHash().equals(decidedHash) ? ownCommit
          : null;
    } else {
      previousHeightCommit = null;
    }
    if (lastCertificate != null && !lastCertificate.blockHash().equals(head.hash())) {
      lastCertificate = null;
    }
    context = new HeightContext(next, head, validators);
    height = next;
    quorum = BftValidators.quorum(validators.size());
    weakQuorum = validators.size() - quorum + 1;
    signing = validators.contains(self);
    round = 0;
    step = Step.PROPOSE;
    decidedHash = null;
    lockedRound = -1;
    lockedHash = null;
    validRound = -1;
    validBlock = null;
    rounds.clear();
    blocks.clear();
    validity.clear();
    authorRounds.clear();
    own.clear();
    loggedProposals.clear();
    equivocations.clear();
    ahead.values().removeIf(h -> h <= next);
    latestVotes.clear();
    hintedThisHeight = false;
    wal.prune(head.number());

    final int restoredRound = restoreFromWal();
    ports.listener().heightStarted(height, validators, BftValidators.proposer(validators, height, 0));
    round = restoredRound;
    for (final BftMessage message : List.copyOf(own.values())) {
      accept(message);
    }
    startRound(restoredRound, restoredRound > 0 || !own.isEmpty() ? "restored from the WAL (" + why + ")" : why);
    for (final BftMessage message : future.take(height)) {
      if (messageValidator.validate(message, context).isValid()) {
        accept(message);
      }
    }
  }

  private void startRound(final int newRound, final String reason) {
    round = newRound;
    ticksInRound = 0;
    step = Step.PROPOSE;
    if (own.containsKey(new OwnKey(newRound, MessageType.COMMIT))) {
      step = Step.COMMIT;
    } else if (own.containsKey(new OwnKey(newRound, MessageType.PREPARE))) {
      step = Step.PREPARE;
    }
    final Address proposer = BftValidators.proposer(context.validators(), height, newRound);
    ports.listener().roundStarted(height, newRound, proposer, reason);
    ports.timers().schedule(new Timeout(height, newRound, TimeoutStep.RETRANSMIT),
        config.retransmitTimeout(newRound));
    final long blockPeriod = newRound == 0 ? config.blockPeriodMillis() : 0;
    ports.timers().schedule(new Timeout(height, newRound, TimeoutStep.PROPOSE),
        blockPeriod + config.proposeTimeout(newRound));
    retransmit();
    if (signing && proposer.equals(self) && step == Step.PROPOSE) {
      if (blockPeriod > 0 && !own.containsKey(new OwnKey(newRound, MessageType.PROPOSAL))) {
        ports.timers().schedule(new Timeout(height, newRound, TimeoutStep.BLOCK_PERIOD), blockPeriod);
      } else {
        propose();
      }
    }
  }

  private void propose() {
    if (!signing || decidedHash != null || step != Step.PROPOSE
        || !BftValidators.proposer(context.validators(), height, round).equals(self)) {
      return;
    }
    final OwnKey key = new OwnKey(round, MessageType.PROPOSAL);
    if (own.containsKey(key)) {
      ports.gossip().broadcast(own.get(key));
      return;
    }
    final Proposal proposal;
    if (validBlock != null && validRound < round) {
      proposal = new Proposal(height, round, validBlock, validRound);
    } else {
      final Block block;
      try {
        block = ports.proposals().createProposal(context.parent(), round, parentCommitSeals());
      } catch (final RuntimeException e) {
        ports.listener().proposalRejected(height, round, self, "building the block failed: " + e);
        return;
      }
      proposal = new Proposal(height, round, block, -1);
    }
    final BftMessage message = signAndSend(proposal);
    if (message.asProposal().validRound() >= 0) {
      relayPolka(message.asProposal().validRound(), message.asProposal().blockHash());
    }
    ports.listener().proposed(height, round, message.asProposal().block(), message.asProposal().validRound());
    accept(message);
  }

  private List<Signature> parentCommitSeals() {
    final BlockHeader parent = context.parent();
    if (parent.number() == 0) {
      return List.of();
    }
    final Optional<CommitCertificate> stored = ports.chain().headCertificate()
        .filter(c -> c.blockHash().equals(parent.hash()));
    if (stored.isPresent()) {
      return stored.get().seals();
    }
    if (lastCertificate != null && lastCertificate.blockHash().equals(parent.hash())) {
      return lastCertificate.seals();
    }
    throw new IllegalStateException("no commit certificate for the head " + parent.number());
  }

  // ------------------------------------------------------------------ messages

  private void accept(final BftMessage message) {
    final int messageRound = message.round();
    authorRounds.merge(message.author(), messageRound, Math::max);
    if (message.type() != MessageType.PROPOSAL) {
      final BftMessage latest = latestVotes.get(message.author());
      if (latest == null || latest.round() < messageRound) {
        latestVotes.put(message.author(), message);
      }
    }
    if (messageRound > round + config.roundWindow()) {
      return;
    }
    final BftPayload payload = message.payload();
    if (payload instanceof Proposal proposal) {
      if (messageRound > round + 1) {
        return;
      }
      final RoundState state = roundState(messageRound);
      final Hash hash = proposal.blockHash();
      if (state.proposals.containsKey(hash)) {
        return;
      }
      if (!state.proposals.isEmpty()) {
        equivocation(message, state.proposals.values().iterator().next());
        if (state.proposals.size() >= RoundState.MAX_PROPOSALS) {
          return;
        }
      }
      if (!blocks.containsKey(hash) && blocks.size() >= MAX_BLOCKS_PER_HEIGHT) {
        return;
      }
      state.proposals.put(hash, message);
      blocks.putIfAbsent(hash, proposal.block());
    } else if (payload instanceof Prepare prepare) {
      final VoteSet votes = roundState(messageRound).prepares;
      if (votes.add(message, prepare.blockHash(), worthCounting(prepare.blockHash())) == VoteSet.Added.CONFLICT) {
        equivocation(message, votes.first(message.author()));
      }
    } else {
      final Commit commit = (Commit) payload;
      final VoteSet votes = roundState(messageRound).commits;
      if (votes.add(message, commit.blockHash(), worthCounting(commit.blockHash())) == VoteSet.Added.CONFLICT) {
        equivocation(message, votes.first(message.author()));
      }
    }
  }

  /** An equivocator's second vote is kept only for nil or a block proposed at this height (bounded). */
  private boolean worthCounting(final Hash hash) {
    return hash.equals(Hash.ZERO) || blocks.containsKey(hash);
  }

  private void equivocation(final BftMessage second, final BftMessage first) {
    if (equivocations.add(new EquivocationKey(second.author(), second.round(), second.type()))) {
      ports.listener().equivocation(second.author(), first, second);
    }
  }

  private RoundState roundState(final int r) {
    return rounds.computeIfAbsent(r, RoundState::new);
  }

  private void noteAhead(final BftMessage message) {
    if (MessageValidator.window(message.height(), height, config.futureHeights())
        == MessageValidator.HeightWindow.FUTURE) {
      future.add(message);
    }
    ahead.merge(message.author(), message.height(), Math::max);
    if (!hintedThisHeight) {
      hintedThisHeight = hintIfBehind(weakQuorum);
    }
  }

  /** Raises the sync hint when at least {@code atLeast} validators signed messages above this height. */
  private boolean hintIfBehind(final int atLeast) {
    int count = 0;
    long highest = 0;
    for (final Map.Entry<Address, Long> entry : ahead.entrySet()) {
      if (entry.getValue() > height && context.validators().contains(entry.getKey())) {
        count++;
        highest = Math.max(highest, entry.getValue());
      }
    }
    if (count >= atLeast && count > 0) {
      ports.syncHint().behind(height, highest, count);
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ the rules

  /** Runs the rules until none fires; moves to the next height when the decided block became the head. */
  private void afterEvent() {
    while (true) {
      if (decidedHash == null) {
        evaluate();
      }
      if (decidedHash == null) {
        return;
      }
      final BlockHeader head = ports.chain().head();
      if (!head.hash().equals(decidedHash) && head.number() < height) {
        return;
      }
      enterHeight(head, "committed " + head.number());
    }
  }

  private void evaluate() {
    boolean fired = true;
    while (fired && decidedHash == null) {
      fired = decide() || skipRound() || adoptEarlierPolka() || prepareOnProposal() || scheduleTimeouts()
          || lockOnPrepared() || commitNilOnNilQuorum();
    }
  }

  /** Line 49: a quorum of commits for a known, valid block in any round decides it. */
  private boolean decide() {
    for (final RoundState state : rounds.values()) {
      for (final Hash hash : state.commits.blockHashes()) {
        if (state.commits.count(hash) < quorum) {
          continue;
        }
        final Block block = blocks.get(hash);
        if (block == null || !valid(block).isValid()) {
          continue;
        }
        decide(state, block);
        return true;
      }
    }
    return false;
  }

  private void decide(final RoundState state, final Block block) {
    decidedHash = block.hash();
    final List<BftMessage> commits = new ArrayList<>(state.commits.votesFor(block.hash()));
    final List<Address> validators = context.validators();
    commits.sort((a, b) -> Integer.compare(validators.indexOf(a.author()), validators.indexOf(b.author())));
    final List<Signature> seals = new ArrayList<>();
    final List<Address> committers = new ArrayList<>();
    for (final BftMessage commit : commits) {
      seals.add(commit.asCommit().commitSeal().orElseThrow());
      committers.add(commit.author());
    }
    final CommitCertificate certificate = new CommitCertificate(block.hash(), state.round, seals);
    lastCertificate = certificate;
    ports.listener().decided(height, state.round, block, certificate, committers);
    ports.finalized().onFinalized(block, certificate);
  }

  /** Line 55: f+1 validators sent messages of rounds above ours: go to the highest round f+1 of them reached. */
  private boolean skipRound() {
    if (authorRounds.size() < weakQuorum) {
      return false;
    }
    final List<Integer> seen = new ArrayList<>(authorRounds.values());
    seen.sort(Collections.reverseOrder());
    final int target = seen.get(weakQuorum - 1);
    if (target <= round) {
      return false;
    }
    startRound(target, weakQuorum + " validators are at round " + target + " or above");
    return true;
  }

  /** Lines 22 and 28: the round's proposal while proposing: prepare it, or nil. */
  private boolean prepareOnProposal() {
    if (step != Step.PROPOSE) {
      return false;
    }
    final RoundState state = rounds.get(round);
    if (state == null) {
      return false;
    }
    for (final BftMessage message : state.proposals.values()) {
      final Proposal proposal = message.asProposal();
      final Hash hash = proposal.blockHash();
      final int vr = proposal.validRound();
      final boolean acceptable;
      if (vr < 0) {
        acceptable = lockedRound < 0 || hash.equals(lockedHash);
      } else {
        final RoundState polRound = rounds.get(vr);
        if (polRound == null || polRound.prepares.count(hash) < quorum) {
          continue;
        }
        acceptable = lockedRound <= vr || hash.equals(lockedHash);
      }
      final ValidationResult<BlockInvalidReason> blockValid = valid(proposal.block());
      if (!blockValid.isValid()) {
        ports.listener().proposalRejected(height, round, message.author(), blockValid.toString());
      }
      if (acceptable && blockValid.isValid()) {
        logProposal(message);
        prepare(hash);
      } else {
        prepare(Hash.ZERO);
      }
      return true;
    }
    return false;
  }

  /** Lines 34 and 47: a quorum of any prepares / commits of this round starts the step's timeout. */
  private boolean scheduleTimeouts() {
    final RoundState state = rounds.get(round);
    if (state == null) {
      return false;
    }
    boolean fired = false;
    if (step == Step.PREPARE && !state.prepareTimeoutScheduled && state.prepares.total() >= quorum) {
      state.prepareTimeoutScheduled = true;
      ports.timers().schedule(new Timeout(height, round, TimeoutStep.PREPARE), config.voteTimeout(round));
      fired = true;
    }
    if (!state.commitTimeoutScheduled && state.commits.total() >= quorum) {
      state.commitTimeoutScheduled = true;
      ports.timers().schedule(new Timeout(height, round, TimeoutStep.COMMIT), config.voteTimeout(round));
      fired = true;
    }
    return fired;
  }

  /** Line 36: a valid proposal a quorum prepared: lock on it and commit it (while preparing); it is the valid value. */
  private boolean lockOnPrepared() {
    if (step == Step.PROPOSE) {
      return false;
    }
    final RoundState state = rounds.get(round);
    if (state == null || state.preparedSeen) {
      return false;
    }
    for (final BftMessage message : state.proposals.values()) {
      final Hash hash = message.asProposal().blockHash();
      if (state.prepares.count(hash) < quorum || !valid(message.asProposal().block()).isValid()) {
        continue;
      }
      state.preparedSeen = true;
      logProposal(message);
      if (step == Step.PREPARE) {
        final BftMessage sent = commit(hash);
        if (sent != null && !sent.asCommit().isNil() && round > lockedRound) {
          lockedRound = round;
          lockedHash = sent.asCommit().blockHash();
        }
      }
      if (round > validRound) {
        setValid(round, message.asProposal().block());
      }
      return true;
    }
    return false;
  }

  /**
   * A valid proposal of an earlier round with a quorum of prepares (a "polka") above our valid round becomes the valid
   * value, without locking. The paper updates the valid value only in the current round and relies on gossip relaying
   * every message; here the polka is relayed instead (see {@link #retransmit()}), and adopting it lets the next honest
   * proposer re-propose the block that the most recently locked validators can accept. Safe: validators still check
   * the polka and their lock before preparing a re-proposal (line 28).
   */
  private boolean adoptEarlierPolka() {
    if (rounds.isEmpty()) {
      return false;
    }
    for (final RoundState state : rounds.subMap(validRound, false, round, false).descendingMap().values()) {
      for (final BftMessage message : state.proposals.values()) {
        final Proposal proposal = message.asProposal();
        if (state.prepares.count(proposal.blockHash()) >= quorum && valid(proposal.block()).isValid()) {
          logProposal(message);
          setValid(state.round, proposal.block());
          return true;
        }
      }
    }
    return false;
  }

  private void setValid(final int r, final Block block) {
    validRound = r;
    validBlock = block;
    if (signing) {
      wal.append(new WalEntry(WalEntry.Kind.VALID_VALUE, height, FlatBytes.of(RLP.encodeList(w -> {
        w.writeInt(r);
        w.writeValue(block.hash());
      }))));
    }
  }

  /** Line 44: a quorum prepared nil: commit nil. */
  private boolean commitNilOnNilQuorum() {
    if (step != Step.PREPARE) {
      return false;
    }
    final RoundState state = rounds.get(round);
    if (state == null || state.prepares.count(Hash.ZERO) < quorum) {
      return false;
    }
    commit(Hash.ZERO);
    return true;
  }

  private ValidationResult<BlockInvalidReason> valid(final Block block) {
    final ValidationResult<BlockInvalidReason> known = validity.get(block.hash());
    if (known != null) {
      return known;
    }
    ValidationResult<BlockInvalidReason> result;
    try {
      result = ports.blockValidator().validate(block, context.parent());
    } catch (final RuntimeException e) {
      result = ValidationResult.invalid(BlockInvalidReason.INVALID_TRANSACTION, "validation failed: " + e);
    }
    validity.put(block.hash(), result);
    return result;
  }

  // ------------------------------------------------------------------ signing

  private void prepare(final Hash hash) {
    step = Step.PREPARE;
    if (signing) {
      accept(signAndSend(new Prepare(height, round, hash)));
    }
  }

  private BftMessage commit(final Hash hash) {
    step = Step.COMMIT;
    if (!signing) {
      return null;
    }
    final Commit commit = hash.equals(Hash.ZERO) ? Commit.nil(height, round)
        : codec.commit(height, round, hash, key);
    final BftMessage sent = signAndSend(commit);
    accept(sent);
    return sent;
  }

  /**
   * Signs, logs (fsync) and broadcasts {@code payload}, unless this validator already signed a message of that type
   * for this height and round: then that one is re-sent, whatever {@code payload} says.
   */
  private BftMessage signAndSend(final BftPayload payload) {
    final OwnKey ownKey = new OwnKey(payload.round(), payload.type());
    final BftMessage existing = own.get(ownKey);
    if (existing != null) {
      if (!sameValue(existing.payload(), payload)) {
        ports.listener().resentFromWal(existing, "already signed " + existing + "; not signing a different "
            + payload.type());
      }
      ports.gossip().broadcast(existing);
      return existing;
    }
    final BftMessage message = codec.sign(payload, key);
    wal.append(new WalEntry(WalEntry.Kind.OWN_MESSAGE, height, message.encoded()));
    own.put(ownKey, message);
    ports.gossip().broadcast(message);
    return message;
  }

  private static boolean sameValue(final BftPayload a, final BftPayload b) {
    return valueOf(a).equals(valueOf(b));
  }

  private static Hash valueOf(final BftPayload payload) {
    if (payload instanceof Proposal p) {
      return p.blockHash();
    }
    if (payload instanceof Prepare p) {
      return p.blockHash();
    }
    return ((Commit) payload).blockHash();
  }

  /** Keeps the block this validator votes for in the WAL, so after a restart it can still re-propose it. */
  private void logProposal(final BftMessage proposal) {
    if (!signing || proposal.author().equals(self) || !loggedProposals.add(proposal.asProposal().blockHash())) {
      return;
    }
    wal.append(new WalEntry(WalEntry.Kind.PROPOSAL, height, proposal.encoded()));
  }

  /**
   * Re-sends this validator's messages of the current round, and relays the polka of its valid round (that round's
   * proposal and the quorum of prepares for it), which every validator needs to accept a re-proposal of the block
   * and to unlock from an older one: Tendermint's liveness assumes that what one correct validator received, all
   * eventually receive.
   */
  private void retransmit() {
    if (previousHeightCommit != null) {
      ports.gossip().broadcast(previousHeightCommit);
    }
    for (final MessageType type : MessageType.values()) {
      final BftMessage message = own.get(new OwnKey(round, type));
      if (message != null) {
        ports.gossip().broadcast(message);
      }
    }
    if (validRound >= 0 && validRound < round) {
      relayPolka(validRound, validBlock.hash());
    }
    // The quorum of commits that ended the previous round: validators still in it need them to time out too.
    final RoundState previous = rounds.get(round - 1);
    if (previous != null && previous.commits.total() >= quorum) {
      for (final BftMessage commit : previous.commits.firstVotes()) {
        ports.gossip().broadcast(commit);
      }
    }
    // Stuck in this round: relay each validator's latest vote at or above it, so that every honest validator sees
    // the same f+1 evidence for a round skip (a Byzantine validator may have shown it to some of us only).
    if (ticksInRound >= 2) {
      for (final BftMessage vote : latestVotes.values()) {
        if (vote.round() >= round && !vote.author().equals(self)) {
          ports.gossip().broadcast(vote);
        }
      }
    }
  }

  private void relayPolka(final int polkaRound, final Hash hash) {
    final RoundState state = rounds.get(polkaRound);
    if (state == null || state.prepares.count(hash) < quorum) {
      return;
    }
    final BftMessage proposal = state.proposals.get(hash);
    if (proposal != null) {
      ports.gossip().broadcast(proposal);
    }
    for (final BftMessage prepare : state.prepares.votesFor(hash)) {
      ports.gossip().broadcast(prepare);
    }
  }

  private RoundState roundWithCommitQuorum(final Hash hash) {
    for (final RoundState state : rounds.values()) {
      if (state.commits.count(hash) >= quorum) {
        return state;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ restart

  /** Restores own messages, lock and valid value of the current height from the WAL; returns the round to resume. */
  private int restoreFromWal() {
    int resumeRound = 0;
    Hash validHash = null;
    for (final WalEntry entry : wal.entries()) {
      if (entry.height() != height) {
        continue;
      }
      try {
        switch (entry.kind()) {
          case OWN_MESSAGE: {
            final BftMessage message = codec.decode(entry.data());
            if (!message.author().equals(self) || message.height() != height) {
              throw new WalCorruptedException("the WAL holds " + message + ", not a message of this validator "
                  + self.toHexString() + " at height " + height);
            }
            own.putIfAbsent(new OwnKey(message.round(), message.type()), message);
            resumeRound = Math.max(resumeRound, message.round());
            if (message.payload() instanceof Proposal proposal) {
              blocks.putIfAbsent(proposal.blockHash(), proposal.block());
            } else if (message.payload() instanceof Commit commit && !commit.isNil()
                && message.round() > lockedRound) {
              lockedRound = message.round();
              lockedHash = commit.blockHash();
            }
            break;
          }
          case PROPOSAL: {
            final Proposal proposal = codec.decode(entry.data()).asProposal();
            blocks.putIfAbsent(proposal.blockHash(), proposal.block());
            loggedProposals.add(proposal.blockHash());
            break;
          }
          case VALID_VALUE: {
            final Object[] value = Rlp.decodeList(entry.data(), "valid value", in ->
                new Object[] {in.readSmallInt("round"), in.readHash("blockHash")});
            final int r = (Integer) value[0];
            if (r > validRound) {
              validRound = r;
              validHash = (Hash) value[1];
            }
            break;
          }
          default:
            break;
        }
      } catch (final DecodingException | ClassCastException e) {
        throw new WalCorruptedException("WAL entry " + entry.kind() + " at height " + entry.height()
            + " does not decode: " + e.getMessage(), e);
      }
    }
    validBlock = validHash == null ? null : blocks.get(validHash);
    if (validBlock == null) {
      validRound = -1;
    }
    if (lockedRound > validRound && blocks.containsKey(lockedHash)) {
      validRound = lockedRound;
      validBlock = blocks.get(lockedHash);
    }
    return resumeRound;
  }

  @Override
  public String toString() {
    return "BftController[" + self.toShortHexString() + " h=" + height + " r=" + round + " " + stepName()
        + " locked=" + lockedRound + " valid=" + validRound + "]";
  }
}

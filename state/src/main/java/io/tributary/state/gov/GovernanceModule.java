package io.tributary.state.gov;

import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiFunction;
import io.tributary.core.encoding.DecodingException;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AbiModule;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.AiParams;
import io.tributary.state.ai.ModuleCall;
import io.tributary.state.ai.ModuleRevert;
import io.tributary.state.ai.ModuleStorage;
import io.tributary.vm.EvmWorld;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Governance at 0x...a7004 (contracts/IGovernance.sol): token holders submit proposals with a deposit, vote on them
 * with tokens they lock in the module, and anyone finalizes a proposal once its period is over, which tallies it,
 * executes it if it passed, and settles its deposits.
 *
 * <ul>
 *   <li>{@code submit{value}(kind, title, description, payload)}: kind 0 TEXT (empty payload), 1 TREASURY_SPEND
 *       ({@code abi.encode(address recipient, uint256 amount)}), 2 PARAMETER_CHANGE ({@code abi.encode(string name,
 *       uint256 value)}: a {@link GovParameter}, {@link ChainParameter} or {@link AiParameter}, the last two in force
 *       from the block after the one that finalizes it), 3 VALIDATOR_CHANGE ({@code abi.encode(address validator,
 *       bool add)}, the set that finalises the next block: {@link ValidatorSetStore}), 4 UPGRADE ({@code
 *       abi.encode(string name, uint64 height)}, added to {@link UpgradeStore}; nodes that do not know the name halt
 *       before that height). The value is
 *       the first deposit. Deposits are taken for depositPeriod blocks (the submission block counts); the block in
 *       which they reach minDeposit starts the voting period of votingPeriod blocks.
 *   <li>{@code vote{value}(id, option)}: the value is added to the caller's lock, and the whole lock is the vote's
 *       weight. One lock backs votes on any number of proposals; each voter votes once per proposal, so it is counted
 *       once per tally. The lock is held until the last voting period it backs has ended, then {@code withdraw()}
 *       returns it (pull, not automatic: finalization touches no voter's account, so its cost does not grow with the
 *       number of voters).
 *   <li>{@code finalize(id)}: permissionless, from the block where the proposal's period has ended (a transaction
 *       trigger rather than block-end processing: deterministic, metered, visible in receipts, testable as a call).
 *       Quorum, veto and threshold as in {@link Tally}; a passed proposal is executed atomically in the same call,
 *       or marked FAILED with nothing changed. Deposits of a vetoed proposal or one below quorum go to the treasury;
 *       the others are refundable with {@code claimDeposit(id)}.
 * </ul>
 */
public final class GovernanceModule extends AbiModule {
  public static final Address ADDRESS = Address.fromHexString("0x00000000000000000000000000000000000a7004");
  public static final int MAX_TITLE_BYTES = 256;
  public static final int MAX_DESCRIPTION_BYTES = 8_192;

  static final String PROPOSAL_TUPLE = "(uint64,uint8,address,string,string,address,uint256,string,uint8,uint64,"
      + "uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint256,bool)";

  public static final AbiFunction SUBMIT = AbiFunction.parse("submit(uint8,string,string,bytes)", "uint64");
  public static final AbiFunction DEPOSIT = AbiFunction.parse("deposit(uint64)", "");
  public static final AbiFunction VOTE = AbiFunction.parse("vote(uint64,uint8)", "");
  public static final AbiFunction FINALIZE = AbiFunction.parse("finalize(uint64)", "uint8");
  public static final AbiFunction WITHDRAW = AbiFunction.parse("withdraw()", "uint256");
  public static final AbiFunction CLAIM_DEPOSIT = AbiFunction.parse("claimDeposit(uint64)", "uint256");
  public static final AbiFunction GET_PROPOSAL = AbiFunction.parse("getProposal(uint64)", PROPOSAL_TUPLE);
  public static final AbiFunction PROPOSAL_COUNT = AbiFunction.parse("proposalCount()", "uint64");
  public static final AbiFunction GET_PARAMS =
      AbiFunction.parse("getParams()", "uint256,uint64,uint64,uint16,uint16,uint16");
  public static final AbiFunction TOTAL_SUPPLY = AbiFunction.parse("totalSupply()", "uint256");
  public static final AbiFunction GET_VOTE = AbiFunction.parse("getVote(uint64,address)", "uint8,uint256");
  public static final AbiFunction LOCK_OF = AbiFunction.parse("lockOf(address)", "uint256,uint64");
  public static final AbiFunction DEPOSIT_OF = AbiFunction.parse("depositOf(uint64,address)", "uint256");

  public static final AbiEvent PROPOSAL_SUBMITTED =
      AbiEvent.parse("ProposalSubmitted(uint64 indexed,address indexed,uint8,string)");
  public static final AbiEvent DEPOSITED = AbiEvent.parse("Deposited(uint64 indexed,address indexed,uint256,uint256)");
  public static final AbiEvent VOTING_STARTED = AbiEvent.parse("VotingStarted(uint64 indexed,uint64,uint64)");
  public static final AbiEvent VOTED = AbiEvent.parse("Voted(uint64 indexed,address indexed,uint8,uint256)");
  public static final AbiEvent PROPOSAL_PASSED =
      AbiEvent.parse("ProposalPassed(uint64 indexed,uint256,uint256,uint256,uint256)");
  public static final AbiEvent PROPOSAL_REJECTED =
      AbiEvent.parse("ProposalRejected(uint64 indexed,bool,uint256,uint256,uint256,uint256)");
  public static final AbiEvent PROPOSAL_VETOED =
      AbiEvent.parse("ProposalVetoed(uint64 indexed,uint256,uint256,uint256,uint256)");
  public static final AbiEvent PROPOSAL_EXPIRED = AbiEvent.parse("ProposalExpired(uint64 indexed,uint256)");
  public static final AbiEvent PROPOSAL_EXECUTED = AbiEvent.parse("ProposalExecuted(uint64 indexed)");
  public static final AbiEvent PROPOSAL_EXECUTION_FAILED =
      AbiEvent.parse("ProposalExecutionFailed(uint64 indexed,string)");
  public static final AbiEvent DEPOSIT_CLAIMED =
      AbiEvent.parse("DepositClaimed(uint64 indexed,address indexed,uint256)");
  public static final AbiEvent UNLOCKED = AbiEvent.parse("Unlocked(address indexed,uint256)");

  private static final AbiFunction SPEND_PAYLOAD = AbiFunction.parse("spend(address,uint256)", "");
  private static final AbiFunction PARAMETER_PAYLOAD = AbiFunction.parse("parameter(string,uint256)", "");
  private static final AbiFunction VALIDATOR_PAYLOAD = AbiFunction.parse("validator(address,bool)", "");
  private static final AbiFunction UPGRADE_PAYLOAD = AbiFunction.parse("upgrade(string,uint64)", "");
  /** Upgrade names: short, lower-case, as release notes and log lines print them. */
  private static final java.util.regex.Pattern UPGRADE_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final GovParams fallback;

  /** {@code fallback}: the parameters used on a chain whose genesis wrote none (tests, chains older than this). */
  public GovernanceModule(final AiParams prices, final GovParams fallback) {
    super("Governance", prices);
    this.fallback = fallback;
    payable(SUBMIT, this::submit);
    payable(DEPOSIT, this::deposit);
    payable(VOTE, this::vote);
    function(FINALIZE, this::finalize);
    function(WITHDRAW, this::withdraw);
    function(CLAIM_DEPOSIT, this::claimDeposit);
    view(GET_PROPOSAL, (call, args) -> GET_PROPOSAL.encodeOutputs(tuple(existing(store(call), id(args.get(0))))));
    view(PROPOSAL_COUNT, (call, args) -> PROPOSAL_COUNT.encodeOutputs(UInt256.valueOf(store(call).count())));
    view(GET_PARAMS, (call, args) -> {
      final GovParams p = store(call).params();
      return GET_PARAMS.encodeOutputs(p.minDeposit().toUInt256(), UInt256.valueOf(p.depositPeriod()),
          UInt256.valueOf(p.votingPeriod()), UInt256.valueOf(p.quorumBps()), UInt256.valueOf(p.thresholdBps()),
          UInt256.valueOf(p.vetoBps()));
    });
    view(TOTAL_SUPPLY, (call, args) -> TOTAL_SUPPLY.encodeOutputs(store(call).totalSupply().toUInt256()));
    view(GET_VOTE, (call, args) -> {
      final UInt256[] vote = store(call).vote(id(args.get(0)), (Address) args.get(1));
      return GET_VOTE.encodeOutputs(vote[0], vote[1]);
    });
    view(LOCK_OF, (call, args) -> {
      final GovStore store = store(call);
      final Address who = (Address) args.get(0);
      return LOCK_OF.encodeOutputs(store.locked(who).toUInt256(), UInt256.valueOf(store.lockedUntil(who)));
    });
    view(DEPOSIT_OF, (call, args) -> DEPOSIT_OF.encodeOutputs(
        store(call).deposit(id(args.get(0)), (Address) args.get(1)).toUInt256()));
  }

  /** Free, read-only access to the module's records (RPC, tests). */
  public static GovReader reader(final EvmWorld world, final GovParams fallback) {
    return new GovReader(new GovStore(ModuleStorage.reader(world, ADDRESS), fallback));
  }

  private GovStore store(final ModuleCall call) {
    return new GovStore(storage(call), fallback);
  }

  // ---------------------------------------------------------------- submit and deposit

  private Bytes submit(final ModuleCall call, final List<Object> args) {
    final long code = ((UInt256) args.get(0)).toLong();
    final String title = bounded("title", (String) args.get(1), MAX_TITLE_BYTES);
    final String description = bounded("description", (String) args.get(2), MAX_DESCRIPTION_BYTES);
    final Bytes payload = (Bytes) args.get(3);
    final ProposalKind kind = ProposalKind.of(code);
    if (kind == null) {
      throw ModuleCall.revert("UnsupportedProposalKind", "proposal kind " + code
          + " is not one of 0 text, 1 treasury spend, 2 parameter change, 3 validator change, 4 upgrade");
    }
    if (title.isEmpty()) {
      throw ModuleCall.revert("EmptyTitle", "a proposal needs a title");
    }
    Address recipient = Address.ZERO;
    Wei amount = Wei.ZERO;
    String parameter = "";
    switch (kind) {
      case TEXT -> {
        if (!payload.isEmpty()) {
          throw ModuleCall.revert("MalformedProposal", "a text proposal has an empty payload, got "
              + payload.size() + " bytes");
        }
      }
      case TREASURY_SPEND -> {
        final List<Object> spend = payload(SPEND_PAYLOAD, payload, "abi.encode(address recipient, uint256 amount)");
        recipient = (Address) spend.get(0);
        amount = Wei.of((UInt256) spend.get(1));
        if (recipient.isZero() || recipient.equals(ADDRESS)) {
          throw ModuleCall.revert("InvalidRecipient", "a treasury spend may not pay " + recipient.toHexString());
        }
        if (amount.isZero()) {
          throw ModuleCall.revert("ZeroAmount", "a treasury spend moves at least 1 wei");
        }
      }
      case VALIDATOR_CHANGE -> {
        final List<Object> change = payload(VALIDATOR_PAYLOAD, payload, "abi.encode(address validator, bool add)");
        recipient = (Address) change.get(0);
        final boolean add = (Boolean) change.get(1);
        parameter = add ? "add" : "remove";
        if (recipient.isZero()) {
          throw ModuleCall.revert("InvalidValidator", "the zero address cannot be a validator");
        }
        final ModuleRevert refusal = validatorChangeRefusal(ValidatorSetStore.read(storage(call)), recipient, add);
        if (refusal != null) {
          throw refusal;
        }
      }
      case UPGRADE -> {
        final List<Object> upgrade = payload(UPGRADE_PAYLOAD, payload, "abi.encode(string name, uint64 height)");
        parameter = (String) upgrade.get(0);
        final long height = ((UInt256) upgrade.get(1)).toLong();
        amount = Wei.of(height);
        if (!UPGRADE_NAME.matcher(parameter).matches()) {
          throw ModuleCall.revert("InvalidUpgradeName", "an upgrade name is 1 to 64 of a-z, 0-9, '.', '_', '-',"
              + " starting with a letter or digit; got '" + parameter + "'");
        }
        final long earliest = call.block() + store(call).params().votingPeriod();
        if (height <= earliest) {
          throw ModuleCall.revert("ActivationTooSoon", "the upgrade must activate after block " + earliest
              + ", the earliest its voting period can end; got " + height);
        }
        final Optional<ScheduledUpgrade> scheduled = UpgradeStore.named(storage(call), parameter);
        if (scheduled.isPresent()) {
          throw ModuleCall.revert("UpgradeAlreadyScheduled", "upgrade '" + parameter + "' is scheduled for block "
              + scheduled.get().height());
        }
      }
      default -> { // PARAMETER_CHANGE
        final List<Object> change = payload(PARAMETER_PAYLOAD, payload, "abi.encode(string name, uint256 value)");
        final String name = (String) change.get(0);
        parameter = name;
        amount = Wei.of((UInt256) change.get(1));
        final GovernableParameter governable = GovernableParameter.any(name).orElseThrow(() -> ModuleCall.revert(
            "UnknownParameter", "'" + name + "' is not a parameter governance can change: "
                + String.join(", ", parameterNames())));
        if (!governable.allows(amount.toBigInteger())) {
          throw ModuleCall.revert("InvalidParameterValue", parameter + " must be in " + governable.range() + ", got "
              + amount.toBigInteger());
        }
      }
    }
    final GovStore store = store(call);
    final GovParams params = store.params();
    final long id = store.submit(kind, call.caller(), title, description, recipient, amount, parameter,
        call.block(), call.block() + params.depositPeriod());
    call.emit(PROPOSAL_SUBMITTED, UInt256.valueOf(id), call.caller(), UInt256.valueOf(kind.code()), title);
    if (!call.value().isZero()) {
      addDeposit(call, store, params, id, call.value());
    }
    return SUBMIT.encodeOutputs(UInt256.valueOf(id));
  }

  private Bytes deposit(final ModuleCall call, final List<Object> args) {
    final GovStore store = store(call);
    final Proposal proposal = existing(store, id(args.get(0)));
    if (call.value().isZero()) {
      throw ModuleCall.revert("ZeroDeposit", "send the deposit as the call's value");
    }
    if (proposal.status() != ProposalStatus.DEPOSIT_PERIOD || call.block() >= proposal.depositEnd()) {
      throw ModuleCall.revert("DepositPeriodOver", "proposal " + proposal.id() + " takes no deposits: "
          + (proposal.status() == ProposalStatus.DEPOSIT_PERIOD ? "its deposit period ended at block "
              + proposal.depositEnd() : "it is " + proposal.status()));
    }
    addDeposit(call, store, store.params(), proposal.id(), call.value());
    return Bytes.EMPTY;
  }

  private static void addDeposit(final ModuleCall call, final GovStore store, final GovParams params, final long id,
      final Wei amount) {
    final Wei total = store.addDeposit(id, call.caller(), amount);
    call.emit(DEPOSITED, UInt256.valueOf(id), call.caller(), amount.toUInt256(), total.toUInt256());
    if (total.compareTo(params.minDeposit()) >= 0) {
      final long end = call.block() + params.votingPeriod();
      store.startVoting(id, call.block(), end);
      call.emit(VOTING_STARTED, UInt256.valueOf(id), UInt256.valueOf(call.block()), UInt256.valueOf(end));
    }
  }

  // ---------------------------------------------------------------- vote and withdraw

  private Bytes vote(final ModuleCall call, final List<Object> args) {
    final GovStore store = store(call);
    final Proposal proposal = existing(store, id(args.get(0)));
    final long code = ((UInt256) args.get(1)).toLong();
    final VoteOption option = VoteOption.of(code);
    if (option == null) {
      throw ModuleCall.revert("UnknownVoteOption", "option " + code
          + " is not one of 1 Yes, 2 No, 3 Abstain, 4 NoWithVeto");
    }
    if (proposal.status() != ProposalStatus.VOTING_PERIOD || call.block() >= proposal.votingEnd()) {
      throw ModuleCall.revert("NotInVotingPeriod", "proposal " + proposal.id() + " takes no votes: "
          + (proposal.status() == ProposalStatus.VOTING_PERIOD ? "its voting period ended at block "
              + proposal.votingEnd() : "it is " + proposal.status()));
    }
    if (!store.vote(proposal.id(), call.caller())[0].isZero()) {
      throw ModuleCall.revert("AlreadyVoted", call.caller().toHexString() + " has voted on proposal "
          + proposal.id());
    }
    final Wei weight = store.locked(call.caller()).add(call.value());
    if (weight.isZero()) {
      throw ModuleCall.revert("NoVotingPower", "a vote is weighted by locked tokens: send some as the call's value");
    }
    store.setLock(call.caller(), weight, Math.max(store.lockedUntil(call.caller()), proposal.votingEnd()));
    store.recordVote(proposal.id(), call.caller(), option, weight);
    call.emit(VOTED, UInt256.valueOf(proposal.id()), call.caller(), UInt256.valueOf(option.code()),
        weight.toUInt256());
    return Bytes.EMPTY;
  }

  private Bytes withdraw(final ModuleCall call, final List<Object> args) {
    final GovStore store = store(call);
    final Wei locked = store.locked(call.caller());
    if (locked.isZero()) {
      throw ModuleCall.revert("NothingLocked", call.caller().toHexString() + " has no locked tokens");
    }
    final long until = store.lockedUntil(call.caller());
    if (call.block() < until) {
      throw ModuleCall.revert("TokensLocked", "the tokens back a vote until block " + until);
    }
    store.setLock(call.caller(), Wei.ZERO, 0);
    call.pay(call.caller(), locked);
    call.emit(UNLOCKED, call.caller(), locked.toUInt256());
    return WITHDRAW.encodeOutputs(locked.toUInt256());
  }

  // ---------------------------------------------------------------- finalize and deposits

  private Bytes finalize(final ModuleCall call, final List<Object> args) {
    final GovStore store = store(call);
    final Proposal proposal = existing(store, id(args.get(0)));
    final long id = proposal.id();
    if (proposal.status().ended()) {
      throw ModuleCall.revert("AlreadyFinalized", "proposal " + id + " ended " + proposal.status());
    }
    if (proposal.status() == ProposalStatus.DEPOSIT_PERIOD) {
      if (call.block() < proposal.depositEnd()) {
        throw ModuleCall.revert("ProposalNotEnded", "proposal " + id + " takes deposits until block "
            + proposal.depositEnd());
      }
      store.setStatus(id, ProposalStatus.EXPIRED);
      call.emit(PROPOSAL_EXPIRED, UInt256.valueOf(id), proposal.totalDeposit().toUInt256());
      return FINALIZE.encodeOutputs(UInt256.valueOf(ProposalStatus.EXPIRED.code()));
    }
    if (call.block() < proposal.votingEnd()) {
      throw ModuleCall.revert("ProposalNotEnded", "proposal " + id + " takes votes until block "
          + proposal.votingEnd());
    }
    final Wei supply = store.totalSupply();
    if (supply.isZero()) {
      throw ModuleCall.revert("SupplyUnknown", "the genesis recorded no total supply to measure the quorum against");
    }
    final GovParams params = store.params();
    final Tally tally = proposal.tally();
    final Object[] counts = {UInt256.valueOf(id), tally.yes().toUInt256(), tally.no().toUInt256(),
        tally.abstain().toUInt256(), tally.noWithVeto().toUInt256()};
    ProposalStatus status = tally.outcome(params, supply);
    switch (status) {
      case VETOED -> {
        call.emit(PROPOSAL_VETOED, counts);
        forfeit(call, store, proposal);
      }
      case REJECTED -> {
        final boolean quorum = tally.quorumReached(params, supply);
        call.emit(PROPOSAL_REJECTED, UInt256.valueOf(id), quorum, counts[1], counts[2], counts[3], counts[4]);
        if (!quorum) {
          forfeit(call, store, proposal);
        }
      }
      default -> { // PASSED
        call.emit(PROPOSAL_PASSED, counts);
        final String failure = execute(call, store, proposal);
        if (failure == null) {
          call.emit(PROPOSAL_EXECUTED, UInt256.valueOf(id));
        } else {
          status = ProposalStatus.FAILED;
          call.emit(PROPOSAL_EXECUTION_FAILED, UInt256.valueOf(id), failure);
        }
      }
    }
    store.setStatus(id, status);
    return FINALIZE.encodeOutputs(UInt256.valueOf(status.code()));
  }

  /** Sends all of a proposal's deposits to the treasury (vetoed, or below quorum). */
  private static void forfeit(final ModuleCall call, final GovStore store, final Proposal proposal) {
    store.forfeitDeposits(proposal.id());
    call.pay(AiAddresses.TREASURY, proposal.totalDeposit());
  }

  /** Carries out a passed proposal; returns why it could not be (having changed nothing), or null. */
  private static String execute(final ModuleCall call, final GovStore store, final Proposal proposal) {
    switch (proposal.kind()) {
      case TREASURY_SPEND -> {
        final EvmWorld world = call.call().world();
        final Wei held = world.balance(AiAddresses.TREASURY);
        if (held.compareTo(proposal.amount()) < 0) {
          return "the treasury holds " + held.toBigInteger() + " wei, the proposal spends "
              + proposal.amount().toBigInteger();
        }
        world.subtractBalance(AiAddresses.TREASURY, proposal.amount());
        world.addBalance(proposal.recipient(), proposal.amount());
        return null;
      }
      case PARAMETER_CHANGE -> {
        final Optional<AiParameter> ai = AiParameter.byKey(proposal.parameter());
        if (ai.isPresent()) {
          final AiParams spec = call.params();
          final AiParams next = ai.get().with(AiParamStore.next(call.call().world(), spec, call.block()),
              proposal.amount().toUInt256().intValue());
          final String inconsistency = AiParameter.inconsistency(next);
          if (inconsistency != null) {
            return inconsistency;
          }
          AiParamStore.schedule(storage(call), spec, call.block(), next);
          return null;
        }
        final Optional<ChainParameter> chain = ChainParameter.byKey(proposal.parameter());
        if (chain.isPresent()) {
          ChainParamStore.set(storage(call), chain.get(), proposal.amount().toUInt256().toLong());
          return null;
        }
        final GovParameter parameter = GovParameter.byKey(proposal.parameter()).orElseThrow();
        store.setParam(parameter, proposal.amount().toUInt256());
        return null;
      }
      case VALIDATOR_CHANGE -> {
        final ModuleStorage storage = storage(call);
        final List<Address> current = ValidatorSetStore.read(storage);
        final boolean add = proposal.parameter().equals("add");
        final ModuleRevert refusal = validatorChangeRefusal(current, proposal.recipient(), add);
        if (refusal != null) {
          return refusal.getMessage();
        }
        final List<Address> next = new java.util.ArrayList<>(current);
        if (add) {
          next.add(proposal.recipient());
        } else {
          next.remove(proposal.recipient());
        }
        ValidatorSetStore.write(storage, next);
        return null;
      }
      case UPGRADE -> {
        final ModuleStorage storage = storage(call);
        final long height = proposal.amount().toUInt256().toLong();
        if (height <= call.block()) {
          return "upgrade '" + proposal.parameter() + "' was to activate at block " + height
              + ", which is not after this one";
        }
        final Optional<ScheduledUpgrade> scheduled = UpgradeStore.named(storage, proposal.parameter());
        if (scheduled.isPresent()) {
          return "upgrade '" + proposal.parameter() + "' is already scheduled for block " + scheduled.get().height();
        }
        if (UpgradeStore.full(storage)) {
          return "the chain has scheduled " + UpgradeStore.MAX_UPGRADES + " upgrades, the most it keeps";
        }
        UpgradeStore.add(storage, new ScheduledUpgrade(proposal.parameter(), height, proposal.id()));
        return null;
      }
      default -> {
        return null; // TEXT: passing is all it does
      }
    }
  }

  /** The module's storage for this call, metered like the rest of it, read-only in a static call. */
  private static ModuleStorage storage(final ModuleCall call) {
    return new ModuleStorage(call.call().world(), ADDRESS, call.gas(), call.params().gas(), call.call().isStatic());
  }

  /**
   * Why adding ({@code add}) or removing {@code validator} from {@code current} is refused, or null. Checked at submission and again at execution, as other proposals may have changed the set meanwhile.
   */
  private static ModuleRevert validatorChangeRefusal(final List<Address> current, final Address validator,
      final boolean add) {
    if (current.isEmpty()) {
      return ModuleCall.revert("NoValidatorSet", "this chain's genesis keeps its validator set in block headers only");
    }
    if (add && current.contains(validator)) {
      return ModuleCall.revert("AlreadyValidator", validator.toHexString() + " is a validator");
    }
    if (add && current.size() >= ValidatorSetStore.MAX_VALIDATORS) {
      return ModuleCall.revert("TooManyValidators", "the set is at its maximum of " + ValidatorSetStore.MAX_VALIDATORS);
    }
    if (!add && !current.contains(validator)) {
      return ModuleCall.revert("NotAValidator", validator.toHexString() + " is not a validator");
    }
    if (!add && current.size() == 1) {
      return ModuleCall.revert("LastValidator", "removing " + validator.toHexString() + " would leave no validator");
    }
    return null;
  }

  /** Every name a PARAMETER_CHANGE accepts: governance's, the chain's and the AI modules'. */
  public static List<String> parameterNames() {
    final List<String> names = new java.util.ArrayList<>();
    for (final GovParameter p : GovParameter.values()) {
      names.add(p.key());
    }
    for (final ChainParameter p : ChainParameter.values()) {
      names.add(p.key());
    }
    for (final AiParameter p : AiParameter.values()) {
      names.add(p.key());
    }
    return names;
  }

  private Bytes claimDeposit(final ModuleCall call, final List<Object> args) {
    final GovStore store = store(call);
    final Proposal proposal = existing(store, id(args.get(0)));
    if (!proposal.status().ended()) {
      throw ModuleCall.revert("ProposalNotEnded", "proposal " + proposal.id() + " is " + proposal.status()
          + "; deposits are settled when it is finalized");
    }
    final Wei mine = store.deposit(proposal.id(), call.caller());
    if (mine.isZero()) {
      throw ModuleCall.revert("NoDeposit", call.caller().toHexString() + " has no deposit on proposal "
          + proposal.id());
    }
    if (proposal.depositsForfeited()) {
      throw ModuleCall.revert("DepositForfeited", "proposal " + proposal.id() + " was " + proposal.status()
          + "; its deposits went to the treasury");
    }
    store.clearDeposit(proposal.id(), call.caller());
    call.pay(call.caller(), mine);
    call.emit(DEPOSIT_CLAIMED, UInt256.valueOf(proposal.id()), call.caller(), mine.toUInt256());
    return CLAIM_DEPOSIT.encodeOutputs(mine.toUInt256());
  }

  // ---------------------------------------------------------------- helpers

  private static List<Object> payload(final AbiFunction shape, final Bytes payload, final String expected) {
    try {
      final List<Object> values = shape.decodeInputs(payload);
      if (!shape.encodeCall(values.toArray()).slice(4).equals(payload)) {
        throw ModuleCall.revert("MalformedProposal", "the payload has bytes beyond " + expected);
      }
      return values;
    } catch (final DecodingException e) {
      throw ModuleCall.revert("MalformedProposal", "the payload is not " + expected + ": " + e.getMessage());
    }
  }

  private static Proposal existing(final GovStore store, final long id) {
    return store.get(id).orElseThrow(() -> ModuleCall.revert("UnknownProposal", "proposal " + id + " does not exist"));
  }

  private static String bounded(final String field, final String value, final int max) {
    final int length = value.getBytes(StandardCharsets.UTF_8).length;
    if (length > max) {
      throw ModuleCall.revert("StringTooLong", field + " is " + length + " bytes, at most " + max + " are allowed");
    }
    return value;
  }

  static long id(final Object arg) {
    final UInt256 value = (UInt256) arg;
    return value.fitsLong() && value.toLong() >= 0 ? value.toLong() : -1;
  }

  static List<Object> tuple(final Proposal p) {
    final Tally t = p.tally();
    return List.of(UInt256.valueOf(p.id()), UInt256.valueOf(p.kind().code()), p.proposer(), p.title(),
        p.description(), p.recipient(), p.amount().toUInt256(), p.parameter(), UInt256.valueOf(p.status().code()),
        UInt256.valueOf(p.submittedAt()), UInt256.valueOf(p.depositEnd()), UInt256.valueOf(p.votingStart()),
        UInt256.valueOf(p.votingEnd()), p.totalDeposit().toUInt256(), t.yes().toUInt256(), t.no().toUInt256(),
        t.abstain().toUInt256(), t.noWithVeto().toUInt256(), p.depositsForfeited());
  }
}

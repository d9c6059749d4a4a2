package io.tributary.state.gov;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.ModuleStorage;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The Governance module's storage. Slot 0 counts proposals (ids 1, 2, ...); slots 1 to 6 hold the parameters in
 * {@link GovParameter} order, slot 7 is non-zero once genesis wrote them, slot 8 the total supply genesis recorded. A
 * proposal's fields start at keccak256(1 || id); a deposit at keccak256(2 || id || depositor); a vote (option, weight)
 * at keccak256(3 || id || voter); a voter's lock (amount, locked until) at keccak256(4 || voter).
 */
final class GovStore {
  private static final UInt256 COUNT = UInt256.ZERO;
  private static final UInt256 PARAMS = UInt256.ONE;
  private static final UInt256 PARAMS_SET = UInt256.valueOf(7);
  private static final UInt256 TOTAL_SUPPLY = UInt256.valueOf(8);

  private static final long PROPOSAL = 1;
  private static final long DEPOSIT = 2;
  private static final long VOTE = 3;
  private static final long LOCK = 4;

  private static final int KIND = 0;
  private static final int PROPOSER = 1;
  private static final int TITLE = 2;
  private static final int DESCRIPTION = 3;
  private static final int RECIPIENT = 4;
  private static final int AMOUNT = 5;
  private static final int PARAMETER = 6;
  private static final int STATUS = 7;
  private static final int SUBMITTED_AT = 8;
  private static final int DEPOSIT_END = 9;
  private static final int VOTING_START = 10;
  private static final int VOTING_END = 11;
  private static final int TOTAL_DEPOSIT = 12;
  private static final int TALLY = 13; // 13..16: yes, no, abstain, noWithVeto
  private static final int FORFEITED = 17;

  private final ModuleStorage storage;
  private final GovParams fallback;

  GovStore(final ModuleStorage storage, final GovParams fallback) {
    this.storage = storage;
    this.fallback = fallback;
  }

  // ---------------------------------------------------------------- parameters and supply

  /** The parameters in force; {@code fallback} (the spec's) on a chain whose genesis did not write them. */
  GovParams params() {
    if (storage.load(PARAMS_SET).isZero()) {
      return fallback;
    }
    return new GovParams(Wei.of(storage.load(paramSlot(GovParameter.MIN_DEPOSIT))),
        storage.loadLong(paramSlot(GovParameter.DEPOSIT_PERIOD)), storage.loadLong(paramSlot(GovParameter.VOTING_PERIOD)),
        (int) storage.loadLong(paramSlot(GovParameter.QUORUM_BPS)),
        (int) storage.loadLong(paramSlot(GovParameter.THRESHOLD_BPS)),
        (int) storage.loadLong(paramSlot(GovParameter.VETO_BPS)));
  }

  void setParams(final GovParams params) {
    storage.store(paramSlot(GovParameter.MIN_DEPOSIT), params.minDeposit().toUInt256());
    storage.storeLong(paramSlot(GovParameter.DEPOSIT_PERIOD), params.depositPeriod());
    storage.storeLong(paramSlot(GovParameter.VOTING_PERIOD), params.votingPeriod());
    storage.storeLong(paramSlot(GovParameter.QUORUM_BPS), params.quorumBps());
    storage.storeLong(paramSlot(GovParameter.THRESHOLD_BPS), params.thresholdBps());
    storage.storeLong(paramSlot(GovParameter.VETO_BPS), params.vetoBps());
    storage.storeLong(PARAMS_SET, 1);
  }

  /** Sets one parameter (a passed proposal); the others are first written out if genesis had not. */
  void setParam(final GovParameter parameter, final UInt256 value) {
    if (storage.load(PARAMS_SET).isZero()) {
      setParams(fallback);
    }
    storage.store(paramSlot(parameter), value);
  }

  private static UInt256 paramSlot(final GovParameter parameter) {
    return PARAMS.add(parameter.ordinal());
  }

  Wei totalSupply() {
    return Wei.of(storage.load(TOTAL_SUPPLY));
  }

  void setTotalSupply(final Wei value) {
    storage.store(TOTAL_SUPPLY, value.toUInt256());
  }

  // ---------------------------------------------------------------- proposals

  long count() {
    return storage.loadLong(COUNT);
  }

  private static UInt256 field(final long id, final int field) {
    return ModuleStorage.recordSlot(PROPOSAL, id).add(field);
  }

  long submit(final ProposalKind kind, final Address proposer, final String title, final String description,
      final Address recipient, final Wei amount, final String parameter, final long block, final long depositEnd) {
    final long id = count() + 1;
    storage.storeLong(COUNT, id);
    storage.storeLong(field(id, KIND), kind.code());
    storage.storeAddress(field(id, PROPOSER), proposer);
    storage.storeString(field(id, TITLE), title);
    storage.storeString(field(id, DESCRIPTION), description);
    storage.storeAddress(field(id, RECIPIENT), recipient);
    storage.store(field(id, AMOUNT), amount.toUInt256());
    storage.storeString(field(id, PARAMETER), parameter);
    storage.storeLong(field(id, STATUS), ProposalStatus.DEPOSIT_PERIOD.code());
    storage.storeLong(field(id, SUBMITTED_AT), block);
    storage.storeLong(field(id, DEPOSIT_END), depositEnd);
    return id;
  }

  Optional<Proposal> get(final long id) {
    if (id <= 0 || id > count()) {
      return Optional.empty();
    }
    return Optional.of(new Proposal(id, ProposalKind.of(storage.loadLong(field(id, KIND))),
        storage.loadAddress(field(id, PROPOSER)), storage.loadString(field(id, TITLE)),
        storage.loadString(field(id, DESCRIPTION)), storage.loadAddress(field(id, RECIPIENT)),
        Wei.of(storage.load(field(id, AMOUNT))), storage.loadString(field(id, PARAMETER)),
        ProposalStatus.of(storage.loadLong(field(id, STATUS))), storage.loadLong(field(id, SUBMITTED_AT)),
        storage.loadLong(field(id, DEPOSIT_END)), storage.loadLong(field(id, VOTING_START)),
        storage.loadLong(field(id, VOTING_END)), Wei.of(storage.load(field(id, TOTAL_DEPOSIT))),
        new Tally(Wei.of(storage.load(field(id, TALLY))), Wei.of(storage.load(field(id, TALLY + 1))),
            Wei.of(storage.load(field(id, TALLY + 2))), Wei.of(storage.load(field(id, TALLY + 3)))),
        storage.loadLong(field(id, FORFEITED)) != 0));
  }

  void setStatus(final long id, final ProposalStatus status) {
    storage.storeLong(field(id, STATUS), status.code());
  }

  void forfeitDeposits(final long id) {
    storage.storeLong(field(id, FORFEITED), 1);
  }

  void startVoting(final long id, final long start, final long end) {
    storage.storeLong(field(id, STATUS), ProposalStatus.VOTING_PERIOD.code());
    storage.storeLong(field(id, VOTING_START), start);
    storage.storeLong(field(id, VOTING_END), end);
  }

  /** Adds {@code amount} to the proposal's and the depositor's deposits; returns the proposal's new total. */
  Wei addDeposit(final long id, final Address depositor, final Wei amount) {
    final UInt256 mine = pairSlot(DEPOSIT, id, depositor);
    storage.store(mine, storage.load(mine).add(amount.toUInt256()));
    final Wei total = Wei.of(storage.load(field(id, TOTAL_DEPOSIT))).add(amount);
    storage.store(field(id, TOTAL_DEPOSIT), total.toUInt256());
    return total;
  }

  Wei deposit(final long id, final Address depositor) {
    return Wei.of(storage.load(pairSlot(DEPOSIT, id, depositor)));
  }

  void clearDeposit(final long id, final Address depositor) {
    storage.store(pairSlot(DEPOSIT, id, depositor), UInt256.ZERO);
  }

  // ---------------------------------------------------------------- votes and locks

  /** The option (0: none) and weight of {@code voter}'s vote on proposal {@code id}. */
  UInt256[] vote(final long id, final Address voter) {
    final UInt256 slot = pairSlot(VOTE, id, voter);
    return new UInt256[] {storage.load(slot), storage.load(slot.add(1))};
  }

  void recordVote(final long id, final Address voter, final VoteOption option, final Wei weight) {
    final UInt256 slot = pairSlot(VOTE, id, voter);
    storage.storeLong(slot, option.code());
    storage.store(slot.add(1), weight.toUInt256());
    final UInt256 tally = field(id, TALLY + option.code() - 1);
    storage.store(tally, storage.load(tally).add(weight.toUInt256()));
  }

  Wei locked(final Address voter) {
    return Wei.of(storage.load(lockSlot(voter)));
  }

  long lockedUntil(final Address voter) {
    return storage.loadLong(lockSlot(voter).add(1));
  }

  void setLock(final Address voter, final Wei amount, final long until) {
    storage.store(lockSlot(voter), amount.toUInt256());
    storage.storeLong(lockSlot(voter).add(1), until);
  }

  private static UInt256 lockSlot(final Address voter) {
    return ModuleStorage.recordSlot(LOCK, voter);
  }

  private static UInt256 pairSlot(final long tag, final long id, final Address who) {
    return UInt256.fromBytes(Bytes32.wrap(Keccak256.digest(Bytes.concatenate(UInt256.valueOf(tag),
        UInt256.valueOf(id), Bytes32.leftPad(who)).toArrayUnsafe())));
  }
}

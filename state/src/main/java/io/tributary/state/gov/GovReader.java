package io.tributary.state.gov;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Optional;

/** The Governance module's records, read for free (RPC, tests): {@link GovernanceModule#reader}. */
public final class GovReader {
  private final GovStore store;

  GovReader(final GovStore store) {
    this.store = store;
  }

  public long proposalCount() {
    return store.count();
  }

  public Optional<Proposal> proposal(final long id) {
    return store.get(id);
  }

  public GovParams params() {
    return store.params();
  }

  public Wei totalSupply() {
    return store.totalSupply();
  }

  public Wei locked(final Address voter) {
    return store.locked(voter);
  }

  public long lockedUntil(final Address voter) {
    return store.lockedUntil(voter);
  }

  /** The option {@code voter} chose on proposal {@code id}, if any. */
  public Optional<VoteOption> vote(final long id, final Address voter) {
    return Optional.ofNullable(VoteOption.of(store.vote(id, voter)[0].toLong()));
  }

  public Wei voteWeight(final long id, final Address voter) {
    return Wei.of(store.vote(id, voter)[1]);
  }

  public Wei deposit(final long id, final Address depositor) {
    return store.deposit(id, depositor);
  }
}

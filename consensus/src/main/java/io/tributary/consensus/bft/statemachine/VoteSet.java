package io.tributary.consensus.bft.statemachine;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The votes of one type for one (height, round), counted per block hash (nil is {@link Hash#ZERO}) over distinct
 * validators.
 *
 * <p>A validator's first vote always counts; a different vote by the same validator is equivocation (reported once)
 * and counts only towards its own value, and only when the caller says the value matters (nil, or a block this
 * validator knows), which bounds what an equivocator can make us store. Counting it is safe: a quorum for a value
 * means a quorum of distinct validators signed it, and two quorums for different values still share an honest
 * validator. Refusing it would not be live: a Byzantine validator that sent some peers nil and others a block would
 * keep those peers from ever seeing the block's quorum (CometBFT tracks such votes per claimed majority for the same
 * reason).
 */
final class VoteSet {
  enum Added {
    NEW,
    /** The same vote again (a retransmission or a relay): nothing changes. */
    DUPLICATE,
    /** A different vote by an author who already voted: equivocation. */
    CONFLICT
  }

  private final Map<Address, BftMessage> firstByAuthor = new LinkedHashMap<>();
  private final Map<Hash, Map<Address, BftMessage>> byHash = new LinkedHashMap<>();

  /** Adds {@code vote} for {@code hash}; a conflicting vote is kept for its value only if {@code keepConflict}. */
  Added add(final BftMessage vote, final Hash hash, final boolean keepConflict) {
    final Address author = vote.author();
    final Map<Address, BftMessage> forHash = byHash.get(hash);
    if (forHash != null && forHash.containsKey(author)) {
      return Added.DUPLICATE;
    }
    if (firstByAuthor.containsKey(author)) {
      if (keepConflict) {
        byHash.computeIfAbsent(hash, h -> new LinkedHashMap<>()).put(author, vote);
      }
      return Added.CONFLICT;
    }
    firstByAuthor.put(author, vote);
    byHash.computeIfAbsent(hash, h -> new LinkedHashMap<>()).put(author, vote);
    return Added.NEW;
  }

  BftMessage first(final Address author) {
    return firstByAuthor.get(author);
  }

  /** Each validator's first vote, in arrival order. */
  List<BftMessage> firstVotes() {
    return List.copyOf(firstByAuthor.values());
  }

  /** Distinct validators that voted at all. */
  int total() {
    return firstByAuthor.size();
  }

  /** Distinct validators that voted for {@code hash}. */
  int count(final Hash hash) {
    final Map<Address, BftMessage> votes = byHash.get(hash);
    return votes == null ? 0 : votes.size();
  }

  List<BftMessage> votesFor(final Hash hash) {
    final Map<Address, BftMessage> votes = byHash.get(hash);
    return votes == null ? List.of() : List.copyOf(votes.values());
  }

  /** Block hashes voted for (nil excluded), in the order first seen. */
  List<Hash> blockHashes() {
    final List<Hash> hashes = new ArrayList<>();
    for (final Hash hash : byHash.keySet()) {
      if (!hash.equals(Hash.ZERO)) {
        hashes.add(hash);
      }
    }
    return hashes;
  }
}

package io.tributary.consensus.bft.statemachine;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One vote per validator for one (height, round, type), counted per block hash (nil is {@link Hash#ZERO}). */
final class VoteSet {
  enum Added {
    NEW,
    /** The same vote again (a retransmission): nothing changes. */
    DUPLICATE,
    /** A different vote by an author who already voted: equivocation; the first one stays, this one is ignored. */
    CONFLICT
  }

  private final Map<Address, BftMessage> byAuthor = new LinkedHashMap<>();
  private final Map<Address, Hash> hashByAuthor = new LinkedHashMap<>();
  private final Map<Hash, List<BftMessage>> byHash = new LinkedHashMap<>();

  Added add(final BftMessage vote, final Hash hash) {
    final Hash previous = hashByAuthor.get(vote.author());
    if (previous != null) {
      return previous.equals(hash) ? Added.DUPLICATE : Added.CONFLICT;
    }
    byAuthor.put(vote.author(), vote);
    hashByAuthor.put(vote.author(), hash);
    byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(vote);
    return Added.NEW;
  }

  BftMessage first(final Address author) {
    return byAuthor.get(author);
  }

  int total() {
    return byAuthor.size();
  }

  int count(final Hash hash) {
    final List<BftMessage> votes = byHash.get(hash);
    return votes == null ? 0 : votes.size();
  }

  List<BftMessage> votesFor(final Hash hash) {
    return byHash.getOrDefault(hash, List.of());
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

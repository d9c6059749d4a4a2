package io.tributary.consensus.bft.statemachine;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.core.types.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Messages for the next few heights, kept until this validator gets there (so a fast network's round 0 is not lost
 * while the block is still being imported here). Bounded per author; retransmissions are kept once.
 */
final class FutureMessages {
  private final int perAuthor;
  private final TreeMap<Long, Set<BftMessage>> byHeight = new TreeMap<>();
  private final Map<Address, Integer> counts = new HashMap<>();

  FutureMessages(final int perAuthor) {
    this.perAuthor = perAuthor;
  }

  void add(final BftMessage message) {
    final int count = counts.getOrDefault(message.author(), 0);
    if (count >= perAuthor) {
      return;
    }
    if (byHeight.computeIfAbsent(message.height(), h -> new LinkedHashSet<>()).add(message)) {
      counts.put(message.author(), count + 1);
    }
  }

  /** Removes everything at or below {@code height}; returns the messages of exactly {@code height}, in arrival order. */
  List<BftMessage> take(final long height) {
    List<BftMessage> current = List.of();
    while (!byHeight.isEmpty() && byHeight.firstKey() <= height) {
      final Map.Entry<Long, Set<BftMessage>> first = byHeight.pollFirstEntry();
      for (final BftMessage message : first.getValue()) {
        counts.merge(message.author(), -1, Integer::sum);
      }
      if (first.getKey() == height) {
        current = new ArrayList<>(first.getValue());
      }
    }
    return current;
  }

  int size() {
    int size = 0;
    for (final Set<BftMessage> messages : byHeight.values()) {
      size += messages.size();
    }
    return size;
  }
}

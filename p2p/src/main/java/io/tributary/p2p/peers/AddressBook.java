package io.tributary.p2p.peers;

import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nodes this node may dial: configured static peers and bootnodes (kept for good) and peers learned from
 * connections and peer exchange (bounded; the oldest learned go first, and one that fails {@link #MAX_FAILURES} dials
 * in a row is dropped). Each entry has a redial time: a failed dial doubles its delay from the minimum to the maximum
 * backoff; a success resets it. Times come from the caller's injected clock. Iteration is in insertion order, so the
 * dial order is deterministic. Thread-safe.
 */
public final class AddressBook {
  /** Why an entry is in the book, in dial priority order. */
  public enum Source { STATIC, BOOTNODE, DISCOVERED }

  /** A dialable node as the dialer sees it. */
  public record Candidate(EnodeUrl enode, Source source, int failures) {}

  /** Learned entries dialed and failed this many times in a row are forgotten. */
  public static final int MAX_FAILURES = 5;

  private static final class Entry {
    EnodeUrl enode;
    Source source;
    int failures;
    long nextDialMillis;

    Entry(final EnodeUrl enode, final Source source) {
      this.enode = enode;
      this.source = source;
    }
  }

  private final int capacity;
  private final long minBackoffMillis;
  private final long maxBackoffMillis;
  private final Map<NodeId, Entry> entries = new LinkedHashMap<>();

  public AddressBook(final int capacity, final long minBackoffMillis, final long maxBackoffMillis) {
    this.capacity = capacity;
    this.minBackoffMillis = minBackoffMillis;
    this.maxBackoffMillis = maxBackoffMillis;
  }

  /** Adds a static peer or bootnode from the configuration; it is never forgotten. */
  public synchronized void addConfigured(final EnodeUrl enode, final Source source) {
    final Entry existing = entries.get(enode.nodeId());
    if (existing != null && existing.source.ordinal() <= source.ordinal()) {
      return;
    }
    final Entry entry = new Entry(enode, source);
    entries.put(enode.nodeId(), entry);
  }

  /** Adds a node heard of from a peer, unless known; true when added. */
  public synchronized boolean learn(final EnodeUrl enode) {
    if (entries.containsKey(enode.nodeId())) {
      return false;
    }
    return addLearned(new Entry(enode, Source.DISCOVERED));
  }

  /** A session with {@code nodeId} succeeded; {@code endpoint} is where it listens, if it said. */
  public synchronized void connected(final NodeId nodeId, final Optional<EnodeUrl> endpoint) {
    Entry entry = entries.get(nodeId);
    if (entry == null) {
      if (endpoint.isEmpty()) {
        return;
      }
      entry = new Entry(endpoint.get(), Source.DISCOVERED);
      if (!addLearned(entry)) {
        return;
      }
    } else if (entry.source == Source.DISCOVERED && endpoint.isPresent()) {
      entry.enode = endpoint.get();
    }
    entry.failures = 0;
  }

  /** A dial of {@code nodeId} failed at {@code nowMillis}: back off, or forget a learned node failing too often. */
  public synchronized void dialFailed(final NodeId nodeId, final long nowMillis) {
    final Entry entry = entries.get(nodeId);
    if (entry == null) {
      return;
    }
    entry.failures = entry.failures == Integer.MAX_VALUE ? entry.failures : entry.failures + 1;
    if (entry.source == Source.DISCOVERED && entry.failures >= MAX_FAILURES) {
      entries.remove(nodeId);
      return;
    }
    entry.nextDialMillis = nowMillis + backoff(entry.failures);
  }

  /** A session with {@code nodeId} ended at {@code nowMillis}: wait the minimum backoff before redialing. */
  public synchronized void disconnected(final NodeId nodeId, final long nowMillis) {
    final Entry entry = entries.get(nodeId);
    if (entry != null) {
      entry.nextDialMillis = Math.max(entry.nextDialMillis, nowMillis + minBackoffMillis);
    }
  }

  /** The delay after {@code failures} failed dials in a row: min, 2 min, 4 min ... up to max. */
  public long backoff(final int failures) {
    if (failures <= 0) {
      return 0;
    }
    final int shift = Math.min(failures - 1, 30);
    final long delay = minBackoffMillis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : minBackoffMillis << shift;
    return Math.min(delay, maxBackoffMillis);
  }

  /** Entries due for a dial at {@code nowMillis}: static peers, then bootnodes, then learned ones, each in order. */
  public synchronized List<Candidate> due(final long nowMillis) {
    final List<Candidate> due = new ArrayList<>();
    for (final Entry entry : entries.values()) {
      if (entry.nextDialMillis <= nowMillis) {
        due.add(new Candidate(entry.enode, entry.source, entry.failures));
      }
    }
    due.sort(Comparator.comparingInt(c -> c.source().ordinal())); // stable: keeps insertion order within a source
    return due;
  }

  public synchronized Optional<Candidate> get(final NodeId nodeId) {
    final Entry entry = entries.get(nodeId);
    return entry == null ? Optional.empty() : Optional.of(new Candidate(entry.enode, entry.source, entry.failures));
  }

  public synchronized int size() {
    return entries.size();
  }

  private boolean addLearned(final Entry entry) {
    if (entries.size() >= capacity) {
      final Iterator<Map.Entry<NodeId, Entry>> it = entries.entrySet().iterator();
      boolean evicted = false;
      while (it.hasNext()) {
        if (it.next().getValue().source == Source.DISCOVERED) {
          it.remove();
          evicted = true;
          break;
        }
      }
      if (!evicted) {
        return false;
      }
    }
    entries.put(entry.enode.nodeId(), entry);
    return true;
  }
}

package io.tributary.testnet;

import io.tributary.node.cli.testnet.ChainProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches every running node over JSON-RPC, as a client would, and records violations of the invariants that hold at
 * every moment: no two nodes report different blocks at one height (blocks are final), and no node's head goes below
 * one it reported before, across restarts too (a final block is never lost).
 */
final class ChainMonitor implements AutoCloseable {
  private static final long POLL_MILLIS = 200;

  private record Seen(String hash, String node) {}

  private final Cluster cluster;
  private final FaultReport report;
  private final Map<Long, Seen> hashes = new ConcurrentHashMap<>();
  private final Map<String, Long> highestReported = new ConcurrentHashMap<>();
  private final Map<String, Long> lastHead = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean stopped;

  ChainMonitor(final Cluster cluster, final FaultReport report) {
    this.cluster = cluster;
    this.report = report;
    this.thread = new Thread(this::loop, "chain-monitor");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    while (!stopped) {
      pollOnce();
      try {
        TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
      } catch (final InterruptedException e) {
        return;
      }
    }
  }

  /** Asks every node that is up for its head and checks it. */
  void pollOnce() {
    for (final Cluster.Member member : cluster.members()) {
      if (!member.up()) {
        continue;
      }
      final Optional<ChainProbe.Head> head = ChainProbe.head(member.rpc);
      if (head.isPresent() && member.up()) {
        observe(member.name(), head.get());
      }
    }
  }

  /** Checks one reported head against everything seen before. */
  void observe(final String node, final ChainProbe.Head head) {
    final Long before = highestReported.get(node);
    if (before != null && head.number() < before) {
      report.violation("final block lost: " + node + " reported block " + before + " before and now its head is "
          + head.number());
    }
    highestReported.merge(node, head.number(), Math::max);
    lastHead.put(node, head.number());
    agree(node, head.number(), head.hash());
  }

  /** Records that {@code node} has {@code hash} at {@code number}; a different hash seen before is a violation. */
  void agree(final String node, final long number, final String hash) {
    final Seen first = hashes.putIfAbsent(number, new Seen(hash, node));
    if (first != null && !first.hash().equals(hash)) {
      report.violation("nodes disagree on final block " + number + ": " + first.node() + " has " + first.hash()
          + ", " + node + " has " + hash);
    }
  }

  /** The highest block any node has reported. */
  long highest() {
    return highestReported.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** The head {@code node} last reported, or -1. */
  long head(final String node) {
    return lastHead.getOrDefault(node, -1L);
  }

  /** The highest block each node reported. */
  Map<String, Long> highestByNode() {
    return Map.copyOf(highestReported);
  }

  /** Heights whose hash was recorded, for the final sweep. */
  List<Long> recordedHeights() {
    return new ArrayList<>(hashes.keySet());
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

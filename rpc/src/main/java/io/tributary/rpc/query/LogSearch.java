package io.tributary.rpc.query;

import io.tributary.core.block.Block;
import io.tributary.core.block.Log;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.rpc.results.LogResult;
import io.tributary.state.chain.ChainStore;
import io.tributary.state.chain.LogLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the logs a filter matches in a range of canonical blocks, in chain order. The chain store's index (by address,
 * else by the first constrained topic position) names candidate logs so only their blocks are read; a filter with
 * neither scans the range, skipping blocks whose bloom is empty.
 */
public final class LogSearch {
  private static final Comparator<LogLocation> CHAIN_ORDER = Comparator.comparingLong(LogLocation::blockNumber)
      .thenComparingInt(LogLocation::transactionIndex).thenComparingInt(LogLocation::logIndex);

  private final ChainStore chain;
  private final LogQueryLimits limits;

  public LogSearch(final ChainStore chain, final LogQueryLimits limits) {
    this.chain = chain;
    this.limits = limits;
  }

  public LogQueryLimits limits() {
    return limits;
  }

  /** Logs of canonical blocks {@code from..to} (inclusive) that match; throws QueryLimitExceeded past the limits. */
  public List<LogResult> inRange(final long from, final long to, final LogFilter filter) {
    if (to - from + 1 > limits.maxBlockRange()) {
      throw new QueryLimitExceeded("exceed maximum block range: " + limits.maxBlockRange());
    }
    final List<LogResult> found = new ArrayList<>();
    final Optional<NavigableSet<LogLocation>> candidates = candidates(from, to, filter);
    if (candidates.isPresent()) {
      long current = -1;
      for (final LogLocation location : candidates.get()) {
        if (location.blockNumber() != current) {
          current = location.blockNumber();
          chain.blockByNumber(current).ifPresent(block -> collect(block, filter, limits.maxResults(), found));
        }
      }
    } else {
      for (long number = from; number <= to; number++) {
        chain.headerByNumber(number).filter(h -> !h.logsBloom().isEmpty())
            .flatMap(h -> chain.block(h.hash())).ifPresent(block -> collect(block, filter, limits.maxResults(), found));
      }
    }
    return found;
  }

  /** Logs of one stored block that match (eth_getLogs with blockHash); throws QueryLimitExceeded past the limit. */
  public List<LogResult> inBlock(final Block block, final LogFilter filter) {
    final List<LogResult> found = new ArrayList<>();
    collect(block, filter, limits.maxResults(), found);
    return found;
  }

  /** Logs of a block given with its receipts that match, without a result limit (logs subscriptions). */
  public static List<LogResult> inBlock(final Block block, final List<TransactionReceipt> receipts,
      final LogFilter filter) {
    final List<LogResult> found = new ArrayList<>();
    collect(block, receipts, filter, Integer.MAX_VALUE, found);
    return found;
  }

  private Optional<NavigableSet<LogLocation>> candidates(final long from, final long to, final LogFilter filter) {
    final NavigableSet<LogLocation> locations = new TreeSet<>(CHAIN_ORDER);
    if (!filter.addresses().isEmpty()) {
      for (final Address address : filter.addresses()) {
        locations.addAll(chain.logsByAddress(address, from, to));
      }
      return Optional.of(locations);
    }
    for (final List<Hash> position : filter.topics()) {
      if (!position.isEmpty()) {
        for (final Hash topic : position) {
          locations.addAll(chain.logsByTopic(topic, from, to));
        }
        return Optional.of(locations);
      }
    }
    return Optional.empty();
  }

  private void collect(final Block block, final LogFilter filter, final int maxResults, final List<LogResult> found) {
    collect(block, chain.receipts(block.hash()).orElse(List.of()), filter, maxResults, found);
  }

  private static void collect(final Block block, final List<TransactionReceipt> receipts, final LogFilter filter,
      final int maxResults, final List<LogResult> found) {
    int logIndex = 0;
    for (int t = 0; t < receipts.size(); t++) {
      final Hash txHash = block.body().transactions().get(t).hash();
      for (final Log log : receipts.get(t).logs()) {
        if (filter.matches(log)) {
          if (found.size() >= maxResults) {
            throw new QueryLimitExceeded("query returned more than " + maxResults + " results");
          }
          found.add(LogResult.of(log, block.header(), txHash, t, logIndex));
        }
        logIndex++;
      }
    }
  }
}

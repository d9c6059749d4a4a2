package io.tributary.rpc.query;

import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.processing.TransactionFees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suggests a priority fee as geth's oracle does: the 60th percentile of the three cheapest effective tips of each of
 * the last 20 blocks (ignoring tips below 2 wei and the producer's own transactions), capped at 500 gwei, and 1 gwei
 * while recent blocks hold no priced transactions. Integer arithmetic; the answer is cached per head.
 */
public final class GasPriceOracle {
  static final int BLOCKS = 20;
  static final int SAMPLES_PER_BLOCK = 3;
  static final int PERCENTILE = 60;
  static final Wei IGNORE_BELOW = Wei.of(2);
  static final Wei MAX_TIP = Wei.of(500_000_000_000L);
  public static final Wei DEFAULT_TIP = Wei.of(1_000_000_000L);

  private final BlockchainQueries queries;
  private Optional<Hash> cachedHead = Optional.empty();
  private Wei cachedTip = DEFAULT_TIP;

  public GasPriceOracle(final BlockchainQueries queries) {
    this.queries = queries;
  }

  /** The tip a transaction sent now should offer (eth_maxPriorityFeePerGas). */
  public synchronized Wei suggestedTip() {
    final BlockHeader head = queries.head();
    if (cachedHead.map(head.hash()::equals).orElse(false)) {
      return cachedTip;
    }
    final List<Wei> samples = new ArrayList<>();
    for (long number = head.number(); number >= 0 && number > head.number() - BLOCKS; number--) {
      queries.blockByNumber(number).ifPresent(block -> samples.addAll(cheapestTips(block)));
    }
    Wei tip = DEFAULT_TIP;
    if (!samples.isEmpty()) {
      samples.sort(null);
      tip = samples.get((samples.size() - 1) * PERCENTILE / 100);
    }
    cachedTip = tip.compareTo(MAX_TIP) > 0 ? MAX_TIP : tip;
    cachedHead = Optional.of(head.hash());
    return cachedTip;
  }

  /** What a legacy transaction sent now should offer per gas (eth_gasPrice): the next base fee plus the tip. */
  public Wei suggestedGasPrice() {
    return queries.pendingBaseFee().add(suggestedTip());
  }

  private static List<Wei> cheapestTips(final Block block) {
    final Wei baseFee = block.header().baseFeePerGas().orElse(Wei.ZERO);
    final List<Wei> tips = new ArrayList<>();
    for (final Transaction tx : block.body().transactions()) {
      if (tx.sender().map(block.header().coinbase()::equals).orElse(false)) {
        continue;
      }
      final Wei tip = TransactionFees.effectiveTip(tx, baseFee);
      if (tip.compareTo(IGNORE_BELOW) >= 0) {
        tips.add(tip);
      }
    }
    tips.sort(null);
    return tips.subList(0, Math.min(SAMPLES_PER_BLOCK, tips.size()));
  }
}

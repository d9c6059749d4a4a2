package io.tributary.rpc.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.types.Wei;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.state.processing.TransactionFees;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * eth_feeHistory's reward percentiles, weighted by gas as geth computes them: a block's transactions sorted by effective
 * tip, and for percentile p the tip of the transaction at which the gas used so far reaches p% of the block's gas.
 * The client's percentiles are read exactly as decimals and thresholds are rounded down, so no floating point is used.
 */
public final class RewardPercentiles {
  /** geth's cap on percentiles per call. */
  public static final int MAX = 100;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<BigDecimal> percentiles;

  private RewardPercentiles(final List<BigDecimal> percentiles) {
    this.percentiles = List.copyOf(percentiles);
  }

  /** Reads an array of increasing numbers in [0, 100]; absent or null means none. */
  public static RewardPercentiles parse(final JsonNode node) {
    final List<BigDecimal> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return new RewardPercentiles(values);
    }
    if (!node.isArray()) {
      throw new InvalidJsonRpcParameters("invalid reward percentiles: expected an array of numbers");
    }
    if (node.size() > MAX) {
      throw new InvalidJsonRpcParameters("invalid reward percentiles: more than " + MAX);
    }
    for (int i = 0; i < node.size(); i++) {
      final JsonNode item = node.get(i);
      // A literal beyond a double's range (1e400) reads as infinity, which has no decimal value.
      if (!item.isNumber() || item.isFloatingPointNumber() && !Double.isFinite(item.doubleValue())) {
        throw new InvalidJsonRpcParameters("invalid reward percentile: " + item + " is not a number");
      }
      final BigDecimal p = item.decimalValue();
      if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
        throw new InvalidJsonRpcParameters("invalid reward percentile: " + item);
      }
      if (i > 0 && p.compareTo(values.get(i - 1)) < 0) {
        throw new InvalidJsonRpcParameters("invalid reward percentiles: #" + (i - 1) + ":" + node.get(i - 1)
            + " > #" + i + ":" + item);
      }
      values.add(p);
    }
    return new RewardPercentiles(values);
  }

  public boolean isEmpty() {
    return percentiles.isEmpty();
  }

  /** The tips at each percentile for one block; zeros for a block without transactions. */
  public List<Wei> rewards(final Block block, final List<TransactionReceipt> receipts) {
    final List<Transaction> txs = block.body().transactions();
    final List<Wei> rewards = new ArrayList<>(percentiles.size());
    if (txs.isEmpty() || receipts.size() != txs.size()) {
      percentiles.forEach(p -> rewards.add(Wei.ZERO));
      return rewards;
    }
    final Wei baseFee = block.header().baseFeePerGas().orElse(Wei.ZERO);
    final List<TipAndGas> sorted = new ArrayList<>(txs.size());
    for (int i = 0; i < txs.size(); i++) {
      final long previous = i == 0 ? 0 : receipts.get(i - 1).cumulativeGasUsed();
      sorted.add(new TipAndGas(TransactionFees.effectiveTip(txs.get(i), baseFee),
          receipts.get(i).cumulativeGasUsed() - previous));
    }
    sorted.sort(Comparator.comparing(TipAndGas::tip));
    int index = 0;
    long gasSoFar = sorted.get(0).gas();
    for (final BigDecimal p : percentiles) {
      final long threshold = BigDecimal.valueOf(block.header().gasUsed()).multiply(p)
          .divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact();
      while (gasSoFar < threshold && index < sorted.size() - 1) {
        index++;
        gasSoFar += sorted.get(index).gas();
      }
      rewards.add(sorted.get(index).tip());
    }
    return rewards;
  }

  private record TipAndGas(Wei tip, long gas) {}
}

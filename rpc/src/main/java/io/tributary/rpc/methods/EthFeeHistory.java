package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Wei;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcParameters;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.query.RewardPercentiles;
import io.tributary.rpc.results.FeeHistoryResult;
import io.tributary.rpc.results.Quantities;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code eth_feeHistory(blockCount, newestBlock, rewardPercentiles)}: for up to 1024 blocks ending at newestBlock,
 * their base fees (plus the next block's), gas used ratios and the tips paid at the asked percentiles, as wallets
 * read it to price EIP-1559 transactions.
 */
public final class EthFeeHistory implements JsonRpcMethod {
  /** geth's cap; a larger count is served as this many. */
  static final long MAX_BLOCKS = 1024;

  private final BlockchainQueries queries;

  public EthFeeHistory(final BlockchainQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "eth_feeHistory";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long count = Math.min(blockCount(request.parameters().required(0, "block count")), MAX_BLOCKS);
    final BlockParameter newestParameter = BlockParameter.parse(request.parameters().required(1, "newest block"),
        "params[1]");
    final RewardPercentiles percentiles = RewardPercentiles.parse(request.parameters().optional(2).orElse(null));
    final long head = queries.head().number();
    final Optional<Long> newest = queries.number(newestParameter);
    if (newest.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.RESOURCE_NOT_FOUND, "header not found");
    }
    if (newest.get() > head) {
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR,
          "request beyond head block: requested " + newest.get() + ", head " + head);
    }
    if (count == 0) {
      return JsonRpcResponse.success(new FeeHistoryResult("0x0", List.of(), List.of(), null));
    }
    final long oldest = Math.max(0, newest.get() - count + 1);
    final List<String> baseFees = new ArrayList<>();
    final List<Double> ratios = new ArrayList<>();
    final List<List<String>> rewards = new ArrayList<>();
    BlockHeader last = null;
    for (long number = oldest; number <= newest.get(); number++) {
      final Block block = queries.blockByNumber(number)
          .orElseThrow(() -> new IllegalStateException("canonical block missing below the head"));
      last = block.header();
      baseFees.add(last.baseFeePerGas().orElse(Wei.ZERO).toShortHexString());
      // A ratio for display; doubles are fine here since nothing consensus-relevant reads it.
      ratios.add(last.gasLimit() == 0 ? 0.0 : (double) last.gasUsed() / last.gasLimit());
      if (!percentiles.isEmpty()) {
        rewards.add(percentiles.rewards(block, queries.receipts(block.hash())).stream()
            .map(Wei::toShortHexString).toList());
      }
    }
    baseFees.add(queries.nextBaseFee(last).toShortHexString());
    return JsonRpcResponse.success(new FeeHistoryResult(Quantities.of(oldest), baseFees, ratios,
        percentiles.isEmpty() ? null : rewards));
  }

  /** A hex quantity, or a plain JSON integer as geth also accepts. */
  private static long blockCount(final JsonNode node) {
    final BigInteger value;
    if (node.isIntegralNumber()) {
      value = node.bigIntegerValue();
    } else if (node.isTextual()) {
      value = JsonRpcParameters.parseQuantity(node.textValue(), "block count at params[0]");
    } else {
      throw new InvalidJsonRpcParameters("invalid block count at params[0]: expected a hex quantity");
    }
    if (value.signum() < 0) {
      throw new InvalidJsonRpcParameters("invalid block count at params[0]: negative");
    }
    return value.min(BigInteger.valueOf(MAX_BLOCKS)).longValueExact();
  }
}

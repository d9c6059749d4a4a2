package io.tributary.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.block.Block;
import io.tributary.rpc.InvalidJsonRpcParameters;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.query.LogFilter;
import io.tributary.rpc.query.LogSearch;
import io.tributary.rpc.query.QueryLimitExceeded;
import io.tributary.rpc.results.LogResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code eth_getLogs(filter)}: logs of one block ({@code blockHash}) or of a range ({@code fromBlock}..{@code toBlock},
 * both "latest" by default), matching address and topics, in chain order. Ranges and result counts are bounded;
 * going past either is -32005, as Infura answers.
 */
public final class EthGetLogs implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final LogSearch search;

  public EthGetLogs(final BlockchainQueries queries, final LogSearch search) {
    this.queries = queries;
    this.search = search;
  }

  @Override
  public String name() {
    return "eth_getLogs";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final JsonNode filter = request.parameters().required(0, "filter");
    if (!filter.isObject()) {
      throw new InvalidJsonRpcParameters("invalid filter at params[0]: expected an object");
    }
    final LogFilter logFilter = LogFilter.parse(filter);
    try {
      final JsonNode blockHash = filter.get("blockHash");
      if (blockHash != null && !blockHash.isNull()) {
        if (present(filter, "fromBlock") || present(filter, "toBlock")) {
          throw new InvalidJsonRpcParameters("invalid filter: cannot specify both blockHash and fromBlock/toBlock");
        }
        final BlockParameter.AtHash at = (BlockParameter.AtHash) hashParameter(blockHash);
        final Optional<Block> block = queries.block(at.hash());
        if (block.isEmpty()) {
          return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "unknown block");
        }
        return JsonRpcResponse.success(search.inBlock(block.get(), logFilter));
      }
      return JsonRpcResponse.success(inRange(filter, logFilter));
    } catch (QueryLimitExceeded e) {
      return JsonRpcResponse.error(JsonRpcError.LIMIT_EXCEEDED, e.getMessage());
    }
  }

  private List<LogResult> inRange(final JsonNode filter, final LogFilter logFilter) {
    final long head = queries.head().number();
    final long from = bound(filter, "fromBlock", head);
    final long to = bound(filter, "toBlock", head);
    if (from > to) {
      throw new InvalidJsonRpcParameters("invalid block range params: fromBlock " + from + " is after toBlock " + to);
    }
    if (from > head) {
      return List.of();
    }
    return search.inRange(from, Math.min(to, head), logFilter);
  }

  /** A range end as a number; tags resolve against the head (pending, safe and finalized are the head here). */
  private long bound(final JsonNode filter, final String field, final long head) {
    final JsonNode node = filter.get(field);
    if (node == null || node.isNull()) {
      return head;
    }
    final BlockParameter parameter = BlockParameter.parse(node, field);
    if (parameter instanceof BlockParameter.AtNumber at) {
      return at.number();
    }
    if (parameter instanceof BlockParameter.Tagged tagged) {
      return tagged.tag() == BlockParameter.Tag.EARLIEST ? 0 : head;
    }
    throw new InvalidJsonRpcParameters("invalid " + field + ": expected a block number or tag");
  }

  private static BlockParameter hashParameter(final JsonNode node) {
    if (!node.isTextual() || node.textValue().length() != 66) {
      throw new InvalidJsonRpcParameters("invalid blockHash: " + node + " is not a 32-byte hex hash");
    }
    return BlockParameter.parse(node, "blockHash");
  }

  private static boolean present(final JsonNode filter, final String field) {
    return filter.get(field) != null && !filter.get(field).isNull();
  }
}

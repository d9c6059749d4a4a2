package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.DatasetPage;
import io.tributary.rpc.results.DatasetResult;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.ai.AiReader;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code ai_listDatasets({fromId, limit}, block)}: the number of registered datasets and a page of them, ascending
 * from {@code fromId} (default 1), at most {@code limit} (default 100, at most 1,000).
 */
public final class AiListDatasets implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public AiListDatasets(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "ai_listDatasets";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final AiArguments.Page page = AiArguments.page(request.parameters().optional(0), "params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final AiReader reader = new AiReader(world);
      return new DatasetPage(Quantities.of(reader.datasetCount()),
          reader.datasets(page.fromId(), page.limit()).stream().map(DatasetResult::of).toList());
    });
  }
}

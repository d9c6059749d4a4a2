package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.ModelPage;
import io.tributary.rpc.results.ModelResult;
import io.tributary.rpc.results.Quantities;
import io.tributary.state.ai.AiReader;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code ai_listModels({fromId, limit}, block)}: the number of registered models and adapters and a page of them,
 * ascending from {@code fromId} (default 1), at most {@code limit} (default 100, at most 1,000).
 */
public final class AiListModels implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public AiListModels(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "ai_listModels";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final AiArguments.Page page = AiArguments.page(request.parameters().optional(0), "params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final AiReader reader = new AiReader(world);
      return new ModelPage(Quantities.of(reader.modelCount()),
          reader.models(page.fromId(), page.limit()).stream().map(model -> ModelResult.of(model, reader))
              .toList());
    });
  }
}

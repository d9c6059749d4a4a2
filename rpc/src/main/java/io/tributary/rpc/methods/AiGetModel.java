package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.ModelResult;
import io.tributary.state.ai.AiReader;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code ai_getModel(id, block)}: a registered model or adapter after the block, with its fee, fee split, training
 * datasets, attribution candidates and lineage (the base models up to the root); null for an id never registered.
 */
public final class AiGetModel implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public AiGetModel(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "ai_getModel";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long id = AiArguments.uint64(request.parameters().required(0, "model id"), "model id at params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final AiReader reader = new AiReader(world);
      return reader.model(id).map(model -> ModelResult.of(model, reader)).orElse(null);
    });
  }
}

package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.DatasetResult;
import io.tributary.state.ai.AiReader;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code ai_getDataset(id, block)}: a registered dataset as the DatasetRegistry holds it after the block (owner,
 * sketch, commitment, when it is attributable, royalties earned); null for an id never registered.
 */
public final class AiGetDataset implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public AiGetDataset(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "ai_getDataset";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long id = AiArguments.uint64(request.parameters().required(0, "dataset id"), "dataset id at params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block,
        (header, world) -> new AiReader(world).dataset(id).map(DatasetResult::of).orElse(null));
  }
}

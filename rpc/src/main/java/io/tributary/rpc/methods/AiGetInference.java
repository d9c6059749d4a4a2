package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.InferenceResult;
import io.tributary.state.ai.AiReader;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code ai_getInference(id, block)}: a recorded inference after the block (model, caller, fee, the verified claims
 * and the hash of its word hashes); null for an id never recorded.
 */
public final class AiGetInference implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public AiGetInference(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "ai_getInference";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final long id = AiArguments.uint64(request.parameters().required(0, "inference id"), "inference id at params[0]");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block,
        (header, world) -> new AiReader(world).inference(id).map(InferenceResult::of).orElse(null));
  }
}

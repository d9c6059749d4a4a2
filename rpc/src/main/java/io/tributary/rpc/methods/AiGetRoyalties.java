package io.tributary.rpc.methods;

import io.tributary.core.types.Address;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.RoyaltiesResult;
import io.tributary.state.ai.AiReader;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code ai_getRoyalties(address, block)}: the wei the address has earned from attribution up to the block, as a
 * dataset, model or base-model owner, and the number of payments; zeros for an address never paid.
 */
public final class AiGetRoyalties implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public AiGetRoyalties(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "ai_getRoyalties";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final Address address = request.parameters().address(0, "address");
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(1), "params[1]");
    return AiReads.at(queries, worldState, block,
        (header, world) -> RoyaltiesResult.of(new AiReader(world).royalties(address)));
  }
}

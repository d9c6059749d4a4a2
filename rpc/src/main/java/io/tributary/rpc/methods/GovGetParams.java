package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.GovParamsResult;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovReader;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.world.WorldStateArchive;

/** {@code gov_getParams(block)}: the governance parameters in force after the block, and the total supply. */
public final class GovGetParams implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;

  public GovGetParams(final BlockchainQueries queries, final WorldStateArchive worldState) {
    this.queries = queries;
    this.worldState = worldState;
  }

  @Override
  public String name() {
    return "gov_getParams";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final BlockParameter block = BlockParameter.parse(request.parameters().optional(0), "params[0]");
    return AiReads.at(queries, worldState, block, (header, world) -> {
      final GovReader reader = GovernanceModule.reader(world, GovParams.DEFAULT);
      return GovParamsResult.of(reader.params(), reader.totalSupply());
    });
  }
}

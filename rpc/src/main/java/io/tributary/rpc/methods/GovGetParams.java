package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockParameter;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.rpc.results.GovParamsResult;
import io.tributary.state.gov.ChainParamStore;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovReader;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code gov_getParams(block)}: the governance parameters in force after the block, the total supply, and the gas
 * limit and base-fee rules of the block after it.
 */
public final class GovGetParams implements JsonRpcMethod {
  private final BlockchainQueries queries;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  public GovGetParams(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.queries = queries;
    this.worldState = worldState;
    this.schedule = schedule;
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
      return GovParamsResult.of(reader.params(), reader.totalSupply(),
          ChainParamStore.gasLimit(world).orElse(header.gasLimit()),
          ChainParamStore.baseFee(world, schedule.specAt(header.number() + 1).baseFee()));
    });
  }
}

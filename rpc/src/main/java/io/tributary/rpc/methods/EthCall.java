package io.tributary.rpc.methods;

import io.tributary.core.block.BlockHeader;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import java.util.Optional;

/** {@code eth_call}: runs a call on the state of a block without a transaction; returns its output. */
public final class EthCall implements JsonRpcMethod {
  private final BlockResolver blocks;
  private final WorldStateArchive worldState;
  private final ProtocolSchedule schedule;

  public EthCall(final BlockResolver blocks, final WorldStateArchive worldState, final ProtocolSchedule schedule) {
    this.blocks = blocks;
    this.worldState = worldState;
    this.schedule = schedule;
  }

  @Override
  public String name() {
    return "eth_call";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    final CallParameter call = CallParameter.parse(request.parameters().required(0, "call object"));
    final Optional<BlockHeader> header = blocks.resolve(request.parameters().optional(1));
    if (header.isEmpty()) {
      return JsonRpcResponse.error(JsonRpcError.RESOURCE_NOT_FOUND, "header not found");
    }
    final Optional<String> problem = TransferCallCheck.problem(call, header.get(),
        worldState.at(header.get().stateRoot()), schedule);
    if (problem.isPresent()) {
      return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, problem.get());
    }
    return JsonRpcResponse.success("0x");
  }
}

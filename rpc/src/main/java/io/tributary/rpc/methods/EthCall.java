package io.tributary.rpc.methods;

import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.processing.CallSimulator;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;

/**
 * {@code eth_call}: runs a message through the EVM on the state of a block, in that block's context, and answers
 * its output; nothing is kept. Without a gas limit it gets the block's (at most geth's 50M cap); without a gas price
 * gas costs nothing. A revert is error 3 with the revert data, as geth answers.
 */
public final class EthCall implements JsonRpcMethod {
  private final CallExecutor executor;

  public EthCall(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.executor = new CallExecutor(queries, worldState, schedule);
  }

  @Override
  public String name() {
    return "eth_call";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return executor.run(request, (call, target) -> {
      final CallSimulator.Call message = call.toCall(CallExecutor.defaultGas(target.header()));
      final CallSimulator.Outcome outcome = target.simulate(
          message.withGas(Math.min(message.gas(), CallExecutor.RPC_GAS_CAP)));
      if (!outcome.isSuccess()) {
        return CallExecutor.failure(outcome);
      }
      return JsonRpcResponse.success(outcome.execution().orElseThrow().output().toHexString());
    });
  }
}

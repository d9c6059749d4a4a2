package io.tributary.rpc.methods;

import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcError;
import io.tributary.rpc.JsonRpcMethod;
import io.tributary.rpc.JsonRpcRequest;
import io.tributary.rpc.JsonRpcResponse;
import io.tributary.rpc.results.Quantities;
import io.tributary.rpc.query.BlockchainQueries;
import io.tributary.state.processing.CallSimulator;
import io.tributary.state.spec.ProtocolSchedule;
import io.tributary.state.world.WorldStateArchive;
import java.math.BigInteger;

/**
 * {@code eth_estimateGas}: the smallest gas limit with which the message succeeds, found as geth finds it. The
 * ceiling is the gas the caller names (else the block's gas limit, at most geth's 50M cap), lowered to what its
 * balance pays for at its fee cap; a message that fails even there is answered with its revert (error 3) or "gas
 * required exceeds allowance". Otherwise a binary search between the gas it consumed there less one (no smaller limit
 * can succeed) and the ceiling, after two guesses that usually end it: exactly the gas consumed, then that plus a
 * call stipend and the 1/64 that EIP-150 holds back.
 */
public final class EthEstimateGas implements JsonRpcMethod {
  private static final long CALL_STIPEND = 2_300;

  private final CallExecutor executor;

  public EthEstimateGas(final BlockchainQueries queries, final WorldStateArchive worldState,
      final ProtocolSchedule schedule) {
    this.executor = new CallExecutor(queries, worldState, schedule);
  }

  @Override
  public String name() {
    return "eth_estimateGas";
  }

  @Override
  public JsonRpcResponse response(final JsonRpcRequest request) {
    return executor.run(request, (parameter, target) -> {
      final CallSimulator.Call call = parameter.toCall(CallExecutor.defaultGas(target.header()));
      final long intrinsic = call.intrinsicGas();
      long hi = Math.min(call.gas() >= intrinsic ? call.gas() : target.header().gasLimit(), CallExecutor.RPC_GAS_CAP);
      if (call.maxFeePerGas().isPresent() && !call.maxFeePerGas().get().isZero()) {
        final Wei balance = target.balance(call.from());
        if (call.value().compareTo(balance) > 0) {
          return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "insufficient funds for transfer");
        }
        final BigInteger allowance = balance.toBigInteger().subtract(call.value().toBigInteger())
            .divide(call.maxFeePerGas().get().toBigInteger());
        if (allowance.compareTo(BigInteger.valueOf(hi)) < 0) {
          hi = allowance.longValueExact();
        }
      }
      if (hi < intrinsic) {
        return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "gas required exceeds allowance (" + hi + ")");
      }
      final CallSimulator.Outcome atCeiling = target.simulate(call.withGas(hi));
      if (!atCeiling.isSuccess()) {
        if (atCeiling.isInvalid() || atCeiling.execution().orElseThrow().status()
            == io.tributary.vm.ExecutionResult.Status.REVERTED) {
          return CallExecutor.failure(atCeiling);
        }
        return JsonRpcResponse.error(JsonRpcError.SERVER_ERROR, "gas required exceeds allowance (" + hi + ")");
      }
      final long consumed = atCeiling.gasUsedBeforeRefund();
      long lo = Math.max(intrinsic, consumed) - 1;
      for (final long guess : new long[] {consumed, (consumed + CALL_STIPEND) * 64 / 63}) {
        if (guess > lo && guess < hi) {
          if (target.simulate(call.withGas(guess)).isSuccess()) {
            hi = guess;
          } else {
            lo = guess;
          }
        }
      }
      while (lo + 1 < hi) {
        final long mid = lo + (hi - lo) / 2;
        if (target.simulate(call.withGas(mid)).isSuccess()) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return JsonRpcResponse.success(Quantities.of(hi));
    });
  }
}

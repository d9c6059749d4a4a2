package io.tributary.rpc;

/** Told of every JSON-RPC call the processor dispatched: for latency and error metrics. */
@FunctionalInterface
public interface RpcCallObserver {
  RpcCallObserver NONE = (method, nanos, error) -> { };

  /**
   * @param method the method's name, or {@code unknown} for a name no method has
   * @param nanos how long answering it took
   * @param error whether the answer was a JSON-RPC error
   */
  void completed(String method, long nanos, boolean error);
}

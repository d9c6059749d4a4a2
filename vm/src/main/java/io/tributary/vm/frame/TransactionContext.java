package io.tributary.vm.frame;

import io.tributary.vm.BlockEnvironment;
import io.tributary.vm.EvmSpec;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.OperationTracer;
import io.tributary.vm.TransactionEnvironment;
import io.tributary.vm.code.CodeCache;

/**
 * What every frame of one transaction shares: the world, the block and transaction environments, the fork's spec,
 * the substate, the tracer, and one stack array per call depth (frames at the same depth never run at once, so they
 * reuse it instead of allocating 32 KiB each).
 */
public final class TransactionContext {
  private final EvmWorld world;
  private final BlockEnvironment block;
  private final TransactionEnvironment transaction;
  private final EvmSpec spec;
  private final TransactionSubstate substate = new TransactionSubstate();
  private final OperationTracer tracer;
  private final CodeCache codeCache;
  private final long[][] stacks = new long[MessageFrame.MAX_CALL_DEPTH + 1][];

  public TransactionContext(final EvmWorld world, final BlockEnvironment block, final TransactionEnvironment transaction,
      final EvmSpec spec, final OperationTracer tracer, final CodeCache codeCache) {
    this.world = world;
    this.block = block;
    this.transaction = transaction;
    this.spec = spec;
    this.tracer = tracer;
    this.codeCache = codeCache;
  }

  public EvmWorld world() {
    return world;
  }

  public BlockEnvironment block() {
    return block;
  }

  public TransactionEnvironment transaction() {
    return transaction;
  }

  public EvmSpec spec() {
    return spec;
  }

  public TransactionSubstate substate() {
    return substate;
  }

  public OperationTracer tracer() {
    return tracer;
  }

  public CodeCache codeCache() {
    return codeCache;
  }

  long[] stackFor(final int depth) {
    long[] stack = stacks[depth];
    if (stack == null) {
      stack = new long[MessageFrame.MAX_STACK_SIZE * 4];
      stacks[depth] = stack;
    }
    return stack;
  }
}

package io.tributary.vm;

import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.code.Code;
import io.tributary.vm.code.CodeCache;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.frame.MessageFrame.State;
import io.tributary.vm.frame.TransactionContext;
import io.tributary.vm.frame.TransactionSubstate;
import io.tributary.vm.gas.GasCalculator;
import io.tributary.vm.operation.Operation;
import io.tributary.core.abi.RevertReason;
import io.tributary.vm.nativecontract.NativeCall;
import io.tributary.vm.nativecontract.NativeContract;
import io.tributary.vm.nativecontract.NativeResult;
import io.tributary.vm.precompile.PrecompileResult;
import io.tributary.vm.precompile.PrecompiledContract;
import java.util.ArrayDeque;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * The EVM of one fork: runs a transaction's first message and every frame below it, and answers what it left behind.
 * Thread-safe: each {@link #execute} has its own frames; only the code cache is shared.
 *
 * <pre>{@code
 * Evm evm = new Evm(EvmSpecs.cancun());
 * ExecutionResult result = evm.execute(world, block, tx, Message.call(sender, to, value, data, gasLimit - intrinsic));
 * }</pre>
 */
public final class Evm {
  private static final int CODE_CACHE_ENTRIES = 4096;

  private final EvmSpec spec;
  private final CodeCache codeCache;

  public Evm(final EvmSpec spec) {
    this(spec, new CodeCache(CODE_CACHE_ENTRIES));
  }

  public Evm(final EvmSpec spec, final CodeCache codeCache) {
    this.spec = spec;
    this.codeCache = codeCache;
  }

  public EvmSpec spec() {
    return spec;
  }

  public ExecutionResult execute(final EvmWorld world, final BlockEnvironment block, final TransactionEnvironment tx,
      final Message message) {
    return execute(world, block, tx, message, OperationTracer.NONE);
  }

  /**
   * Runs {@code message} (a transaction's first: depth 0) to completion. Before the first frame, warms what EIP-2929,
   * EIP-2930 and EIP-3651 say a transaction starts with: origin, recipient, precompiles, access list, coinbase.
   */
  public ExecutionResult execute(final EvmWorld world, final BlockEnvironment block, final TransactionEnvironment tx,
      final Message message, final OperationTracer tracer) {
    final TransactionContext context = new TransactionContext(world, block, tx, spec, tracer, codeCache);
    warmUp(context.substate(), block, tx, message);
    final MessageFrame first = new MessageFrame(context, message, null);
    run(first);
    final TransactionSubstate substate = context.substate();
    final boolean success = first.state() == State.SUCCEEDED;
    final ExecutionResult.Status status = success ? ExecutionResult.Status.SUCCESS
        : first.state() == State.REVERTED ? ExecutionResult.Status.REVERTED : ExecutionResult.Status.EXCEPTIONAL_HALT;
    return new ExecutionResult(status, first.haltReason(), first.gasRemaining(), success ? substate.refund() : 0,
        first.output(), substate.logs(), substate.selfDestructs(), substate.touchedAccounts(),
        substate.createdAccounts(),
        success && message.kind().isCreation() ? Optional.of(message.recipient()) : Optional.empty());
  }

  private void warmUp(final TransactionSubstate substate, final BlockEnvironment block,
      final TransactionEnvironment tx, final Message message) {
    substate.warmAddress(tx.origin());
    substate.warmAddress(message.recipient());
    for (final Address precompile : spec.precompiles().addresses()) {
      substate.warmAddress(precompile);
    }
    for (final Address module : spec.nativeContracts().addresses()) {
      substate.warmAddress(module);
    }
    if (spec.warmCoinbase()) {
      substate.warmAddress(block.coinbase());
    }
    for (final AccessListEntry entry : tx.accessList()) {
      substate.warmAddress(entry.address());
      for (final Hash key : entry.storageKeys()) {
        substate.warmSlot(entry.address(), UInt256.fromBytes(key));
      }
    }
  }

  /** Drives frames with an explicit stack: start, run until done or suspended for a child, complete, resume parent. */
  private void run(final MessageFrame first) {
    final ArrayDeque<MessageFrame> frames = new ArrayDeque<>();
    frames.push(first);
    start(first);
    while (!frames.isEmpty()) {
      final MessageFrame frame = frames.peek();
      if (frame.state() == State.RUNNING) {
        interpret(frame);
      }
      if (frame.state() == State.SUSPENDED) {
        final MessageFrame child = new MessageFrame(frame.context(), frame.pendingChild(), frame);
        frames.push(child);
        start(child);
        continue;
      }
      if (frame.state() != State.RUNNING) {
        complete(frame);
        frames.pop();
        if (frame.parent() != null) {
          frame.parent().resumeAfter(frame);
        }
      }
    }
  }

  /** Opens the frame's checkpoint, moves its value, and either readies its code or finishes it (precompile, no code). */
  private void start(final MessageFrame frame) {
    final Message message = frame.message();
    final EvmWorld world = frame.world();
    final TransactionSubstate substate = frame.substate();
    frame.context().tracer().enterFrame(frame);
    if (message.kind().isCreation()) {
      final Address address = message.recipient();
      // EIP-684 and EIP-7610: no creation over an account with a nonce, code or storage.
      if (world.nonce(address) != 0 || !world.code(address).isEmpty() || world.hasStorage(address)) {
        world.checkpoint();
        substate.checkpoint();
        frame.halt(HaltReason.CONTRACT_ADDRESS_COLLISION);
        return;
      }
      world.checkpoint();
      substate.checkpoint();
      world.createAccount(address);
      world.setNonce(address, 1); // EIP-161
      substate.addCreated(address);
      transfer(world, substate, message.sender(), address, message.value());
      frame.setCode(Code.analyse(message.code()));
      frame.setState(State.RUNNING);
      return;
    }
    world.checkpoint();
    substate.checkpoint();
    final PrecompiledContract precompile = spec.precompiles().get(message.codeAddress());
    final NativeContract nativeContract = spec.nativeContracts().get(message.codeAddress());
    switch (message.kind()) {
      case CALL -> {
        if (!message.value().isZero() || world.exists(message.recipient()) || precompile != null
            || nativeContract != null) {
          transfer(world, substate, message.sender(), message.recipient(), message.value());
        }
      }
      case STATICCALL -> substate.touch(message.recipient());
      default -> {
        // CALLCODE moves nothing (sender and recipient are the same account); DELEGATECALL carries no value.
      }
    }
    if (precompile != null) {
      runPrecompile(frame, precompile);
      return;
    }
    if (nativeContract != null) {
      runNative(frame, nativeContract);
      return;
    }
    final Code code = message.code() != null ? Code.analyse(message.code())
        : codeCache.get(world.codeHash(message.codeAddress()), () -> world.code(message.codeAddress()));
    if (code.isEmpty()) {
      frame.succeed(Bytes.EMPTY);
      return;
    }
    frame.setCode(code);
    frame.setState(State.RUNNING);
  }

  private static void transfer(final EvmWorld world, final TransactionSubstate substate, final Address from,
      final Address to, final Wei value) {
    substate.touch(from);
    substate.touch(to);
    if (!value.isZero()) {
      world.subtractBalance(from, value);
      world.addBalance(to, value);
    }
  }

  private static void runPrecompile(final MessageFrame frame, final PrecompiledContract precompile) {
    final Bytes input = frame.input();
    final long required = precompile.gasRequirement(input);
    if (!frame.useGas(required)) {
      frame.halt(HaltReason.OUT_OF_GAS);
      return;
    }
    final PrecompileResult result = precompile.compute(input);
    if (result.isSuccess()) {
      frame.succeed(result.output().orElseThrow());
    } else {
      frame.halt(HaltReason.PRECOMPILE_FAILURE);
    }
  }

  /**
   * Runs a native module. Only CALL and STATICCALL reach one: its code is not EVM code that could act on another
   * account's storage, so DELEGATECALL and CALLCODE to it revert.
   */
  private static void runNative(final MessageFrame frame, final NativeContract contract) {
    final Message message = frame.message();
    if (message.kind() != MessageKind.CALL && message.kind() != MessageKind.STATICCALL) {
      frame.revert(RevertReason.encode(contract.name() + ": native modules can only be called, not reached by "
          + message.kind()));
      return;
    }
    final NativeResult result = contract.call(new NativeCall(frame.world(), frame.block(), message.sender(),
        message.recipient(), message.value(), frame.input(), frame.gasRemaining(), frame.isStatic(),
        frame.substate()::addLog));
    if (result.outcome() == NativeResult.Outcome.OUT_OF_GAS || !frame.useGas(result.gasUsed())) {
      frame.halt(HaltReason.OUT_OF_GAS);
    } else if (result.outcome() == NativeResult.Outcome.SUCCESS) {
      frame.succeed(result.output());
    } else {
      frame.revert(result.output());
    }
  }

  /** The interpreter loop: one operation per turn until the frame stops or suspends. */
  private static void interpret(final MessageFrame frame) {
    final Operation[] table = frame.spec().operations().table();
    final byte[] code = frame.code().bytes();
    final OperationTracer tracer = frame.context().tracer();
    final boolean tracing = tracer != OperationTracer.NONE;
    while (frame.state() == State.RUNNING) {
      final int pc = frame.pc();
      if (pc >= code.length) {
        frame.succeed(Bytes.EMPTY);
        return;
      }
      final int opcode = code[pc] & 0xff;
      final Operation operation = table[opcode];
      final long gasBefore = frame.gasRemaining();
      if (tracing) {
        tracer.beforeOperation(frame, opcode);
      }
      HaltReason halt;
      final int size = frame.stackSize();
      if (size < operation.stackInputs()) {
        halt = HaltReason.STACK_UNDERFLOW;
      } else if (size > operation.maxStackBefore()) {
        halt = HaltReason.STACK_OVERFLOW;
      } else if (!frame.useGas(operation.constantGas())) {
        halt = HaltReason.OUT_OF_GAS;
      } else {
        frame.setPc(pc + 1);
        halt = operation.execute(frame);
      }
      if (halt != HaltReason.NONE) {
        frame.halt(halt);
      }
      if (tracing) {
        tracer.afterOperation(frame, opcode, gasBefore - frame.gasRemaining(), halt);
      }
    }
  }

  /** Settles a finished frame: deposits a new contract's code, then keeps or reverts its changes. */
  private void complete(final MessageFrame frame) {
    final Message message = frame.message();
    if (frame.state() == State.SUCCEEDED && message.kind().isCreation()) {
      depositCode(frame);
    }
    final EvmWorld world = frame.world();
    final TransactionSubstate substate = frame.substate();
    if (frame.state() == State.SUCCEEDED) {
      world.commitCheckpoint();
      substate.commitCheckpoint();
    } else {
      world.revertToCheckpoint();
      substate.revertToCheckpoint();
    }
    frame.context().tracer().exitFrame(frame);
  }

  private void depositCode(final MessageFrame frame) {
    final Bytes code = frame.output();
    final GasCalculator gas = spec.gasCalculator();
    if (code.size() > gas.maxCodeSize()) {
      frame.halt(HaltReason.CODE_SIZE_EXCEEDED);
      return;
    }
    if (spec.rejectEfCode() && !code.isEmpty() && code.get(0) == (byte) 0xef) {
      frame.halt(HaltReason.INVALID_CODE_PREFIX);
      return;
    }
    if (!frame.useGas(gas.codeDepositByte() * code.size())) {
      frame.halt(HaltReason.OUT_OF_GAS);
      return;
    }
    frame.world().setCode(frame.message().recipient(), code);
    // The new contract's output is its code, not return data: callers see an empty buffer after success.
  }
}

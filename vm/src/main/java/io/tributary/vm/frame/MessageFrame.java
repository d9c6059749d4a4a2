package io.tributary.vm.frame;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.BlockEnvironment;
import io.tributary.vm.EvmSpec;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.HaltReason;
import io.tributary.vm.Message;
import io.tributary.vm.TransactionEnvironment;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.code.Code;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * One call frame: the message it runs, its program counter, gas, stack, memory and return data, and how it ended.
 * Operations read and change it; the {@link io.tributary.vm.Evm} drives frames with an explicit stack of them (no
 * Java recursion, so depth 1024 needs no large thread stack).
 *
 * <p>The stack holds 256-bit words as four longs each (see {@link Limbs}); item {@code i} from the bottom starts at
 * {@code 4 * i}. Operations address the top item with {@link #top()} and step down by 4.
 */
public final class MessageFrame {
  public static final int MAX_STACK_SIZE = 1024;
  public static final int MAX_CALL_DEPTH = 1024;

  /** Where a frame is in its life. */
  public enum State {
    NOT_STARTED,
    RUNNING,
    /** Waiting for the child frame a CALL or CREATE started. */
    SUSPENDED,
    /** STOP, RETURN, SELFDESTRUCT, the end of the code, or a successful precompile. */
    SUCCEEDED,
    /** REVERT: changes undone, gas left returned, output kept. */
    REVERTED,
    /** An exceptional halt: changes undone, all gas consumed. */
    HALTED
  }

  private final TransactionContext context;
  private final Message message;
  private final MessageFrame parent;
  private Code code = Code.EMPTY;
  private int pc;
  private long gasRemaining;
  private final long[] stack;
  private int sp;
  private final Memory memory = new Memory();
  private Bytes returnData = Bytes.EMPTY;
  private byte[] inputArray;
  private Bytes output = Bytes.EMPTY;
  private State state = State.NOT_STARTED;
  private HaltReason haltReason = HaltReason.NONE;

  // Set while SUSPENDED: the child's message and where its output goes.
  private Message pendingChild;
  private long pendingOutOffset;
  private long pendingOutSize;

  public MessageFrame(final TransactionContext context, final Message message, final MessageFrame parent) {
    this.context = context;
    this.message = message;
    this.parent = parent;
    this.gasRemaining = message.gas();
    this.stack = context.stackFor(message.depth());
  }

  // ------------------------------------------------------------------ environment

  public TransactionContext context() {
    return context;
  }

  public EvmWorld world() {
    return context.world();
  }

  public TransactionSubstate substate() {
    return context.substate();
  }

  public BlockEnvironment block() {
    return context.block();
  }

  public TransactionEnvironment transaction() {
    return context.transaction();
  }

  public EvmSpec spec() {
    return context.spec();
  }

  public GasCalculator gasCalculator() {
    return context.spec().gasCalculator();
  }

  public Message message() {
    return message;
  }

  public MessageFrame parent() {
    return parent;
  }

  /** ADDRESS: whose storage and balance this code acts on. */
  public Address recipient() {
    return message.recipient();
  }

  /** CALLER. */
  public Address sender() {
    return message.sender();
  }

  /** CALLVALUE. */
  public Wei apparentValue() {
    return message.apparentValue();
  }

  public Bytes input() {
    return message.input();
  }

  /** The call data as an array, made once per frame; callers must not modify it. */
  public byte[] inputArray() {
    if (inputArray == null) {
      inputArray = message.input().toArrayUnsafe();
    }
    return inputArray;
  }

  public boolean isStatic() {
    return message.isStatic();
  }

  public int depth() {
    return message.depth();
  }

  public Code code() {
    return code;
  }

  public void setCode(final Code code) {
    this.code = code;
  }

  // ------------------------------------------------------------------ program counter and gas

  public int pc() {
    return pc;
  }

  public void setPc(final int pc) {
    this.pc = pc;
  }

  public long gasRemaining() {
    return gasRemaining;
  }

  /** Charges {@code cost}; false (and nothing charged) when it is more than what is left. */
  public boolean useGas(final long cost) {
    if (cost > gasRemaining || cost < 0) {
      return false;
    }
    gasRemaining -= cost;
    return true;
  }

  public void returnGas(final long amount) {
    gasRemaining += amount;
  }

  public void clearGas() {
    gasRemaining = 0;
  }

  // ------------------------------------------------------------------ stack

  /** The stack's words (4 limbs each); valid items are [0, 4 * size). */
  public long[] stack() {
    return stack;
  }

  public int stackSize() {
    return sp;
  }

  /** Offset in {@link #stack()} of the top item. */
  public int top() {
    return (sp - 1) << 2;
  }

  /** Offset of the item {@code n} below the top (0 is the top). */
  public int item(final int n) {
    return (sp - 1 - n) << 2;
  }

  public void pop(final int n) {
    sp -= n;
  }

  /** Makes room for one more item and answers its offset; the interpreter has checked the limit. */
  public int push() {
    return (sp++) << 2;
  }

  public void pushLong(final long unsignedValue) {
    Limbs.setLong(stack, push(), unsignedValue);
  }

  public void pushBytes(final Bytes value) {
    final byte[] bytes = value.toArrayUnsafe();
    Limbs.fromBytes(bytes, 0, bytes.length, stack, push());
  }

  /** The item at {@code offset} as an address: its low 20 bytes. */
  public Address addressAt(final int offset) {
    final byte[] out = new byte[Address.SIZE];
    final long l2 = stack[offset + 2];
    final long l1 = stack[offset + 1];
    final long l0 = stack[offset];
    out[0] = (byte) (l2 >>> 24);
    out[1] = (byte) (l2 >>> 16);
    out[2] = (byte) (l2 >>> 8);
    out[3] = (byte) l2;
    for (int i = 0; i < 8; i++) {
      out[4 + i] = (byte) (l1 >>> (56 - 8 * i));
      out[12 + i] = (byte) (l0 >>> (56 - 8 * i));
    }
    return Address.wrap(Bytes.wrap(out));
  }

  /** The item at {@code offset} as a UInt256 (storage keys and values). */
  public UInt256 uint256At(final int offset) {
    return UInt256.fromBytes(Bytes.wrap(Limbs.toBytes32(stack, offset)));
  }

  /** Writes {@code value} over the item at {@code offset}. */
  public void setUInt256(final int offset, final UInt256 value) {
    Limbs.fromBytes32(value.toArrayUnsafe(), 0, stack, offset);
  }

  /** The item {@code n} below the top as 32 bytes (for tracers and tests; not the hot path). */
  public Bytes32 stackItem(final int n) {
    return Bytes32.wrap(Limbs.toBytes32(stack, item(n)));
  }

  // ------------------------------------------------------------------ memory

  public Memory memory() {
    return memory;
  }

  /**
   * Charges for and grows memory to cover {@code length} bytes at {@code offset}. Lengths of zero touch nothing
   * whatever the offset; sizes past 2^32 bytes are refused as out of gas (no one could pay for them).
   */
  public HaltReason expandMemory(final long offset, final long length) {
    if (length == 0) {
      return HaltReason.NONE;
    }
    if (offset > GasCalculator.MAX_MEMORY_BYTES || length > GasCalculator.MAX_MEMORY_BYTES) {
      return HaltReason.OUT_OF_GAS;
    }
    final long words = memory.wordsAfter(offset, length);
    if (!useGas(gasCalculator().memoryExpansionCost(memory.activeWords(), words))) {
      return HaltReason.OUT_OF_GAS;
    }
    memory.expand(offset, length);
    return HaltReason.NONE;
  }

  /** The memory words needed for a range, or -1 when the range is too large to pay for. */
  public long wordsFor(final long offset, final long length) {
    if (length == 0) {
      return memory.activeWords();
    }
    if (offset > GasCalculator.MAX_MEMORY_BYTES || length > GasCalculator.MAX_MEMORY_BYTES) {
      return -1;
    }
    return memory.wordsAfter(offset, length);
  }

  // ------------------------------------------------------------------ return data and outcome

  /** RETURNDATASIZE/RETURNDATACOPY: the output of the last child frame (empty before any). */
  public Bytes returnData() {
    return returnData;
  }

  public void setReturnData(final Bytes returnData) {
    this.returnData = returnData;
  }

  public Bytes output() {
    return output;
  }

  public State state() {
    return state;
  }

  public void setState(final State state) {
    this.state = state;
  }

  public HaltReason haltReason() {
    return haltReason;
  }

  /** STOP / RETURN: the frame succeeds with {@code output}. */
  public void succeed(final Bytes output) {
    this.output = output;
    this.state = State.SUCCEEDED;
  }

  /** REVERT: the frame's changes are undone; gas left and {@code output} go back to the caller. */
  public void revert(final Bytes output) {
    this.output = output;
    this.state = State.REVERTED;
  }

  /** An exceptional halt: all gas consumed, no output. */
  public void halt(final HaltReason reason) {
    this.haltReason = reason;
    this.output = Bytes.EMPTY;
    this.gasRemaining = 0;
    this.state = State.HALTED;
  }

  // ------------------------------------------------------------------ children

  /** Suspends this frame until {@code child} completes; its output is copied to memory at [offset, offset+size). */
  public void suspendFor(final Message child, final long outOffset, final long outSize) {
    this.pendingChild = child;
    this.pendingOutOffset = outOffset;
    this.pendingOutSize = outSize;
    this.state = State.SUSPENDED;
  }

  public Message pendingChild() {
    return pendingChild;
  }

  /**
   * Resumes after the child frame ended: its unspent gas comes back, its output becomes the return data (a creation's
   * only when it reverted), and the call's result is pushed (1/0, or the new address/0 for a creation).
   */
  public void resumeAfter(final MessageFrame child) {
    final Message message = child.message();
    gasRemaining += child.gasRemaining();
    final boolean success = child.state() == State.SUCCEEDED;
    if (message.kind().isCreation()) {
      returnData = child.state() == State.REVERTED ? child.output() : Bytes.EMPTY;
      if (success) {
        pushBytes(message.recipient());
      } else {
        pushLong(0);
      }
    } else {
      returnData = child.output();
      final long copy = Math.min(pendingOutSize, returnData.size());
      if (copy > 0) {
        memory.copyPadded(pendingOutOffset, returnData.toArrayUnsafe(), 0, copy);
      }
      pushLong(success ? 1 : 0);
    }
    pendingChild = null;
    state = State.RUNNING;
  }
}

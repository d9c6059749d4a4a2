package io.tributary.rpc.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tributary.core.types.Address;
import io.tributary.vm.HaltReason;
import io.tributary.vm.OperationTracer;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.operation.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * geth's struct logger: one entry per operation with the pc, the opcode's name, the gas left before it and what it
 * cost (for CALL and CREATE, the gas handed to the child included), the depth (1 for the transaction's first frame),
 * and, as configured, the stack (bottom first, as 0x quantities), memory (32-byte words, bare hex) and the storage
 * this contract has touched so far (at SLOAD and SSTORE only, as geth shows it).
 */
public final class StructLogTracer implements OperationTracer {
  private static final int SLOAD = 0x54;
  private static final int SSTORE = 0x55;

  /** What to capture; geth's defaults: stack and storage on, memory and return data off. */
  public record Config(boolean disableStack, boolean disableStorage, boolean enableMemory,
      boolean enableReturnData) {
    public static final Config DEFAULT = new Config(false, false, false, false);
  }

  /** One step, serialised as geth's StructLogRes. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class StructLog {
    public final long pc;
    public final String op;
    public final long gas;
    public long gasCost;
    public final int depth;
    public String error;
    public final List<String> stack;
    public final String returnData;
    public final List<String> memory;
    public final Map<String, String> storage;

    StructLog(final long pc, final String op, final long gas, final int depth, final List<String> stack,
        final String returnData, final List<String> memory, final Map<String, String> storage) {
      this.pc = pc;
      this.op = op;
      this.gas = gas;
      this.depth = depth;
      this.stack = stack;
      this.returnData = returnData;
      this.memory = memory;
      this.storage = storage;
    }
  }

  private final Config config;
  private final List<StructLog> logs = new ArrayList<>();
  private final Map<Address, Map<String, String>> storage = new HashMap<>();
  private StructLog pending;

  public StructLogTracer(final Config config) {
    this.config = config;
  }

  public List<StructLog> logs() {
    return logs;
  }

  @Override
  public void beforeOperation(final MessageFrame frame, final int opcode) {
    final Operation operation = frame.spec().operations().get(opcode);
    final String name = operation == null ? "opcode 0x" + Integer.toHexString(opcode) + " not defined"
        : operation.name();
    List<String> stack = null;
    if (!config.disableStack()) {
      stack = new ArrayList<>(frame.stackSize());
      for (int n = frame.stackSize() - 1; n >= 0; n--) {
        final String hex = UInt256.fromBytes(frame.stackItem(n)).toShortHexString();
        stack.add(hex.length() == 2 ? "0x0" : hex);
      }
    }
    List<String> memory = null;
    if (config.enableMemory()) {
      final long words = frame.memory().activeWords();
      memory = new ArrayList<>((int) words);
      final byte[] data = frame.memory().data();
      for (int w = 0; w < words; w++) {
        memory.add(Bytes.wrap(data, w * 32, 32).toUnprefixedHexString());
      }
    }
    Map<String, String> touched = null;
    if (!config.disableStorage() && (opcode == SLOAD || opcode == SSTORE) && frame.stackSize() >= (opcode == SLOAD
        ? 1 : 2)) {
      final Map<String, String> contract = storage.computeIfAbsent(frame.recipient(), a -> new LinkedHashMap<>());
      final Bytes32 slot = frame.stackItem(0);
      final Bytes value = opcode == SLOAD
          ? frame.world().storage(frame.recipient(), UInt256.fromBytes(slot)).toBytes()
          : frame.stackItem(1);
      contract.put(slot.toUnprefixedHexString(), value.toUnprefixedHexString());
      touched = new LinkedHashMap<>(contract);
    }
    final String returnData = config.enableReturnData() ? frame.returnData().toHexString() : null;
    pending = new StructLog(frame.pc(), name, frame.gasRemaining(), frame.depth() + 1, stack, returnData, memory,
        touched);
    logs.add(pending);
  }

  @Override
  public void afterOperation(final MessageFrame frame, final int opcode, final long gasCost, final HaltReason halt) {
    pending.gasCost = gasCost;
    if (halt != HaltReason.NONE) {
      pending.error = halt.description();
    }
  }
}

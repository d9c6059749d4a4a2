package io.tributary.vm.operation;

import io.tributary.core.block.Log;
import io.tributary.core.types.Hash;
import io.tributary.vm.HaltReason;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/** LOG0..LOG4 (0xa0-0xa4): emits a log of a memory range with n topics; 375 + 375 per topic + 8 per byte. */
public final class LogOperation extends Operation {
  private final int topics;

  public LogOperation(final int topics) {
    super(0xa0 + topics, "LOG" + topics, 2 + topics, 0, 375);
    this.topics = topics;
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    if (frame.isStatic()) {
      return HaltReason.STATIC_STATE_CHANGE;
    }
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top);
    final long size = Operations.clamp(s, top - 4);
    final GasCalculator gas = frame.gasCalculator();
    final HaltReason memory = frame.expandMemory(offset, size);
    if (memory != HaltReason.NONE) {
      return memory;
    }
    if (!frame.useGas(gas.logTopic() * topics + gas.logDataByte() * size)) {
      return HaltReason.OUT_OF_GAS;
    }
    final List<Hash> topicList = new ArrayList<>(topics);
    for (int i = 0; i < topics; i++) {
      topicList.add(Hash.wrap(Bytes.wrap(Limbs.toBytes32(s, top - 8 - 4 * i))));
    }
    final Bytes data = Bytes.wrap(frame.memory().copy(offset, size));
    frame.substate().addLog(new Log(frame.recipient(), topicList, data));
    frame.pop(2 + topics);
    return HaltReason.NONE;
  }
}

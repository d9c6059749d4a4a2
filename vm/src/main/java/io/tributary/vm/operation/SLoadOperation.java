package io.tributary.vm.operation;

import io.tributary.vm.HaltReason;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.units.bigints.UInt256;

/** SLOAD: a storage slot of this frame's account; EIP-2929 warm (100) or cold (2,100). */
public final class SLoadOperation extends Operation {
  public SLoadOperation() {
    super(0x54, "SLOAD", 1, 1, GasCalculator.ZERO_TIER);
  }

  @Override
  public HaltReason execute(final MessageFrame frame) {
    final int top = frame.top();
    final UInt256 slot = frame.uint256At(top);
    final GasCalculator gas = frame.gasCalculator();
    final boolean warm = frame.substate().warmSlot(frame.recipient(), slot);
    if (!frame.useGas(warm ? gas.warmStorageRead() : gas.coldSload())) {
      return HaltReason.OUT_OF_GAS;
    }
    frame.setUInt256(top, frame.world().storage(frame.recipient(), slot));
    return HaltReason.NONE;
  }
}

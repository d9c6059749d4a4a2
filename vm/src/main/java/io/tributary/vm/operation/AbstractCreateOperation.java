package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.EvmWorld;
import io.tributary.vm.HaltReason;
import io.tributary.vm.Message;
import io.tributary.vm.MessageKind;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/**
 * CREATE and CREATE2: charge 32,000, memory and EIP-3860's init code words (CREATE2 also hashes them), give the
 * child all but a 64th of what is left, bump this account's nonce, warm the new address (EIP-2929) and suspend for
 * the init code. Too deep, too poor or a nonce at its maximum fails without a frame: 0 is pushed, gas comes back.
 */
abstract class AbstractCreateOperation extends Operation {
  private final MessageKind kind;

  AbstractCreateOperation(final int opcode, final String name, final MessageKind kind, final int stackInputs) {
    super(opcode, name, stackInputs, 1, 32000);
    this.kind = kind;
  }

  /** The extra gas this kind charges per init code word (CREATE2's hashing). */
  protected abstract long wordCost(GasCalculator gas);

  /** The new contract's address. */
  protected abstract Address newAddress(MessageFrame frame, long nonce, Bytes initCode);

  @Override
  public final HaltReason execute(final MessageFrame frame) {
    if (frame.isStatic()) {
      return HaltReason.STATIC_STATE_CHANGE;
    }
    final long[] s = frame.stack();
    final int top = frame.top();
    final long offset = Operations.clamp(s, top - 4);
    final long size = Operations.clamp(s, top - 8);
    final GasCalculator gas = frame.gasCalculator();
    if (size > gas.maxInitCodeSize()) {
      return HaltReason.INITCODE_SIZE_EXCEEDED; // EIP-3860
    }
    final HaltReason memory = frame.expandMemory(offset, size);
    if (memory != HaltReason.NONE) {
      return memory;
    }
    if (!frame.useGas((gas.initCodeWord() + wordCost(gas)) * GasCalculator.words(size))) {
      return HaltReason.OUT_OF_GAS;
    }
    final Wei value = Wei.of(frame.uint256At(top));
    final Bytes initCode = Bytes.wrap(frame.memory().copy(offset, size));
    final Address self = frame.recipient();
    final EvmWorld world = frame.world();
    final long nonce = world.nonce(self);
    final Address address = newAddress(frame, nonce, initCode);
    frame.pop(stackInputs());

    final long childGas = gas.allButOne64th(frame.gasRemaining());
    frame.useGas(childGas);
    frame.setReturnData(Bytes.EMPTY);
    if (frame.depth() >= MessageFrame.MAX_CALL_DEPTH || world.balance(self).compareTo(value) < 0
        || nonce == -1L) {
      frame.returnGas(childGas);
      frame.pushLong(0);
      return HaltReason.NONE;
    }
    world.setNonce(self, nonce + 1);
    frame.substate().warmAddress(address);
    final Message child = new Message(kind, self, address, address, value, value, Bytes.EMPTY, initCode, childGas,
        false, frame.depth() + 1);
    frame.suspendFor(child, 0, 0);
    return HaltReason.NONE;
  }
}

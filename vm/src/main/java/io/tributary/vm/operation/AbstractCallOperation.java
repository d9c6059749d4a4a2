package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.vm.HaltReason;
import io.tributary.vm.Message;
import io.tributary.vm.MessageKind;
import io.tributary.vm.arithmetic.Limbs;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/**
 * The CALL family: reads its operands, charges memory, EIP-2929 access, value transfer and new-account gas, hands
 * the child all but a 64th of what is left (EIP-150) capped by the gas asked for, and suspends this frame for the
 * child. A call too deep (1024) or with value the account lacks fails without a frame: 0 is pushed, the child's gas
 * comes back.
 */
abstract class AbstractCallOperation extends Operation {
  private final MessageKind kind;
  private final boolean hasValue;

  AbstractCallOperation(final int opcode, final String name, final MessageKind kind, final boolean hasValue) {
    super(opcode, name, hasValue ? 7 : 6, 1, GasCalculator.ZERO_TIER);
    this.kind = kind;
    this.hasValue = hasValue;
  }

  @Override
  public final HaltReason execute(final MessageFrame frame) {
    final long[] s = frame.stack();
    final int top = frame.top();
    final Address target = frame.addressAt(top - 4);
    final boolean valueIsZero = !hasValue || Limbs.isZero(s, top - 8);
    final int args = hasValue ? top - 12 : top - 8;
    final long argsOffset = Operations.clamp(s, args);
    final long argsSize = Operations.clamp(s, args - 4);
    final long retOffset = Operations.clamp(s, args - 8);
    final long retSize = Operations.clamp(s, args - 12);
    if (kind == MessageKind.CALL && !valueIsZero && frame.isStatic()) {
      return HaltReason.STATIC_STATE_CHANGE;
    }
    final GasCalculator gas = frame.gasCalculator();

    // Memory for both ranges, priced once for the larger.
    final long argsWords = frame.wordsFor(argsOffset, argsSize);
    final long retWords = frame.wordsFor(retOffset, retSize);
    if (argsWords < 0 || retWords < 0) {
      return HaltReason.OUT_OF_GAS;
    }
    long cost = gas.memoryExpansionCost(frame.memory().activeWords(), Math.max(argsWords, retWords));
    final boolean warm = frame.substate().warmAddress(target);
    cost += warm ? gas.warmStorageRead() : gas.coldAccountAccess();
    if (!valueIsZero) {
      cost += gas.callValueTransfer();
      if (kind == MessageKind.CALL && frame.world().isEmpty(target)) {
        cost += gas.newAccount();
      }
    }
    if (!frame.useGas(cost)) {
      return HaltReason.OUT_OF_GAS;
    }
    frame.memory().expand(argsOffset, argsSize);
    frame.memory().expand(retOffset, retSize);

    final long requested = Limbs.clampToLong(s, top, Long.MAX_VALUE - 1);
    long childGas = Math.min(requested, gas.allButOne64th(frame.gasRemaining()));
    frame.useGas(childGas);
    final Wei value = valueIsZero ? Wei.ZERO : Wei.of(frame.uint256At(top - 8));
    frame.pop(stackInputs());
    if (!valueIsZero) {
      childGas += gas.callStipend();
    }

    final boolean lacksValue = !valueIsZero && frame.world().balance(frame.recipient()).compareTo(value) < 0;
    if (frame.depth() >= MessageFrame.MAX_CALL_DEPTH || lacksValue) {
      frame.returnGas(childGas);
      frame.setReturnData(Bytes.EMPTY);
      frame.pushLong(0);
      return HaltReason.NONE;
    }
    final Bytes input = Bytes.wrap(frame.memory().copy(argsOffset, argsSize));
    frame.suspendFor(childMessage(frame, target, value, input, childGas), retOffset, retSize);
    return HaltReason.NONE;
  }

  private Message childMessage(final MessageFrame frame, final Address target, final Wei value, final Bytes input,
      final long gas) {
    final int depth = frame.depth() + 1;
    final Address self = frame.recipient();
    return switch (kind) {
      case CALL -> new Message(kind, self, target, target, value, value, input, null, gas, frame.isStatic(), depth);
      case CALLCODE -> new Message(kind, self, self, target, value, value, input, null, gas, frame.isStatic(), depth);
      case DELEGATECALL -> new Message(kind, frame.sender(), self, target, Wei.ZERO, frame.apparentValue(), input,
          null, gas, frame.isStatic(), depth);
      case STATICCALL -> new Message(kind, self, target, target, Wei.ZERO, Wei.ZERO, input, null, gas, true, depth);
      default -> throw new IllegalStateException("not a call: " + kind);
    };
  }
}

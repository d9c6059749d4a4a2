package io.tributary.vm.operation;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import io.tributary.vm.ContractAddress;
import io.tributary.vm.MessageKind;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/** CREATE2 (EIP-1014): a new contract at an address from sender, salt and init code; 6 gas per word to hash it. */
public final class Create2Operation extends AbstractCreateOperation {
  public Create2Operation() {
    super(0xf5, "CREATE2", MessageKind.CREATE2, 4);
  }

  @Override
  protected long wordCost(final GasCalculator gas) {
    return gas.keccak256Word();
  }

  @Override
  protected Address newAddress(final MessageFrame frame, final long nonce, final Bytes initCode) {
    return ContractAddress.forCreate2(frame.recipient(), frame.stackItem(3), Keccak256.hash(initCode));
  }
}

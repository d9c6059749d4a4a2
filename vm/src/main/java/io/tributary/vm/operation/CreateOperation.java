package io.tributary.vm.operation;

import io.tributary.core.types.Address;
import io.tributary.vm.ContractAddress;
import io.tributary.vm.MessageKind;
import io.tributary.vm.frame.MessageFrame;
import io.tributary.vm.gas.GasCalculator;
import org.apache.tuweni.bytes.Bytes;

/** CREATE: a new contract at keccak256(rlp([sender, nonce])); operands value, offset, size. */
public final class CreateOperation extends AbstractCreateOperation {
  public CreateOperation() {
    super(0xf0, "CREATE", MessageKind.CREATE, 3);
  }

  @Override
  protected long wordCost(final GasCalculator gas) {
    return 0;
  }

  @Override
  protected Address newAddress(final MessageFrame frame, final long nonce, final Bytes initCode) {
    return ContractAddress.forCreate(frame.recipient(), nonce);
  }
}

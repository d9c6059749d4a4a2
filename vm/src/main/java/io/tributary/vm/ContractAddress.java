package io.tributary.vm;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.types.Address;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.rlp.RLP;

/** Where CREATE and CREATE2 put a new contract. */
public final class ContractAddress {
  private ContractAddress() {}

  /** CREATE: the last 20 bytes of keccak256(rlp([sender, nonce])), the nonce before it is incremented. */
  public static Address forCreate(final Address sender, final long nonce) {
    final Bytes encoded = RLP.encodeList(w -> {
      w.writeValue(sender);
      w.writeValue(Bytes.ofUnsignedLong(nonce).trimLeadingZeros());
    });
    return Address.wrap(Keccak256.hash(encoded).slice(12, Address.SIZE).copy());
  }

  /** CREATE2 (EIP-1014): the last 20 bytes of keccak256(0xff ++ sender ++ salt ++ keccak256(init_code)). */
  public static Address forCreate2(final Address sender, final Bytes32 salt, final Bytes32 initCodeHash) {
    final Bytes preimage = Bytes.concatenate(Bytes.of(0xff), sender, salt, initCodeHash);
    return Address.wrap(Keccak256.hash(preimage).slice(12, Address.SIZE).copy());
  }
}

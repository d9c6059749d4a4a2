package io.tributary.core.block;

import io.tributary.core.rlp.RlpInput;
import io.tributary.core.types.Address;
import org.apache.tuweni.rlp.RLPWriter;

/**
 * An EIP-4895 withdrawal: rlp([index, validatorIndex, address, amountInGwei]). Tributary has no beacon chain and
 * never creates one; the type exists so Ethereum blocks decode and Tributary bodies stay in Ethereum's shape.
 */
public record Withdrawal(long index, long validatorIndex, Address address, long amountGwei) {
  public void writeTo(final RLPWriter writer) {
    writer.writeList(w -> {
      w.writeLong(index);
      w.writeLong(validatorIndex);
      w.writeValue(address);
      w.writeLong(amountGwei);
    });
  }

  public static Withdrawal readFrom(final RlpInput in, final String field) {
    return in.readList(field, w -> new Withdrawal(w.readUInt64("index"), w.readUInt64("validatorIndex"),
        w.readAddress("address"), w.readUInt64("amount")));
  }
}

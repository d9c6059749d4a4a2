package io.tributary.vm;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import java.util.Objects;
import org.apache.tuweni.bytes.Bytes;

/**
 * One message: what a frame runs, for whom, with how much gas. Built by the transaction processor for the first frame
 * ({@link #call} / {@link #create}) and by CALL/CREATE-family operations for the frames below it.
 *
 * @param kind how the frame was entered
 * @param sender CALLER inside the frame
 * @param recipient ADDRESS inside the frame: whose storage and balance the code acts on (the new contract for a
 *     creation)
 * @param codeAddress whose code runs (differs from {@code recipient} for CALLCODE and DELEGATECALL)
 * @param value wei moved from sender to recipient when the frame starts (nothing moves for DELEGATECALL/CALLCODE)
 * @param apparentValue CALLVALUE inside the frame (the parent's for DELEGATECALL)
 * @param input call data; for a creation, nothing (the init code is {@code code})
 * @param code the code to run: init code for a creation; for a call, null means "the code at codeAddress"
 * @param gas gas given to the frame
 * @param isStatic whether state changes are forbidden (STATICCALL and below)
 * @param depth 0 for a transaction's first frame; at most 1024
 */
public record Message(MessageKind kind, Address sender, Address recipient, Address codeAddress, Wei value,
    Wei apparentValue, Bytes input, Bytes code, long gas, boolean isStatic, int depth) {
  public Message {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(sender);
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(codeAddress);
    Objects.requireNonNull(value);
    Objects.requireNonNull(apparentValue);
    Objects.requireNonNull(input);
    if (kind.isCreation() && code == null) {
      throw new IllegalArgumentException("a creation carries its init code");
    }
    if (gas < 0) {
      throw new IllegalArgumentException("gas is never negative, got " + gas);
    }
  }

  /**
   * A transaction's message call to {@code to}: the EVM moves {@code value} from {@code sender} when the frame starts.
   * The caller has already incremented the sender's nonce and bought the gas; {@code gas} is the limit less intrinsic
   * gas.
   */
  public static Message call(final Address sender, final Address to, final Wei value, final Bytes input,
      final long gas) {
    return new Message(MessageKind.CALL, sender, to, to, value, value, input, null, gas, false, 0);
  }

  /**
   * A transaction's contract creation at {@code newAddress} ({@link ContractAddress#forCreate} of the sender and its
   * nonce before the transaction incremented it).
   */
  public static Message create(final Address sender, final Address newAddress, final Wei value, final Bytes initCode,
      final long gas) {
    return new Message(MessageKind.CREATE, sender, newAddress, newAddress, value, value, Bytes.EMPTY, initCode, gas,
        false, 0);
  }
}

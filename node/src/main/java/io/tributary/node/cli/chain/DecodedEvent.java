package io.tributary.node.cli.chain;

import io.tributary.core.types.Address;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** A module's log decoded: the event's name and its arguments by name, in declaration order. */
public record DecodedEvent(String name, Map<String, Object> args) {
  public DecodedEvent {
    args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** A uint argument. */
  public BigInteger uint(final String arg) {
    return ((UInt256) args.get(arg)).toBigInteger();
  }

  public Address address(final String arg) {
    return (Address) args.get(arg);
  }

  /** {@code RoyaltyPaid(inferenceId=1, datasetId=2, owner=0x..., hits=12, amount=250000)}. */
  @Override
  public String toString() {
    return name + args.entrySet().stream().map(e -> e.getKey() + "=" + show(e.getValue()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String show(final Object value) {
    if (value instanceof UInt256 u) {
      return u.toBigInteger().toString();
    }
    if (value instanceof Address a) {
      return a.toChecksumString();
    }
    if (value instanceof Bytes b) {
      return b.toHexString();
    }
    if (value instanceof String s) {
      return '"' + s + '"';
    }
    return String.valueOf(value);
  }
}

package io.tributary.state.referencetests;

import io.tributary.core.types.Wei;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** An account of a case's {@code pre} state. Storage is kept in slot order, so loading it is deterministic. */
public record StateTestAccount(Wei balance, long nonce, Bytes code, Map<UInt256, UInt256> storage) {
  public StateTestAccount {
    storage = java.util.Collections.unmodifiableMap(new TreeMap<>(storage));
  }
}

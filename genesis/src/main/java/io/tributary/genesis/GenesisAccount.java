package io.tributary.genesis;

import io.tributary.core.types.Wei;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** An account the genesis state starts with. */
public record GenesisAccount(Wei balance, long nonce, Bytes code, NavigableMap<UInt256, UInt256> storage) {
  public GenesisAccount {
    storage = Collections.unmodifiableNavigableMap(new TreeMap<>(storage));
  }

  public static GenesisAccount funded(final Wei balance) {
    return new GenesisAccount(balance, 0, Bytes.EMPTY, new TreeMap<>());
  }
}

package io.tributary.state.world;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;

/** A read-only view of accounts, storage and code at one state root. */
public interface WorldState {
  Hash rootHash();

  Optional<Account> account(Address address);

  /** The storage slot's value; zero when unset. */
  UInt256 storage(Address address, UInt256 slot);

  /** The account's code; empty when it has none. */
  Bytes code(Address address);
}

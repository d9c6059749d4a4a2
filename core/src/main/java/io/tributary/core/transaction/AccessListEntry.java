package io.tributary.core.transaction;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.List;

/** One EIP-2930 access-list entry: an address and the storage keys pre-warmed for it. */
public record AccessListEntry(Address address, List<Hash> storageKeys) {
  public AccessListEntry {
    storageKeys = List.copyOf(storageKeys);
  }
}

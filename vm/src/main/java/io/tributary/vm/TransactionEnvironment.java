package io.tributary.vm;

import io.tributary.core.transaction.AccessListEntry;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import java.util.List;
import java.util.Objects;

/**
 * What code sees of the transaction it runs in (ORIGIN, GASPRICE, BLOBHASH), and the EIP-2930 access list that the
 * EVM warms before the first frame.
 *
 * @param gasPrice the effective gas price the sender pays per gas (EIP-1559: base fee plus the tip it gets)
 */
public record TransactionEnvironment(Address origin, Wei gasPrice, List<Hash> blobHashes,
    List<AccessListEntry> accessList) {
  public TransactionEnvironment {
    Objects.requireNonNull(origin);
    Objects.requireNonNull(gasPrice);
    blobHashes = List.copyOf(blobHashes);
    accessList = List.copyOf(accessList);
  }

  /** A transaction without blobs or access list. */
  public static TransactionEnvironment of(final Address origin, final Wei gasPrice) {
    return new TransactionEnvironment(origin, gasPrice, List.of(), List.of());
  }
}

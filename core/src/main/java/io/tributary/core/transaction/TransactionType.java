package io.tributary.core.transaction;

import java.util.Optional;

/** EIP-2718 transaction types. Legacy transactions have no type byte on the wire. */
public enum TransactionType {
  LEGACY(0x00),
  /** EIP-2930. */
  ACCESS_LIST(0x01),
  /** EIP-1559. */
  EIP1559(0x02),
  /** EIP-4844: decoded so it can be named, but Tributary carries no blobs and rejects it. */
  BLOB(0x03);

  private final int typeByte;

  TransactionType(final int typeByte) {
    this.typeByte = typeByte;
  }

  public int typeByte() {
    return typeByte;
  }

  /** True for types with an EIP-2718 envelope (all but legacy). */
  public boolean isTyped() {
    return this != LEGACY;
  }

  /** True for types priced by EIP-1559 fee caps rather than a single gas price. */
  public boolean hasDynamicFees() {
    return this == EIP1559 || this == BLOB;
  }

  public static Optional<TransactionType> fromTypeByte(final int b) {
    for (final TransactionType t : values()) {
      if (t.isTyped() && t.typeByte == b) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

package io.tributary.state.spec;

import io.tributary.core.types.Address;
import java.util.Optional;

/**
 * Where the base-fee part of each transaction's fee goes. The priority fee (tip) always goes to the block's coinbase.
 * Ethereum burns the base fee (EIP-1559); Tributary pays it into its community treasury.
 */
public sealed interface FeeRecipientPolicy {
  /** Ethereum's rule: the base fee leaves circulation. The ethereum/tests conformance spec uses it. */
  FeeRecipientPolicy BURN = new Burn();

  /** The base fee is credited to {@code treasury}. */
  static FeeRecipientPolicy treasury(final Address treasury) {
    return new Treasury(treasury);
  }

  /** The account credited with base fees; empty when they are burnt. */
  Optional<Address> baseFeeRecipient();

  /** The base fee is burnt. */
  record Burn() implements FeeRecipientPolicy {
    @Override
    public Optional<Address> baseFeeRecipient() {
      return Optional.empty();
    }
  }

  /** The base fee is paid to {@code address}. */
  record Treasury(Address address) implements FeeRecipientPolicy {
    @Override
    public Optional<Address> baseFeeRecipient() {
      return Optional.of(address);
    }
  }
}

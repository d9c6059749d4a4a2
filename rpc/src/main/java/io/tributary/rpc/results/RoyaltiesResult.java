package io.tributary.rpc.results;

import io.tributary.state.ai.Royalties;

/** {@code ai_getRoyalties}: the wei an address has earned from attribution and the number of payments. */
public record RoyaltiesResult(String total, String payments) {
  public static RoyaltiesResult of(final Royalties royalties) {
    return new RoyaltiesResult(royalties.total().toShortHexString(), Quantities.of(royalties.payments()));
  }
}

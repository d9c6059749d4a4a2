package io.tributary.state.ai;

import io.tributary.core.types.Wei;

/** What an address has earned from attribution: the total and the number of payments. */
public record Royalties(Wei total, long payments) {}

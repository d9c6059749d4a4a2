package io.tributary.state.ai;

/** Counts the gas a module call uses against what it was given; {@link #UNLIMITED} for reads outside execution. */
final class GasMeter {
  private final long limit;
  private long used;

  GasMeter(final long limit) {
    this.limit = limit;
  }

  static GasMeter unlimited() {
    return new GasMeter(Long.MAX_VALUE);
  }

  /** Charges {@code amount}; throws {@link OutOfModuleGas} (caught at the module boundary) past the limit. */
  void charge(final long amount) {
    if (amount < 0 || amount > limit - used) {
      used = limit;
      throw new OutOfModuleGas();
    }
    used += amount;
  }

  long used() {
    return used;
  }
}

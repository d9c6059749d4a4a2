package io.tributary.state.ai;

/** Counts the gas a module call uses against what it was given; {@link #UNLIMITED} for reads outside execution. */
public final class GasMeter {
  private final long limit;
  private long used;

  GasMeter(final long limit) {
    this.limit = limit;
  }

  public static GasMeter unlimited() {
    return new GasMeter(Long.MAX_VALUE);
  }

  /** Charges {@code amount}; throws {@link OutOfModuleGas} (caught at the module boundary) past the limit. */
  public void charge(final long amount) {
    if (amount < 0 || amount > limit - used) {
      used = limit;
      throw new OutOfModuleGas();
    }
    used += amount;
  }

  public long used() {
    return used;
  }
}

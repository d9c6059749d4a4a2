package io.tributary.vm.precompile;

/** Gas arithmetic shared by the precompiles: word counts and saturating products (gas never wraps around). */
final class PrecompileGas {
  private PrecompileGas() {}

  /** The number of 32-byte words {@code size} bytes occupy, rounded up. */
  static long words(final int size) {
    return (size + 31L) / 32L;
  }

  /** {@code base + perWord * words(size)}: the linear price of sha256, ripemd160 and identity. */
  static long linear(final long base, final long perWord, final int size) {
    return base + perWord * words(size);
  }
}

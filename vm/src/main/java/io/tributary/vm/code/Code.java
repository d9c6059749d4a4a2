package io.tributary.vm.code;

import org.apache.tuweni.bytes.Bytes;

/**
 * Code ready to run: its bytes and which offsets are JUMPDESTs (a 0x5b that is an instruction, not PUSH data).
 * Immutable; shared between frames and threads through {@link CodeCache}.
 */
public final class Code {
  public static final Code EMPTY = analyse(Bytes.EMPTY);

  private final byte[] bytes;
  private final long[] jumpDests;

  private Code(final byte[] bytes, final long[] jumpDests) {
    this.bytes = bytes;
    this.jumpDests = jumpDests;
  }

  /** One pass over the code, skipping PUSH data. */
  public static Code analyse(final Bytes code) {
    final byte[] bytes = code.toArray();
    final long[] dests = new long[(bytes.length + 63) >>> 6];
    int pc = 0;
    while (pc < bytes.length) {
      final int op = bytes[pc] & 0xff;
      if (op == 0x5b) {
        dests[pc >>> 6] |= 1L << (pc & 63);
        pc++;
      } else if (op >= 0x60 && op <= 0x7f) {
        pc += op - 0x5f + 1;
      } else {
        pc++;
      }
    }
    return new Code(bytes, dests);
  }

  /** The code; callers must not modify it. */
  public byte[] bytes() {
    return bytes;
  }

  public int size() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** Whether {@code pc} is a valid JUMPDEST. */
  public boolean isJumpDest(final long pc) {
    if (pc < 0 || pc >= bytes.length) {
      return false;
    }
    return (jumpDests[(int) (pc >>> 6)] & (1L << (pc & 63))) != 0;
  }
}

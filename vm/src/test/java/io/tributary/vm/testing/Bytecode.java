package io.tributary.vm.testing;

import io.tributary.vm.EvmSpecs;
import io.tributary.vm.operation.OperationRegistry;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;

/** A tiny assembler for tests: {@code Bytecode.code().push(1).push(2).op("ADD").returnTop()}. */
public final class Bytecode {
  private static final OperationRegistry CANCUN = EvmSpecs.cancun().operations();
  private final StringBuilder hex = new StringBuilder();

  private Bytecode() {}

  public static Bytecode code() {
    return new Bytecode();
  }

  /** The opcode with this mnemonic (Cancun's names: KECCAK256, PREVRANDAO, PUSH1..., INVALID). */
  public static int opcode(final String name) {
    for (int i = 0; i < 256; i++) {
      if (CANCUN.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no opcode " + name);
  }

  public Bytecode op(final String... names) {
    for (final String name : names) {
      hex.append(String.format("%02x", opcode(name)));
    }
    return this;
  }

  /** The smallest PUSHn of {@code value} (PUSH1 0 for zero, so the code runs before Shanghai too). */
  public Bytecode push(final long value) {
    return push(BigInteger.valueOf(value));
  }

  public Bytecode push(final BigInteger value) {
    final Bytes bytes = value.signum() == 0 ? Bytes.of(0) : Bytes.wrap(value.toByteArray()).trimLeadingZeros();
    return pushBytes(bytes);
  }

  /** PUSHn of exactly these bytes. */
  public Bytecode pushBytes(final Bytes bytes) {
    hex.append(String.format("%02x", 0x5f + bytes.size())).append(bytes.toUnprefixedHexString());
    return this;
  }

  public Bytecode pushHex(final String hexValue) {
    return pushBytes(Bytes.fromHexString(hexValue));
  }

  /** Raw bytes, as they are. */
  public Bytecode raw(final String rawHex) {
    hex.append(rawHex.startsWith("0x") ? rawHex.substring(2) : rawHex);
    return this;
  }

  /** Stores the top item at memory 0 and returns those 32 bytes. */
  public Bytecode returnTop() {
    return push(0).op("MSTORE").push(32).push(0).op("RETURN");
  }

  /** SSTOREs the top item at {@code slot}. */
  public Bytecode storeTopAt(final long slot) {
    return push(slot).op("SSTORE");
  }

  public int size() {
    return hex.length() / 2;
  }

  public Bytes bytes() {
    return Bytes.fromHexString(hex.toString());
  }

  @Override
  public String toString() {
    return hex.toString();
  }
}

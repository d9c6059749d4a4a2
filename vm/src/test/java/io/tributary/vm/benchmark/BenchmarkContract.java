package io.tributary.vm.benchmark;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.BlockEnvironment;
import io.tributary.vm.Evm;
import io.tributary.vm.ExecutionResult;
import io.tributary.vm.Message;
import io.tributary.vm.TransactionEnvironment;
import io.tributary.vm.testing.InMemoryWorld;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The EVM benchmark contracts, shared with the JavaScript EVMs: {@code benchmarks/evm/contracts/NAME.hex} (assembled
 * from {@code NAME.asm}, which says what each does), on the test class path as {@code /evm-bench-contracts/}. Each
 * runs as a call from {@link #SENDER} to {@link #CONTRACT} with no input; the call-heavy one calls {@link #CALLEE}.
 * The addresses are those of {@code benchmarks/evm/bench.mjs}.
 */
public enum BenchmarkContract {
  ARITHMETIC("arithmetic"),
  MEMORY("memory"),
  STORAGE("storage"),
  CALL("call");

  public static final Address SENDER = Address.fromHexString("0x1000000000000000000000000000000000000001");
  public static final Address CONTRACT = Address.fromHexString("0xb000000000000000000000000000000000000001");
  public static final Address CALLEE = Address.fromHexString("0xb000000000000000000000000000000000000002");
  /** The gas each run is given: every contract needs a few million. */
  public static final long GAS = 30_000_000;

  private static final BlockEnvironment BLOCK = new BlockEnvironment(
      Address.fromHexString("0xc000000000000000000000000000000000000000"), 1_700_000_000L, 1, Bytes32.ZERO,
      GAS, Wei.ZERO, Wei.of(1), 1, n -> Hash.hash(Bytes.ofUnsignedLong(n)));
  private static final TransactionEnvironment TX = new TransactionEnvironment(SENDER, Wei.ZERO, List.of(), List.of());

  private final String fileName;

  BenchmarkContract(final String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** Bytecode of {@code benchmarks/evm/contracts/NAME.hex}. */
  public static Bytes code(final String name) {
    try (InputStream in = BenchmarkContract.class.getResourceAsStream("/evm-bench-contracts/" + name + ".hex")) {
      if (in == null) {
        throw new IllegalStateException("no /evm-bench-contracts/" + name + ".hex on the class path");
      }
      return Bytes.fromHexString(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A world with the sender, the contract and (for the call-heavy one) the callee. */
  public InMemoryWorld world() {
    final InMemoryWorld world = new InMemoryWorld().contract(CONTRACT, code(fileName));
    if (this == CALL) {
      world.contract(CALLEE, code("callee"));
    }
    world.setBalance(SENDER, Wei.ofTrib(1_000));
    world.setNonce(SENDER, 1);
    return world.beginTransaction();
  }

  /**
   * One run: a transaction's message from the sender to the contract. Every contract leaves the world as it found it
   * (the storage-heavy one clears the slots it set), so runs can repeat on one world.
   */
  public ExecutionResult run(final Evm evm, final InMemoryWorld world) {
    world.beginTransaction();
    return evm.execute(world, BLOCK, TX, Message.call(SENDER, CONTRACT, Wei.ZERO, Bytes.EMPTY, GAS));
  }
}

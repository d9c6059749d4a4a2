package io.tributary.vm.testing;

import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.vm.BlockEnvironment;
import io.tributary.vm.Evm;
import io.tributary.vm.EvmSpec;
import io.tributary.vm.EvmSpecs;
import io.tributary.vm.ExecutionResult;
import io.tributary.vm.Message;
import io.tributary.vm.OperationTracer;
import io.tributary.vm.TransactionEnvironment;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** Runs code in an {@link InMemoryWorld} with a fixed block: the tests' way into the EVM. */
public final class EvmHarness {
  public static final Address SENDER = Address.fromHexString("0x1000000000000000000000000000000000000001");
  public static final Address CONTRACT = Address.fromHexString("0x2000000000000000000000000000000000000002");
  public static final Address OTHER = Address.fromHexString("0x3000000000000000000000000000000000000003");
  public static final Address COINBASE = Address.fromHexString("0xc000000000000000000000000000000000000000");
  public static final long GAS = 1_000_000;

  public final InMemoryWorld world = new InMemoryWorld();
  private final Evm evm;
  public BlockEnvironment block = new BlockEnvironment(COINBASE, 1_700_000_000L, 100, Bytes32.ZERO, 30_000_000,
      Wei.of(7), Wei.of(1), 7357, n -> Hash.hash(Bytes.ofUnsignedLong(n)));
  public TransactionEnvironment tx = new TransactionEnvironment(SENDER, Wei.of(10), List.of(), List.of());

  public EvmHarness() {
    this(EvmSpecs.cancun());
  }

  public EvmHarness(final EvmSpec spec) {
    this.evm = new Evm(spec);
    world.account(SENDER, 1, Wei.ofTrib(100), Bytes.EMPTY);
  }

  public Evm evm() {
    return evm;
  }

  /** Calls CONTRACT running {@code hexCode} with no value and no call data. */
  public ExecutionResult run(final String hexCode) {
    world.contract(CONTRACT, hexCode);
    return call(CONTRACT, Wei.ZERO, Bytes.EMPTY, GAS);
  }

  public ExecutionResult call(final Address to, final Wei value, final Bytes input, final long gas) {
    return call(to, value, input, gas, OperationTracer.NONE);
  }

  public ExecutionResult call(final Address to, final Wei value, final Bytes input, final long gas,
      final OperationTracer tracer) {
    world.beginTransaction();
    return evm.execute(world, block, tx, Message.call(SENDER, to, value, input, gas), tracer);
  }

  public ExecutionResult create(final Address newAddress, final Wei value, final Bytes initCode, final long gas) {
    world.beginTransaction();
    return evm.execute(world, block, tx, Message.create(SENDER, newAddress, value, initCode, gas));
  }

  /** The output of a frame that ran {@code hexCode}, as a 32-byte word (the code RETURNs one). */
  public Bytes32 returnedWord(final String hexCode) {
    final ExecutionResult result = run(hexCode);
    if (!result.isSuccess()) {
      throw new AssertionError("execution failed: " + result.status() + " " + result.haltReason());
    }
    return Bytes32.wrap(result.output());
  }
}

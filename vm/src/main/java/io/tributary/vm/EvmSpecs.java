package io.tributary.vm;

import io.tributary.vm.nativecontract.NativeContractRegistry;
import io.tributary.core.types.Address;
import io.tributary.vm.gas.BerlinGasCalculator;
import io.tributary.vm.gas.CancunGasCalculator;
import io.tributary.vm.gas.LondonGasCalculator;
import io.tributary.vm.gas.ShanghaiGasCalculator;
import io.tributary.vm.operation.*;
import io.tributary.vm.precompile.PrecompileRegistry;

/**
 * The fork schedule of the EVM: each fork is the previous one plus the EIPs it adds, one commented line each. Berlin is
 * the base (every opcode up to it, EIP-2929 gas). Tributary's own upgrades add a method here built on
 * {@link #cancun()}.
 */
public final class EvmSpecs {
  private EvmSpecs() {}

  /** Berlin: every opcode from Frontier to Istanbul, EIP-2929 access costs, EIP-2930 access lists. */
  public static EvmSpec berlin() {
    OperationRegistry ops = OperationRegistry.empty().with(
        new StopOperation(), new AddOperation(), new MulOperation(), new SubOperation(), new DivOperation(),
        new SDivOperation(), new ModOperation(), new SModOperation(), new AddModOperation(), new MulModOperation(),
        new ExpOperation(), new SignExtendOperation(),
        new LtOperation(), new GtOperation(), new SLtOperation(), new SGtOperation(), new EqOperation(),
        new IsZeroOperation(), new AndOperation(), new OrOperation(), new XorOperation(), new NotOperation(),
        new ByteOperation(), new ShlOperation(), new ShrOperation(), new SarOperation(),
        new Keccak256Operation(),
        new AddressOperation(), new BalanceOperation(), new OriginOperation(), new CallerOperation(),
        new CallValueOperation(), new CallDataLoadOperation(), new CallDataSizeOperation(),
        new CallDataCopyOperation(), new CodeSizeOperation(), new CodeCopyOperation(), new GasPriceOperation(),
        new ExtCodeSizeOperation(), new ExtCodeCopyOperation(), new ReturnDataSizeOperation(),
        new ReturnDataCopyOperation(), new ExtCodeHashOperation(),
        new BlockHashOperation(), new CoinbaseOperation(), new TimestampOperation(), new NumberOperation(),
        new PrevRandaoOperation(), new GasLimitOperation(), new ChainIdOperation(), new SelfBalanceOperation(),
        new PopOperation(), new MLoadOperation(), new MStoreOperation(), new MStore8Operation(),
        new SLoadOperation(), new SStoreOperation(), new JumpOperation(), new JumpiOperation(), new PcOperation(),
        new MSizeOperation(), new GasOperation(), new JumpDestOperation(),
        new CreateOperation(), new CallOperation(), new CallCodeOperation(), new ReturnOperation(),
        new DelegateCallOperation(), new Create2Operation(), new StaticCallOperation(), new RevertOperation(),
        new InvalidOperation(0xfe), new SelfDestructOperation(false));
    for (int n = 1; n <= 32; n++) {
      ops = ops.with(new PushOperation(n));
    }
    for (int n = 1; n <= 16; n++) {
      ops = ops.with(new DupOperation(n), new SwapOperation(n));
    }
    for (int n = 0; n <= 4; n++) {
      ops = ops.with(new LogOperation(n));
    }
    final PrecompileRegistry precompiles = PrecompileRegistry.cancun().without(Address.of(0x0a));
    return new EvmSpec("Berlin", ops, new BerlinGasCalculator(), precompiles, NativeContractRegistry.EMPTY, false,
        false);
  }

  /** London: BASEFEE, EIP-3529 refunds, no new code starting with 0xEF. */
  public static EvmSpec london() {
    final EvmSpec berlin = berlin();
    return berlin.withName("London")
        .withOperations(berlin.operations().with(
            new BaseFeeOperation())) // EIP-3198
        .withGasCalculator(new LondonGasCalculator()) // EIP-3529
        .withRejectEfCode(true); // EIP-3541
  }

  /** Shanghai: PUSH0, warm coinbase, init code limit and price. */
  public static EvmSpec shanghai() {
    final EvmSpec london = london();
    return london.withName("Shanghai")
        .withOperations(london.operations().with(
            new Push0Operation())) // EIP-3855
        .withGasCalculator(new ShanghaiGasCalculator()) // EIP-3860
        .withWarmCoinbase(true); // EIP-3651
  }

  /** Cancun: transient storage, MCOPY, blob hashes and fee, SELFDESTRUCT only in the creating transaction. */
  public static EvmSpec cancun() {
    final EvmSpec shanghai = shanghai();
    return shanghai.withName("Cancun")
        .withOperations(shanghai.operations().with(
            new TLoadOperation(), new TStoreOperation(), // EIP-1153
            new MCopyOperation(), // EIP-5656
            new BlobHashOperation(), // EIP-4844
            new BlobBaseFeeOperation(), // EIP-7516
            new SelfDestructOperation(true))) // EIP-6780
        .withGasCalculator(new CancunGasCalculator())
        .withPrecompiles(PrecompileRegistry.cancun()); // EIP-4844: point evaluation at 0x0a
  }
}

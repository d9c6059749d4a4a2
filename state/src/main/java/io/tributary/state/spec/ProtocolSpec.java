package io.tributary.state.spec;

import io.tributary.state.ai.AiModules;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.core.transaction.TransactionValidator;
import io.tributary.vm.Evm;
import java.util.Optional;

/**
 * The rules in force over a range of heights: how transactions are checked, what fees cost and where they go. A
 * protocol upgrade is a new spec built from the previous one plus its changes (the {@code with} methods), entered in
 * the {@link ProtocolSchedule}.
 *
 * @param name the fork's name, shown in logs and RPC
 * @param transactionValidator the checks that need no state
 * @param baseFee the EIP-1559 fee market
 * @param feeRecipients where base fees go: Tributary's treasury (governance spends it), or burnt as on Ethereum
 * @param blobGas EIP-4844 blob gas pricing, for specs that execute blob transactions (the conformance spec only)
 * @param evm the EVM that runs contract creations and calls (one instance per spec: it caches analysed code)
 * @param ai Tributary's AI modules and their parameters ({@link AiModules#NONE} on Ethereum's specs); the EVM
 *     carries their native contracts
 */
public record ProtocolSpec(String name, TransactionValidator transactionValidator, BaseFeeCalculator baseFee,
    FeeRecipientPolicy feeRecipients, Optional<BlobGasSchedule> blobGas, Evm evm, AiModules ai) {

  /** The chain id transactions must carry (EIP-155), and the EVM's CHAINID. */
  public long chainId() {
    return transactionValidator.chainId();
  }

  public ProtocolSpec withName(final String value) {
    return new ProtocolSpec(value, transactionValidator, baseFee, feeRecipients, blobGas, evm, ai);
  }

  public ProtocolSpec withTransactionValidator(final TransactionValidator value) {
    return new ProtocolSpec(name, value, baseFee, feeRecipients, blobGas, evm, ai);
  }

  public ProtocolSpec withBaseFee(final BaseFeeCalculator value) {
    return new ProtocolSpec(name, transactionValidator, value, feeRecipients, blobGas, evm, ai);
  }

  public ProtocolSpec withFeeRecipients(final FeeRecipientPolicy value) {
    return new ProtocolSpec(name, transactionValidator, baseFee, value, blobGas, evm, ai);
  }

  public ProtocolSpec withBlobGas(final Optional<BlobGasSchedule> value) {
    return new ProtocolSpec(name, transactionValidator, baseFee, feeRecipients, value, evm, ai);
  }

  /** This spec with AI modules: their native contracts are added to the EVM's. */
  public ProtocolSpec withAi(final AiModules value) {
    return new ProtocolSpec(name, transactionValidator, baseFee, feeRecipients, blobGas,
        new Evm(evm.spec().withNativeContracts(value.contracts())), value);
  }

  /**
   * This spec with the Governance module added to the EVM's native contracts (after {@link #withAi}, which replaces
   * them).
   */
  public ProtocolSpec withGovernance(final GovernanceModule value) {
    return new ProtocolSpec(name, transactionValidator, baseFee, feeRecipients, blobGas, new Evm(evm.spec()
        .withNativeContracts(evm.spec().nativeContracts().with(GovernanceModule.ADDRESS, value))), ai);
  }

  public ProtocolSpec withEvm(final Evm value) {
    return new ProtocolSpec(name, transactionValidator, baseFee, feeRecipients, blobGas, value, ai);
  }
}

package io.tributary.state.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import io.tributary.vm.ContractAddress;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionProcessorTest {
  private static final ProtocolSpec SPEC = TributaryProtocolSpecs.genesisSpec(7357);
  private static final KeyPair ALICE = SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString("0x" + "11".repeat(32)));
  private static final Address BOB = Address.of(0xb0b);
  private static final Address PRODUCER = Address.of(0xc0ffee);
  private static final Wei GWEI = Wei.of(1_000_000_000L);
  private static final BlockContext BLOCK = new BlockContext(1, 10, PRODUCER, GWEI, 30_000_000);

  private final TransactionProcessor processor = new TransactionProcessor(SPEC);
  private WorldUpdater world;

  @BeforeEach
  void fundAlice() {
    world = new WorldStateArchive(new InMemoryKeyValueStorage()).updater(Hash.EMPTY_TRIE_HASH);
    world.setBalance(ALICE.address(), Wei.ofTrib(1));
  }

  private static Transaction.Builder transfer(final long nonce) {
    return Transaction.builder().type(TransactionType.EIP1559).chainId(7357L).nonce(nonce)
        .maxPriorityFeePerGas(Wei.of(2_000_000_000L)).maxFeePerGas(Wei.of(5_000_000_000L)).gasLimit(21_000).to(BOB)
        .value(Wei.of(1_000));
  }

  @Test
  void aTransferPaysTheBaseFeeToTheTreasuryAndTheTipToTheProducer() {
    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(transfer(0), ALICE), 30_000_000);

    assertThat(result.isInvalid()).isFalse();
    assertThat(result.gasUsed()).isEqualTo(21_000);
    assertThat(world.balance(BOB)).isEqualTo(Wei.of(1_000));
    assertThat(world.balance(TributaryProtocolSpecs.TREASURY)).isEqualTo(GWEI.multiply(21_000));
    assertThat(world.balance(PRODUCER)).isEqualTo(Wei.of(2_000_000_000L).multiply(21_000));
    assertThat(world.balance(ALICE.address()))
        .isEqualTo(Wei.ofTrib(1).subtract(Wei.of(3_000_000_000L).multiply(21_000)).subtract(Wei.of(1_000)));
    assertThat(world.nonce(ALICE.address())).isEqualTo(1);
  }

  @Test
  void theSenderPaysNoMoreThanItsFeeCap() {
    final Transaction capped = TransactionSigner.sign(transfer(0).maxPriorityFeePerGas(GWEI).maxFeePerGas(Wei.of(1_500_000_000L)), ALICE);
    processor.process(world, BLOCK, capped, 30_000_000);
    assertThat(world.balance(PRODUCER)).isEqualTo(Wei.of(500_000_000L).multiply(21_000));
  }

  @Test
  void aZeroValueTransferToANewAccountDoesNotCreateIt() {
    processor.process(world, BLOCK, TransactionSigner.sign(transfer(0).value(Wei.ZERO), ALICE), 30_000_000);
    assertThat(world.exists(BOB)).isFalse();
  }

  @Test
  void aStaleNonceIsRefusedAndChangesNothing() {
    world.setNonce(ALICE.address(), 3);
    final TransactionProcessingResult result = processor.process(world, BLOCK, TransactionSigner.sign(transfer(2), ALICE),
        30_000_000);
    assertThat(result.validity().reason()).contains(TransactionInvalidReason.NONCE_TOO_LOW);
    assertThat(result.validity().message()).startsWith("nonce too low");
    assertThat(world.balance(ALICE.address())).isEqualTo(Wei.ofTrib(1));
  }

  @Test
  void aSenderWhoCannotPayTheUpfrontCostIsRefused() {
    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(transfer(0).value(Wei.ofTrib(1)), ALICE), 30_000_000);
    assertThat(result.validity().reason()).contains(TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE);
    assertThat(result.validity().message()).startsWith("insufficient funds for gas * price + value");
  }

  @Test
  void aFeeCapBelowTheBaseFeeIsRefused() {
    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(transfer(0).maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(Wei.of(1)), ALICE), 30_000_000);
    assertThat(result.validity().reason()).contains(TransactionInvalidReason.FEE_CAP_BELOW_BASE_FEE);
  }

  @Test
  void aTransactionLargerThanTheBlockGasLeftIsRefused() {
    final TransactionProcessingResult result = processor.process(world, BLOCK, TransactionSigner.sign(transfer(0), ALICE),
        20_999);
    assertThat(result.validity().reason()).contains(TransactionInvalidReason.EXCEEDS_BLOCK_GAS_LIMIT);
  }

  /** Init code that stores 0x2a in slot 0 and deploys the one-byte contract 0x00 (STOP). */
  private static final Bytes INIT_CODE = Bytes.fromHexString("0x602a60005560016000f3");

  private static Transaction.Builder contractTx(final long nonce) {
    return Transaction.builder().type(TransactionType.EIP1559).chainId(7357L).nonce(nonce)
        .maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(GWEI).gasLimit(100_000);
  }

  @Test
  void contractCreationRunsTheInitCodeAndDeploysItsOutput() {
    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(contractTx(0).data(INIT_CODE), ALICE), 30_000_000);

    assertThat(result.isInvalid()).isFalse();
    assertThat(result.success()).isTrue();
    final Address contract = ContractAddress.forCreate(ALICE.address(), 0);
    assertThat(result.contractAddress()).contains(contract);
    assertThat(world.code(contract)).isEqualTo(Bytes.of(0x00));
    assertThat(world.storage(contract, UInt256.ZERO)).isEqualTo(UInt256.valueOf(0x2a));
    assertThat(world.nonce(contract)).isEqualTo(1);
    assertThat(world.nonce(ALICE.address())).isEqualTo(1);
    // intrinsic 53,000 + 10 bytes of calldata (9 non-zero, 1 zero) + one initcode word, then the init code's own gas
    final long intrinsic = 21_000 + 32_000 + 9 * 16 + 4 + 2;
    assertThat(result.gasUsed()).isGreaterThan(intrinsic + 22_100);
    assertThat(world.balance(ALICE.address())).isEqualTo(Wei.ofTrib(1).subtract(GWEI.multiply(result.gasUsed())));
    assertThat(world.balance(TributaryProtocolSpecs.TREASURY)).isEqualTo(GWEI.multiply(result.gasUsed()));
  }

  @Test
  void aCallRunsTheCodeAndKeepsItsLogs() {
    // LOG1 of no data with topic 0x07, then SSTORE(1, 1)
    final Address contract = Address.of(0xc0de);
    world.setCode(contract, Bytes.fromHexString("0x600760006000a160016001555b00"));

    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(contractTx(0).to(contract).value(Wei.of(5)), ALICE), 30_000_000);

    assertThat(result.success()).isTrue();
    assertThat(result.logs()).hasSize(1);
    assertThat(result.logs().get(0).address()).isEqualTo(contract);
    assertThat(result.logs().get(0).topics()).containsExactly(Hash.wrap(Bytes32.leftPad(Bytes.of(7))));
    assertThat(world.storage(contract, UInt256.ONE)).isEqualTo(UInt256.ONE);
    assertThat(world.balance(contract)).isEqualTo(Wei.of(5));
  }

  @Test
  void aRevertedCallKeepsTheNonceAndFeesButNotTheValueOrChanges() {
    // SSTORE(1, 1), then REVERT with no data
    final Address contract = Address.of(0xc0de);
    world.setCode(contract, Bytes.fromHexString("0x600160015560006000fd"));

    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(contractTx(0).to(contract).value(Wei.of(5)), ALICE), 30_000_000);

    assertThat(result.isInvalid()).isFalse();
    assertThat(result.success()).isFalse();
    assertThat(result.failure()).contains("execution reverted");
    assertThat(world.storage(contract, UInt256.ONE)).isEqualTo(UInt256.ZERO);
    assertThat(world.balance(contract)).isEqualTo(Wei.ZERO);
    assertThat(world.nonce(ALICE.address())).isEqualTo(1);
    assertThat(world.balance(ALICE.address())).isEqualTo(Wei.ofTrib(1).subtract(GWEI.multiply(result.gasUsed())));
  }

  @Test
  void anOutOfGasCallConsumesAllItsGas() {
    // an endless loop: JUMPDEST, PUSH1 0, JUMP
    final Address contract = Address.of(0xc0de);
    world.setCode(contract, Bytes.fromHexString("0x5b600056"));

    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(contractTx(0).to(contract), ALICE), 30_000_000);

    assertThat(result.success()).isFalse();
    assertThat(result.failure()).contains("out of gas");
    assertThat(result.gasUsed()).isEqualTo(100_000);
  }

  @Test
  void aWrongChainIdIsRefusedBeforeAnyStateCheck() {
    final TransactionProcessingResult result = processor.process(world, BLOCK,
        TransactionSigner.sign(transfer(0).chainId(1L), ALICE), 30_000_000);
    assertThat(result.validity().reason()).contains(TransactionInvalidReason.WRONG_CHAIN_ID);
  }
}

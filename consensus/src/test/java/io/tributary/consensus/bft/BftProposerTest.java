package io.tributary.consensus.bft;

import static io.tributary.consensus.TestChain.USERS;
import static io.tributary.consensus.TestChain.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.consensus.TestChain;
import io.tributary.consensus.chain.BlockInvalidReason;
import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.consensus.txpool.TransactionPoolConfig;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.vm.ContractAddress;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class BftProposerTest {
  private final TestChain producer = new TestChain();

  @Test
  void aSingleValidatorFinalisesABlockWithItsOwnCommitSeal() {
    producer.pool.add(transfer(USERS.get(0), 0), producer.poolHead());
    assertThat(producer.engine.produce().isValid()).isTrue();
    assertThat(producer.engine.produce().isValid()).isTrue();

    final Block second = producer.chain.blockByNumber(2).orElseThrow();
    final BftExtraData extra = BftExtraData.decode(second.header().extraData());
    assertThat(extra.parentCommitSeals()).hasSize(1);
    final Hash sealed = BftExtraData.commitSealHash(second.header().parentHash());
    assertThat(SignatureAlgorithms.get().recoverPublicKey(sealed, extra.parentCommitSeals().get(0))
        .map(Address::fromPublicKey)).contains(TestChain.VALIDATOR.address());
    assertThat(producer.chain.blockByNumber(1).orElseThrow().body().transactions()).hasSize(1);
  }

  @Test
  void feesGoToTheTreasuryAndTheProposer() {
    producer.pool.add(transfer(USERS.get(0), 0, Address.of(0xbeef), Wei.of(5), 2, 10), producer.poolHead());
    producer.engine.produce();
    final BlockHeader block = producer.head();
    final Wei baseFee = block.baseFeePerGas().orElseThrow();
    final var state = producer.worldState.at(block.stateRoot());
    assertThat(state.account(TributaryProtocolSpecs.TREASURY).orElseThrow().balance())
        .isEqualTo(baseFee.multiply(21_000));
    assertThat(state.account(TestChain.VALIDATOR.address()).orElseThrow().balance())
        .isEqualTo(Wei.of(2_000_000_000L).multiply(21_000));
  }

  @Test
  void aFollowerReExecutesEveryProducedBlockToTheSameState() {
    final TestChain follower = new TestChain();
    for (int block = 0; block < 5; block++) {
      for (int user = 0; user < USERS.size(); user++) {
        producer.pool.add(transfer(USERS.get(user), block, USERS.get((user + 1) % USERS.size()).address(),
            Wei.of(1_000 + block), 1 + user, 10), producer.poolHead());
      }
      producer.engine.produce();
    }
    for (long n = 1; n <= 5; n++) {
      final ValidationResult<BlockInvalidReason> imported = follower.importer.importBlock(
          producer.chain.blockByNumber(n).orElseThrow());
      assertThat(imported.isValid()).as(imported.message()).isTrue();
    }
    assertThat(follower.head().hash()).isEqualTo(producer.head().hash());
    assertThat(producer.head().gasUsed()).isEqualTo(4 * 21_000);
  }

  @Test
  void aDeploymentIsMinedWithItsCodeStoredAndACallRunsItOnEveryNode() {
    final Address alice = USERS.get(0).address();
    producer.pool.add(TestChain.deployment(USERS.get(0), 0, TestChain.initCodeFor(TestChain.STORE_AND_LOG)),
        producer.poolHead());
    producer.engine.produce();
    final Address contract = ContractAddress.forCreate(alice, 0);
    final Block deployed = producer.chain.blockByNumber(1).orElseThrow();
    assertThat(deployed.body().transactions()).hasSize(1);
    final TransactionReceipt deployReceipt = producer.chain.receipts(deployed.hash()).orElseThrow().get(0);
    assertThat(deployReceipt.success()).isTrue();
    assertThat(producer.worldState.at(producer.head().stateRoot()).code(contract))
        .isEqualTo(TestChain.STORE_AND_LOG);

    final Bytes32 word = Bytes32.leftPad(Bytes.of(0x2a));
    producer.pool.add(TestChain.call(USERS.get(1), 0, contract, word), producer.poolHead());
    producer.engine.produce();
    final Block called = producer.chain.blockByNumber(2).orElseThrow();
    final TransactionReceipt callReceipt = producer.chain.receipts(called.hash()).orElseThrow().get(0);
    assertThat(callReceipt.success()).isTrue();
    assertThat(callReceipt.logs()).singleElement().satisfies(log -> {
      assertThat(log.address()).isEqualTo(contract);
      assertThat(log.topics()).containsExactly(Hash.wrap(word));
    });
    assertThat(producer.worldState.at(producer.head().stateRoot()).storage(contract, UInt256.ZERO))
        .isEqualTo(UInt256.valueOf(0x2a));

    final TestChain follower = new TestChain();
    assertThat(follower.importer.importBlock(deployed).isValid()).isTrue();
    assertThat(follower.importer.importBlock(called).isValid()).isTrue();
    assertThat(follower.head().hash()).isEqualTo(producer.head().hash());
  }

  @Test
  void blockhashSeesTheParentOnTheProducerAndOnEveryFollower() {
    // NUMBER PUSH1 1 SWAP1 SUB BLOCKHASH PUSH1 0 SSTORE STOP: stores the parent's hash in slot 0.
    final Bytes runtime = Bytes.fromHexString("0x4360019003406000550000");
    producer.pool.add(TestChain.deployment(USERS.get(0), 0, TestChain.initCodeFor(runtime)), producer.poolHead());
    producer.engine.produce();
    final Address contract = ContractAddress.forCreate(USERS.get(0).address(), 0);
    producer.pool.add(TestChain.call(USERS.get(0), 1, contract, Bytes.EMPTY), producer.poolHead());
    producer.engine.produce();
    assertThat(producer.worldState.at(producer.head().stateRoot()).storage(contract, UInt256.ZERO))
        .isEqualTo(UInt256.fromBytes(producer.chain.blockByNumber(1).orElseThrow().hash()));

    final TestChain follower = new TestChain();
    for (long n = 1; n <= 2; n++) {
      final ValidationResult<BlockInvalidReason> imported = follower.importer.importBlock(
          producer.chain.blockByNumber(n).orElseThrow());
      assertThat(imported.isValid()).as(imported.message()).isTrue();
    }
    assertThat(follower.head().hash()).isEqualTo(producer.head().hash());
  }

  @Test
  void theBaseFeeFallsWhileBlocksStayBelowTheGasTarget() {
    final TestChain small = new TestChain(new InMemoryKeyValueStorage(), TransactionPoolConfig.DEFAULT);
    for (int i = 0; i < 20; i++) {
      small.pool.add(transfer(USERS.get(i % 4), i / 4), small.poolHead());
    }
    small.engine.produce();
    assertThat(small.head().gasUsed()).isEqualTo(20 * 21_000);
    final Wei parentFee = small.head().baseFeePerGas().orElseThrow();
    small.engine.produce();
    // A child's fee follows its parent's gas: 420,000 gas is far below the 15M target, so the fee falls,
    // by less than the 1/8 an empty parent would take off.
    final Wei childFee = small.head().baseFeePerGas().orElseThrow();
    final Wei emptyParentFee = Wei.of(parentFee.toBigInteger().multiply(java.math.BigInteger.valueOf(7))
        .divide(java.math.BigInteger.valueOf(8)));
    assertThat(childFee).isLessThan(parentFee).isGreaterThan(emptyParentFee);
  }

  @Test
  void aFollowerRefusesTamperedBlocksAndKeepsItsHead() {
    producer.pool.add(transfer(USERS.get(0), 0), producer.poolHead());
    producer.engine.produce();
    final Block good = producer.chain.blockByNumber(1).orElseThrow();
    final TestChain follower = new TestChain();
    final Hash followerHead = follower.head().hash();

    final Block wrongRoot = new Block(good.header().toBuilder().stateRoot(Hash.ZERO).build(), good.body());
    assertThat(follower.importer.importBlock(wrongRoot).reason()).contains(BlockInvalidReason.WRONG_PROPOSER);

    final Block unsealed = new Block(good.header().toBuilder().extraData(new BftExtraData(
        BftExtraData.decode(good.header().extraData()).vanity(), List.of(TestChain.VALIDATOR.address()), 0,
        Optional.empty(), List.of()).encoded()).build(), good.body());
    assertThat(follower.importer.importBlock(unsealed).reason()).contains(BlockInvalidReason.MISSING_PROPOSER_SEAL);

    final BftBlockSealer mallory = new BftBlockSealer(TestChain.key("mallory"), SignatureAlgorithms.get());
    final Block forged = mallory.sealProposal(unsealed);
    assertThat(follower.importer.importBlock(forged).reason()).contains(BlockInvalidReason.WRONG_PROPOSER);

    final BftBlockSealer validator = new BftBlockSealer(TestChain.VALIDATOR, SignatureAlgorithms.get());
    final Block badRootSealed = validator.sealProposal(new Block(unsealed.header().toBuilder().stateRoot(Hash.ZERO)
        .build(), good.body()));
    assertThat(follower.importer.importBlock(badRootSealed).reason())
        .contains(BlockInvalidReason.STATE_ROOT_MISMATCH);

    final Block badFee = validator.sealProposal(new Block(unsealed.header().toBuilder()
        .baseFeePerGas(Wei.of(1)).build(), good.body()));
    assertThat(follower.importer.importBlock(badFee).reason()).contains(BlockInvalidReason.WRONG_BASE_FEE);

    assertThat(follower.head().hash()).isEqualTo(followerHead);
    assertThat(follower.importer.importBlock(good).isValid()).isTrue();
  }

  @Test
  void aBlockWithoutTheParentsCommitSealsIsNotFinalisedOnTop() {
    producer.engine.produce();
    producer.engine.produce();
    final Block second = producer.chain.blockByNumber(2).orElseThrow();
    final TestChain follower = new TestChain();
    follower.importer.importBlock(producer.chain.blockByNumber(1).orElseThrow());
    final BftExtraData extra = BftExtraData.decode(second.header().extraData());
    final Block noSeals = new BftBlockSealer(TestChain.VALIDATOR, SignatureAlgorithms.get()).sealProposal(
        new Block(second.header().toBuilder().extraData(new BftExtraData(extra.vanity(), extra.validators(), 0,
            Optional.empty(), List.of()).encoded()).build(), second.body()));
    assertThat(follower.importer.importBlock(noSeals).reason())
        .contains(BlockInvalidReason.INSUFFICIENT_PARENT_COMMIT_SEALS);
  }

  @Test
  void quorumIsTheCeilingOfTwoThirds() {
    assertThat(BftValidators.quorum(1)).isEqualTo(1);
    assertThat(BftValidators.quorum(3)).isEqualTo(2);
    assertThat(BftValidators.quorum(4)).isEqualTo(3);
    assertThat(BftValidators.quorum(7)).isEqualTo(5);
    assertThat(BftValidators.quorum(100)).isEqualTo(67);
  }
}

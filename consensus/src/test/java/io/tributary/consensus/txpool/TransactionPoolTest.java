package io.tributary.consensus.txpool;

import static io.tributary.consensus.TestChain.USERS;
import static io.tributary.consensus.TestChain.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.consensus.TestChain;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionInvalidReason;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.core.validation.ValidationResult;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import java.util.ArrayList;
import java.util.List;
import io.tributary.vm.ContractAddress;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class TransactionPoolTest {
  private static final KeyPair ALICE = USERS.get(0);
  private static final KeyPair BOB = USERS.get(1);

  private final TestChain chain = new TestChain(new InMemoryKeyValueStorage(), new TransactionPoolConfig(4, 3, 2_048, 10));
  private final TransactionPool pool = chain.pool;

  private ValidationResult<TransactionInvalidReason> add(final Transaction tx) {
    return pool.add(tx, chain.poolHead());
  }

  @Test
  void acceptsAValidTransferAndServesItByHash() {
    final Transaction tx = transfer(ALICE, 0);
    assertThat(add(tx).isValid()).isTrue();
    assertThat(pool.get(tx.hash())).contains(tx);
    assertThat(add(tx).reason()).contains(TransactionInvalidReason.ALREADY_KNOWN);
  }

  @Test
  void acceptsAContractCreationAndACallToCode() {
    final Transaction deploy = TestChain.deployment(ALICE, 0, TestChain.initCodeFor(TestChain.STORE_AND_LOG));
    assertThat(add(deploy).isValid()).isTrue();
    chain.engine.produce();
    final Address contract = ContractAddress.forCreate(ALICE.address(), 0);
    assertThat(chain.worldState.at(chain.head().stateRoot()).code(contract)).isEqualTo(TestChain.STORE_AND_LOG);

    final Transaction call = TestChain.call(BOB, 0, contract, Bytes32.leftPad(Bytes.of(7)));
    assertThat(add(call).isValid()).isTrue();
    assertThat(pool.get(call.hash())).contains(call);
  }

  @Test
  void refusesASenderWithCodeAsEip3607Says() {
    final ValidationResult<TransactionInvalidReason> result = add(transfer(TestChain.CODE_HOLDER, 0));
    assertThat(result.reason()).contains(TransactionInvalidReason.SENDER_HAS_CODE);
    assertThat(result.message()).startsWith("sender not an eoa");
  }

  @Test
  void refusesAStaleNonceWithGethsWording() {
    chain.pool.add(transfer(ALICE, 0), chain.poolHead());
    chain.engine.produce();
    final ValidationResult<TransactionInvalidReason> result = add(transfer(ALICE, 0, Address.of(7), Wei.of(2), 1, 10));
    assertThat(result.reason()).contains(TransactionInvalidReason.NONCE_TOO_LOW);
    assertThat(result.message()).startsWith("nonce too low");
  }

  @Test
  void refusesASenderWhoCannotPay() {
    final ValidationResult<TransactionInvalidReason> result = add(transfer(ALICE, 0, Address.of(7), Wei.ofTrib(100),
        1, 10));
    assertThat(result.reason()).contains(TransactionInvalidReason.UPFRONT_COST_EXCEEDS_BALANCE);
    assertThat(result.message()).startsWith("insufficient funds for gas * price + value");
  }

  @Test
  void refusesAFeeCapBelowTheNextBaseFee() {
    final Transaction cheap = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(TestChain.CHAIN_ID).nonce(0).maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(Wei.of(1)).gasLimit(21_000)
        .to(Address.of(7)).value(Wei.ZERO), ALICE);
    final ValidationResult<TransactionInvalidReason> result = add(cheap);
    assertThat(result.reason()).contains(TransactionInvalidReason.FEE_CAP_BELOW_BASE_FEE);
    assertThat(result.message()).startsWith("max fee per gas less than block base fee");
  }

  @Test
  void refusesTooLittleGasAWrongChainAndOversizedData() {
    final Transaction lowGas = TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY)
        .chainId(TestChain.CHAIN_ID).nonce(0).gasPrice(Wei.of(10_000_000_000L)).gasLimit(20_000).to(Address.of(7))
        .value(Wei.ZERO), ALICE);
    assertThat(add(lowGas).reason()).contains(TransactionInvalidReason.INTRINSIC_GAS_TOO_LOW);
    assertThat(add(lowGas).message()).startsWith("intrinsic gas too low");

    final Transaction otherChain = TransactionSigner.sign(Transaction.builder().type(TransactionType.LEGACY)
        .chainId(1L).nonce(0).gasPrice(Wei.of(10_000_000_000L)).gasLimit(21_000).to(Address.of(7))
        .value(Wei.ZERO), ALICE);
    assertThat(add(otherChain).reason()).contains(TransactionInvalidReason.WRONG_CHAIN_ID);
    assertThat(add(otherChain).message()).startsWith("invalid chain id for signer");

    final Transaction big = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(TestChain.CHAIN_ID).nonce(0).maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(Wei.of(10_000_000_000L))
        .gasLimit(1_000_000).to(Address.of(7)).data(Bytes.wrap(new byte[4_000])).value(Wei.ZERO), ALICE);
    assertThat(add(big).reason()).contains(TransactionInvalidReason.OVERSIZED);
    assertThat(add(big).message()).startsWith("oversized data");
  }

  @Test
  void replacesOnlyWhenBothFeesRiseByTenPercent() {
    add(transfer(ALICE, 0, Address.of(7), Wei.of(1), 10, 100));
    final ValidationResult<TransactionInvalidReason> tooLittle = add(transfer(ALICE, 0, Address.of(8), Wei.of(1), 10,
        200));
    assertThat(tooLittle.reason()).contains(TransactionInvalidReason.REPLACEMENT_UNDERPRICED);
    assertThat(tooLittle.message()).startsWith("replacement transaction underpriced");

    final Transaction bumped = transfer(ALICE, 0, Address.of(8), Wei.of(1), 11, 110);
    assertThat(add(bumped).isValid()).isTrue();
    assertThat(pool.size()).isEqualTo(1);
    assertThat(pool.executable(Wei.of(1_000_000_000L), a -> 0L)).containsExactly(bumped);
  }

  @Test
  void limitsHowFarAheadOneSenderMayQueue() {
    for (int nonce = 0; nonce < 3; nonce++) {
      assertThat(add(transfer(ALICE, nonce)).isValid()).isTrue();
    }
    assertThat(add(transfer(ALICE, 3)).reason()).contains(TransactionInvalidReason.SENDER_LIMIT_REACHED);
  }

  @Test
  void evictsTheCheapestWhenFullAndRefusesWhatPaysLess() {
    add(transfer(ALICE, 0, Address.of(7), Wei.of(1), 5, 50));
    add(transfer(ALICE, 1, Address.of(7), Wei.of(1), 1, 50));
    add(transfer(BOB, 0, Address.of(7), Wei.of(1), 3, 50));
    add(transfer(BOB, 1, Address.of(7), Wei.of(1), 3, 50));

    assertThat(add(transfer(USERS.get(2), 0, Address.of(7), Wei.of(1), 1, 10)).reason())
        .contains(TransactionInvalidReason.POOL_FULL);
    final Transaction generous = transfer(USERS.get(2), 0, Address.of(7), Wei.of(1), 4, 50);
    assertThat(add(generous).isValid()).isTrue();
    assertThat(pool.size()).isEqualTo(4);
    assertThat(pool.nextNonce(ALICE.address(), 0)).hasValue(1);
  }

  @Test
  void offersEachSendersRunInNonceOrderBestTipFirst() {
    final Transaction alice0 = transfer(ALICE, 0, Address.of(7), Wei.of(1), 1, 50);
    final Transaction alice1 = transfer(ALICE, 1, Address.of(7), Wei.of(1), 9, 50);
    final Transaction bob0 = transfer(BOB, 0, Address.of(7), Wei.of(1), 5, 50);
    final Transaction bobGap = transfer(BOB, 2, Address.of(7), Wei.of(1), 50, 50);
    List.of(alice1, bobGap, alice0, bob0).forEach(this::add);

    assertThat(pool.executable(Wei.of(1_000_000_000L), a -> 0L)).containsExactly(bob0, alice0, alice1);
    assertThat(pool.nextNonce(BOB.address(), 0)).hasValue(1);
    assertThat(pool.nextNonce(USERS.get(3).address(), 0)).isEmpty();
  }

  @Test
  void forgetsTransactionsMinedInANewBlock() {
    final List<Transaction> notified = new ArrayList<>();
    pool.subscribe(notified::add);
    add(transfer(ALICE, 0));
    add(transfer(ALICE, 1));
    chain.engine.produce();
    assertThat(pool.size()).isZero();
    assertThat(notified).hasSize(2);
  }
}

package io.tributary.rpc.methods;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.AbiFunction;
import io.tributary.core.block.TransactionReceipt;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.rpc.JsonRpcMethods;
import io.tributary.state.ai.AiGenesis;
import io.tributary.state.gov.GovGenesis;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.ProposalKind;
import io.tributary.state.gov.VoteOption;
import io.tributary.state.world.WorldUpdater;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A chain whose blocks ran the Governance module through real transactions, served with the gov_ methods. Genesis
 * writes {@link #PARAMS} (10 TRIB minimum deposit, 3-block deposit and 4-block voting periods, Cosmos's quorum,
 * threshold and veto) and gives Alice, Bob and Carol 100 TRIB each: a total supply of 300 TRIB.
 * <ul>
 *   <li>1: Alice submits text proposal 1 with 4 TRIB; Bob submits proposal 2, a treasury spend of 1,000 wei to
 *       Carol, with 10 TRIB (its voting runs in blocks 1 to 4); Carol submits proposal 3, votingPeriod = 10, with no
 *       deposit</li>
 *   <li>2: Bob deposits 6 TRIB on proposal 1 (its voting runs in blocks 2 to 5); Alice votes Yes on 2 locking 90
 *       TRIB; Carol votes NoWithVeto on 2 locking 20 TRIB</li>
 *   <li>3: Carol deploys a contract whose creation logs a look-alike {@code Voted(1, Alice)}; Bob votes Yes on 1
 *       locking 50 TRIB; Alice votes No and Carol Abstain on 1 with the locks they have</li>
 *   <li>4: Carol finalizes proposal 3 (expired)</li>
 *   <li>5: Bob finalizes proposal 2 (passed: 110 of 300 TRIB voted, 90 Yes, 20 NoWithVeto), which pays Carol</li>
 * </ul>
 */
final class GovChain extends ChainFixture {
  static final KeyPair ALICE = key("alice");
  static final KeyPair BOB = key("bob");
  static final KeyPair CAROL = key("carol");
  static final GovParams PARAMS = new GovParams(Wei.ofTrib(10), 3, 4, 3_340, 5_000, 3_340);
  static final Wei SPEND = Wei.of(1_000);

  private final Map<Address, Long> nonces = new HashMap<>();

  GovChain() {
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    AiGenesis.install(state);
    GovGenesis.install(state, PARAMS);
    for (final KeyPair k : List.of(ALICE, BOB, CAROL)) {
      state.setBalance(k.address(), Wei.ofTrib(100));
    }
    GovGenesis.recordTotalSupply(state, Wei.ofTrib(300));
    commitGenesis(state);

    mineSucceeding(List.of(
        submit(ALICE, ProposalKind.TEXT, "Adopt the charter", Bytes.EMPTY, Wei.ofTrib(4)),
        submit(BOB, ProposalKind.TREASURY_SPEND, "Pay Carol", spend(CAROL.address(), SPEND), Wei.ofTrib(10)),
        submit(CAROL, ProposalKind.PARAMETER_CHANGE, "Longer votes", parameter("votingPeriod", 10), Wei.ZERO)));
    mineSucceeding(List.of(
        gov(BOB, Wei.ofTrib(6), GovernanceModule.DEPOSIT.encodeCall(UInt256.valueOf(1))),
        vote(ALICE, 2, VoteOption.YES, Wei.ofTrib(90)),
        vote(CAROL, 2, VoteOption.NO_WITH_VETO, Wei.ofTrib(20))));
    mineSucceeding(List.of(lookAlike(CAROL, 1, ALICE.address()), vote(BOB, 1, VoteOption.YES, Wei.ofTrib(50)),
        vote(ALICE, 1, VoteOption.NO, Wei.ZERO), vote(CAROL, 1, VoteOption.ABSTAIN, Wei.ZERO)));
    mineSucceeding(List.of(gov(CAROL, Wei.ZERO, GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(3)))));
    mineSucceeding(List.of(gov(BOB, Wei.ZERO, GovernanceModule.FINALIZE.encodeCall(UInt256.valueOf(2)))));

    serve(new JsonRpcMethods()
        .register(new GovGetProposal(queries, archive))
        .register(new GovListProposals(queries, archive))
        .register(new GovGetTally(queries, archive))
        .register(new GovGetParams(queries, archive, schedule))
        .register(new GovGetVotes(queries, archive)));
  }

  /** {@code abi.encode(string name, uint256 value)}. */
  private static Bytes parameter(final String name, final long value) {
    return AbiFunction.parse("p(string,uint256)", "").encodeCall(name, UInt256.valueOf(value)).slice(4);
  }

  /** {@code abi.encode(address recipient, uint256 amount)}. */
  private static Bytes spend(final Address recipient, final Wei amount) {
    return AbiFunction.parse("p(address,uint256)", "").encodeCall(recipient, amount.toUInt256()).slice(4);
  }

  private Transaction submit(final KeyPair who, final ProposalKind kind, final String title, final Bytes payload,
      final Wei deposit) {
    return gov(who, deposit, GovernanceModule.SUBMIT.encodeCall(UInt256.valueOf(kind.code()), title,
        "why: " + title, payload));
  }

  private Transaction vote(final KeyPair who, final long id, final VoteOption option, final Wei lock) {
    return gov(who, lock, GovernanceModule.VOTE.encodeCall(UInt256.valueOf(id), UInt256.valueOf(option.code())));
  }

  /** A contract creation whose init code logs {@code Voted(id, voter)} with the module's event topic, then stops. */
  private Transaction lookAlike(final KeyPair from, final long id, final Address voter) {
    final Bytes init = Bytes.concatenate(Bytes.of(0x7f), Bytes32.leftPad(voter), Bytes.of(0x7f),
        UInt256.valueOf(id), Bytes.of(0x7f), GovernanceModule.VOTED.topic(), Bytes.of(0x60, 0, 0x60, 0, 0xa3, 0x00));
    final long nonce = nonces.merge(from.address(), 1L, Long::sum) - 1;
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID)
        .nonce(nonce).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(5_000_000)
        .value(Wei.ZERO).data(init), from);
  }

  private Transaction gov(final KeyPair from, final Wei value, final Bytes data) {
    final long nonce = nonces.merge(from.address(), 1L, Long::sum) - 1;
    return TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559).chainId(CHAIN_ID)
        .nonce(nonce).maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(5_000_000)
        .to(GovernanceModule.ADDRESS).value(value).data(data), from);
  }

  /** Mines {@code txs}; fails the test if one of them reverted. */
  private void mineSucceeding(final List<Transaction> txs) {
    final long number = head().number() + 1;
    for (final TransactionReceipt receipt : mine(txs)) {
      assertThat(receipt.success()).as("a transaction of block %s reverted", number).isTrue();
    }
  }
}

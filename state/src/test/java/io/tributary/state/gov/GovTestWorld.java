package io.tributary.state.gov;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.abi.RevertReason;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.core.transaction.Transaction;
import io.tributary.core.transaction.TransactionSigner;
import io.tributary.core.transaction.TransactionType;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.ai.AiAddresses;
import io.tributary.state.ai.AiGenesis;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.processing.BlockContext;
import io.tributary.state.processing.TransactionProcessingResult;
import io.tributary.state.processing.TransactionProcessor;
import io.tributary.state.spec.ProtocolSpec;
import io.tributary.state.spec.TributaryProtocolSpecs;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.world.WorldUpdater;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * A genesis state with the modules installed, governance parameters written, balances allocated and the total supply
 * recorded as GenesisBlock does; signed calls run one by one at a block number the test moves on.
 */
final class GovTestWorld {
  static final long CHAIN_ID = 7357;
  static final Address PRODUCER = Address.of(0xc0ffee);
  static final Wei GWEI = Wei.of(1_000_000_000L);
  /** The genesis validator set (in state, where VALIDATOR_CHANGE proposals change it). */
  static final List<Address> VALIDATORS = List.of(Address.of(0xa1), Address.of(0xa2), Address.of(0xa3),
      Address.of(0xa4));
  static final ProtocolSpec SPEC = TributaryProtocolSpecs.genesisSpec(CHAIN_ID);

  final TransactionProcessor processor = new TransactionProcessor(SPEC);
  final WorldUpdater world = new WorldStateArchive(new InMemoryKeyValueStorage()).updater(Hash.EMPTY_TRIE_HASH);
  private final Map<Address, Long> nonces = new HashMap<>();
  long block = 1;

  /** {@code alloc}: the genesis balances (the treasury's included); their sum is the total supply. */
  GovTestWorld(final GovParams params, final Map<Address, Wei> alloc) {
    AiGenesis.install(world);
    GovGenesis.install(world, params);
    Wei supply = Wei.ZERO;
    for (final Map.Entry<Address, Wei> entry : alloc.entrySet()) {
      world.getOrCreate(entry.getKey());
      world.setBalance(entry.getKey(), entry.getValue());
      supply = supply.add(entry.getValue());
    }
    GovGenesis.recordTotalSupply(world, supply);
    GovGenesis.installValidators(world, VALIDATORS);
  }

  static KeyPair key(final int b) {
    return SignatureAlgorithms.get().createKeyPair(Bytes32.fromHexString("0x" + String.format("%02x", b).repeat(32)));
  }

  BlockContext context() {
    return new BlockContext(block, 10 * block, PRODUCER, GWEI, 30_000_000);
  }

  TransactionProcessingResult send(final KeyPair from, final Wei value, final Bytes data) {
    final long nonce = nonces.getOrDefault(from.address(), 0L);
    final Transaction tx = TransactionSigner.sign(Transaction.builder().type(TransactionType.EIP1559)
        .chainId(CHAIN_ID).nonce(nonce).maxPriorityFeePerGas(Wei.ZERO).maxFeePerGas(GWEI).gasLimit(5_000_000)
        .to(GovernanceModule.ADDRESS).value(value).data(data), from);
    final TransactionProcessingResult result = processor.process(world, context(), tx, 30_000_000);
    assertThat(result.isInvalid()).as("%s", result.validity()).isFalse();
    nonces.put(from.address(), nonce + 1);
    return result;
  }

  /** What {@code result} cost its sender, all of it paid to the treasury (base fee; the tip is zero). */
  static Wei fee(final TransactionProcessingResult result) {
    return GWEI.multiply(result.gasUsed());
  }

  void advanceTo(final long number) {
    block = number;
  }

  GovReader reader() {
    return GovernanceModule.reader(new WorldUpdaterEvmWorld(world), GovParams.DEFAULT);
  }

  Wei balance(final Address address) {
    return world.balance(address);
  }

  Wei treasury() {
    return balance(AiAddresses.TREASURY);
  }

  static String revertReason(final TransactionProcessingResult result) {
    return RevertReason.decode(result.output()).orElse("<no reason: " + result.output() + ">");
  }

  static TransactionProcessingResult succeeds(final TransactionProcessingResult result) {
    assertThat(result.success()).as(revertReason(result)).isTrue();
    return result;
  }

  static void revertsWith(final TransactionProcessingResult result, final String name) {
    assertThat(result.success()).as("expected %s", name).isFalse();
    assertThat(revertReason(result)).startsWith(name + ":");
  }
}

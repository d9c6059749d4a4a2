package io.tributary.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.types.Address;
import io.tributary.core.types.Wei;
import io.tributary.state.evm.WorldUpdaterEvmWorld;
import io.tributary.state.gov.GovParams;
import io.tributary.state.gov.GovReader;
import io.tributary.state.gov.GovernanceModule;
import io.tributary.state.gov.ValidatorSetStore;
import io.tributary.state.storage.InMemoryKeyValueStorage;
import io.tributary.state.world.WorldStateArchive;
import java.math.BigInteger;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

class GenesisFileTest {
  private static final String GETH_LIKE = """
      {
        "config": { "chainId": 7357, "londonBlock": 0 },
        "difficulty": "0x0",
        "gasLimit": "0x1c9c380",
        "alloc": {
          "f39Fd6e51aad88F6F4ce6aB8827279cffFb92266": { "balance": "10000000000000000000000" },
          "0x70997970C51812dc3A010C7d01b50e0d17dc79C8": { "balance": "0x21e19e0c9bab2400000", "nonce": "0x2" },
          "0x00000000000000000000000000000000000000aa": {
            "balance": "0", "code": "0x6000", "storage": { "0x01": "0x2a", "0x02": "0x00" }
          }
        }
      }
      """;

  @Test
  void readsAMinimalGethGenesis() {
    final GenesisConfig config = GenesisFile.parse(GETH_LIKE);
    assertThat(config.chainId()).isEqualTo(7357);
    assertThat(config.gasLimit()).isEqualTo(30_000_000);
    assertThat(config.baseFeePerGas()).isEqualTo(GenesisConfig.DEFAULT_BASE_FEE);
    assertThat(config.validators()).isEmpty();
    assertThat(config.alloc()).hasSize(3);
    assertThat(config.alloc().get(Address.fromHexString("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")).balance())
        .isEqualTo(Wei.ofTrib(10_000));
    final GenesisAccount second = config.alloc().get(Address.fromHexString("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"));
    assertThat(second.balance().toBigInteger()).isEqualTo(new BigInteger("10000000000000000000000"));
    assertThat(second.nonce()).isEqualTo(2);
    final GenesisAccount contract = config.alloc().get(Address.of(0xaa));
    assertThat(contract.code()).isEqualTo(Bytes.fromHexString("0x6000"));
    assertThat(contract.storage()).containsOnlyKeys(UInt256.ONE);
  }

  @Test
  void buildsTheSameGenesisBlockWhateverTheOrderOfTheFile() {
    final GenesisConfig config = GenesisFile.parse(GETH_LIKE).withValidators(List.of(Address.of(0x1)));
    final String reordered = GETH_LIKE.replace("\"gasLimit\": \"0x1c9c380\",", "")
        .replace("\"config\"", "\"gasLimit\": 30000000, \"config\"");
    final GenesisConfig same = GenesisFile.parse(reordered).withValidators(List.of(Address.of(0x1)));
    final GenesisBlock a = GenesisBlock.of(config, new WorldStateArchive(new InMemoryKeyValueStorage()));
    final GenesisBlock b = GenesisBlock.of(same, new WorldStateArchive(new InMemoryKeyValueStorage()));
    assertThat(a.block().hash()).isEqualTo(b.block().hash());
    assertThat(a.block().header().stateRoot()).isNotEqualTo(io.tributary.core.types.Hash.EMPTY_TRIE_HASH);
  }

  @Test
  void theGenesisBlockInstallsGovernanceWithItsParametersAndTheAllocsSumAsTotalSupply() {
    final GenesisConfig config = GenesisFile.parse(GETH_LIKE).withValidators(List.of(Address.of(0x1)));
    final GenesisBlock genesis = GenesisBlock.of(config, new WorldStateArchive(new InMemoryKeyValueStorage()));
    final GovReader gov = GovernanceModule.reader(new WorldUpdaterEvmWorld(genesis.state()), GovParams.DEFAULT);
    assertThat(gov.totalSupply()).isEqualTo(Wei.ofTrib(20_000));
    assertThat(gov.params()).isEqualTo(GovParams.DEFAULT);
    assertThat(genesis.state().code(GovernanceModule.ADDRESS)).isEqualTo(Bytes.of(0xfe));
  }

  @Test
  void anAllocRestoringAHugeValidatorSetSizeIntoGovernanceStillBuildsTheBlockWithTheFilesValidators() {
    // Found by GenesisFileFuzzTest: slot 30 of the Governance module holds the set's size, and writing the genesis
    // set cleared every slot up to the size it found there (a hang), or failed when it did not fit a long.
    for (final String size : List.of("0x10000000", "0x" + "f".repeat(64))) {
      final GenesisConfig config = GenesisFile.parse("""
          {"config": {"chainId": 1, "tributary": {"validators": ["0x0000000000000000000000000000000000000001"]}},
           "alloc": {"0x00000000000000000000000000000000000a7004": {"balance": "0", "code": "0xfe",
                     "storage": {"0x1e": "%s"}}}}""".formatted(size));
      final GenesisBlock genesis = GenesisBlock.of(config, new WorldStateArchive(new InMemoryKeyValueStorage()));
      assertThat(ValidatorSetStore.read(new WorldUpdaterEvmWorld(genesis.state()))).containsExactly(Address.of(0x1));
    }
  }

  @Test
  void aGenesisFileSetsGovernanceParametersAndTheRestKeepTheirDefaults() {
    final GenesisConfig config = GenesisFile.parse("""
        {"config": {"chainId": 1, "tributary": {"validators": ["0x0000000000000000000000000000000000000001"],
         "governance": {"votingPeriod": 201600, "quorumBps": "4000", "minDeposit": "0x3635c9adc5dea00000"}}}}""");
    final GovParams expected = new GovParams(Wei.ofTrib(1_000), GovParams.DEFAULT.depositPeriod(), 201_600, 4_000,
        GovParams.DEFAULT.thresholdBps(), GovParams.DEFAULT.vetoBps());
    assertThat(config.governance()).isEqualTo(expected);

    final GenesisBlock genesis = GenesisBlock.of(config, new WorldStateArchive(new InMemoryKeyValueStorage()));
    assertThat(GovernanceModule.reader(new WorldUpdaterEvmWorld(genesis.state()), GovParams.DEFAULT).params())
        .isEqualTo(expected);
  }

  @Test
  void refusesAnUnknownGovernanceParameterOrAValueNoProposalCouldSet() {
    assertThatThrownBy(() -> GenesisFile.parse("""
        {"config": {"chainId": 1, "tributary": {"governance": {"quorum": 10}}}}"""))
        .hasMessageStartingWith("config.tributary.governance.quorum: not a governance parameter (minDeposit,");
    assertThatThrownBy(() -> GenesisFile.parse("""
        {"config": {"chainId": 1, "tributary": {"governance": {"thresholdBps": 10000}}}}"""))
        .hasMessage("config.tributary.governance.thresholdBps: is 10000, outside 1..9999 (the range a proposal could"
            + " set)");
  }

  @Test
  void readsTheValidatorSetFromTheTributarySection() {
    final GenesisConfig config = GenesisFile.parse("""
        {"config": {"chainId": 1, "tributary": {"validators": ["0x0000000000000000000000000000000000000002",
         "0x0000000000000000000000000000000000000001"]}}}""");
    assertThat(config.validators()).containsExactly(Address.of(1), Address.of(2));
  }

  @Test
  void saysWhatIsWrongWithABadFile() {
    assertThatThrownBy(() -> GenesisFile.parse("{\"config\": {}}")).hasMessage("config.chainId: missing");
    assertThatThrownBy(() -> GenesisFile.parse("{}")).hasMessage("config: missing (it holds at least chainId)");
    assertThatThrownBy(() -> GenesisFile.parse("{\"config\": {\"chainId\": 1"))
        .hasMessageStartingWith("genesis: not valid JSON");
    assertThatThrownBy(() -> GenesisFile.parse("[]"))
        .hasMessage("genesis: must be a JSON object holding config and alloc, got array");
    assertThatThrownBy(() -> GenesisFile.parse(""))
        .hasMessage("genesis: the file is empty: a genesis is a JSON object");
    assertThatThrownBy(() -> GenesisFile.parse("{\"config\": [1]}"))
        .hasMessage("config: must be an object of chain settings, got [1]");
  }

  @Test
  void refusesAGenesisWithoutValidatorsWhenBuildingTheBlock() {
    assertThatThrownBy(() -> GenesisBlock.of(GenesisFile.parse(GETH_LIKE),
        new WorldStateArchive(new InMemoryKeyValueStorage())))
        .hasMessageContaining("validator set is empty");
  }
}

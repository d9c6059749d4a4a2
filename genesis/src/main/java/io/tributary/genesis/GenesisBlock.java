package io.tributary.genesis;

import io.tributary.core.block.BftExtraData;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockBody;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import io.tributary.core.types.Wei;
import io.tributary.state.world.WorldStateArchive;
import io.tributary.state.ai.AiGenesis;
import io.tributary.state.gov.GovGenesis;
import io.tributary.state.world.WorldUpdater;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/** The genesis block and state a {@link GenesisConfig} describes. */
public record GenesisBlock(Block block, WorldUpdater state) {
  private static final Bytes VANITY = Bytes.wrap(new byte[BftExtraData.VANITY_BYTES]);

  public static GenesisBlock of(final GenesisConfig config, final WorldStateArchive archive) {
    if (config.validators().isEmpty()) {
      throw new GenesisException("genesis: the validator set is empty (config.tributary.validators)");
    }
    final WorldUpdater state = archive.updater(Hash.EMPTY_TRIE_HASH);
    AiGenesis.install(state); // first, so that an exported state's alloc restores the modules' storage over it
    GovGenesis.install(state, config.governance());
    Wei supply = Wei.ZERO;
    for (final Map.Entry<Address, GenesisAccount> entry : config.alloc().entrySet()) {
      final Address address = entry.getKey();
      final GenesisAccount account = entry.getValue();
      state.getOrCreate(address);
      state.setBalance(address, account.balance());
      supply = supply.add(account.balance());
      state.setNonce(address, account.nonce());
      if (!account.code().isEmpty()) {
        state.setCode(address, account.code());
      }
      account.storage().forEach((slot, value) -> state.setStorage(address, slot, value));
    }
    // After the alloc, so that a file's parameters win over the storage an exported state restores.
    GovGenesis.installParams(state, config.governance());
    try {
      GovGenesis.installAiParams(state, config.aiParams());
      GovGenesis.installChainParams(state, config.chainParams());
    } catch (final IllegalArgumentException e) {
      throw new GenesisException("genesis: " + e.getMessage());
    }
    GovGenesis.recordTotalSupply(state, supply); // nothing is minted later: the quorum's denominator for good
    GovGenesis.installValidators(state, config.validators()); // consensus reads each height's set from state
    final BftExtraData extra = new BftExtraData(VANITY, config.validators(), 0, Optional.empty(), List.of());
    final BlockHeader header = BlockHeader.builder()
        .number(0)
        .parentHash(Hash.ZERO)
        .coinbase(Address.ZERO)
        .stateRoot(archive.rootAfter(state))
        .gasLimit(config.gasLimit())
        .gasUsed(0)
        .timestamp(config.timestamp())
        .extraData(extra.encoded())
        .tributaryCancunFields(config.baseFeePerGas())
        .build();
    return new GenesisBlock(new Block(header, BlockBody.of(List.of())), state);
  }
}

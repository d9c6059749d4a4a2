package io.tributary.node.consensus;

import io.tributary.consensus.bft.ports.BftChain;
import io.tributary.consensus.chain.NextBlockRules;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.types.Address;
import io.tributary.state.chain.ChainStore;
import java.util.List;
import java.util.Optional;

/** The engine's view of the chain: the stored head and the certificate committed with it. */
public final class ChainStoreBftChain implements BftChain {
  private final ChainStore chain;
  private final NextBlockRules rules;

  public ChainStoreBftChain(final ChainStore chain, final NextBlockRules rules) {
    this.chain = chain;
    this.rules = rules;
  }

  /** From the parent's state, where genesis put the first set and governance changes it. */
  @Override
  public List<Address> validatorsAfter(final BlockHeader parent) {
    return rules.validators(parent);
  }

  @Override
  public BlockHeader head() {
    return chain.headHeader().orElseThrow(() -> new IllegalStateException("no genesis block"));
  }

  @Override
  public Optional<CommitCertificate> headCertificate() {
    final BlockHeader head = head();
    return head.number() == 0 ? Optional.empty() : chain.certificate(head.hash());
  }
}

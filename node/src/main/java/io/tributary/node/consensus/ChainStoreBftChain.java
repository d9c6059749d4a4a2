package io.tributary.node.consensus;

import io.tributary.consensus.bft.ports.BftChain;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.state.chain.ChainStore;
import java.util.Optional;

/** The engine's view of the chain: the stored head and the certificate committed with it. */
public final class ChainStoreBftChain implements BftChain {
  private final ChainStore chain;

  public ChainStoreBftChain(final ChainStore chain) {
    this.chain = chain;
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

package io.tributary.node.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.block.Block;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.SignatureAlgorithms;
import io.tributary.p2p.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class BlockSynchronizerTest {
  private static final SyncTestChain SOURCE = new SyncTestChain().produce(300);

  private final SyncTestChain follower = new SyncTestChain();
  private final FakePeers peers = new FakePeers();

  private BlockSynchronizer synchronizer() {
    return new BlockSynchronizer(follower.chain, follower.importer, peers, Clock.systemUTC(), 64);
  }

  @Test
  void importsEveryBlockUpToTheBestPeersHeadWithItsCertificate() throws InterruptedException {
    peers.add(peer(1), SOURCE, UnaryOperator.identity());

    assertThat(synchronizer().syncToBestPeer()).isEqualTo(300);

    assertThat(follower.head().hash()).isEqualTo(SOURCE.head().hash());
    assertThat(follower.chain.certificate(SOURCE.head().hash())).isPresent();
    assertThat(peers.penalties).isEmpty();
  }

  @Test
  void aPeerSendingABlockWhoseCertificateDoesNotVerifyIsPenalisedAndAnotherIsAsked()
      throws InterruptedException {
    peers.add(peer(1), SOURCE, answer -> FinalBlock.encodeList(FinalBlock.decodeList(answer, 128).stream()
        .map(b -> new FinalBlock(b.block(), new CommitCertificate(b.block().hash(), 0, List.of()))).toList()));
    peers.add(peer(2), SOURCE, UnaryOperator.identity());

    synchronizer().syncToBestPeer();

    assertThat(follower.head().hash()).isEqualTo(SOURCE.head().hash());
    assertThat(peers.penalties).isNotEmpty().allMatch(p -> p.startsWith(peer(1).toHexString().substring(0, 8))
        && p.contains("commit seals"));
  }

  @Test
  void aPeerSendingGarbageIsPenalisedForAMalformedRange() throws InterruptedException {
    peers.add(peer(1), SOURCE, answer -> Bytes.fromHexString("0xc3010203"));

    assertThat(synchronizer().syncToBestPeer()).isZero();

    assertThat(follower.head().number()).isZero();
    assertThat(peers.penalties).isNotEmpty().allMatch(p -> p.contains("malformed block range"));
  }

  @Test
  void aBlockTamperedAfterItsCertificateIsRefusedAsDecodingMismatch() throws InterruptedException {
    peers.add(peer(1), SOURCE, answer -> {
      final List<Bytes> items = new ArrayList<>();
      final Block first = SOURCE.chain.blockByNumber(1).orElseThrow();
      final Block other = new Block(first.header().toBuilder().gasUsed(7).build(), first.body());
      return Bytes.fromHexString(FinalBlock.encodeList(List.of(new FinalBlock(other, new CommitCertificate(
          other.hash(), 0, List.of(SignatureAlgorithms.get().sign(
              io.tributary.core.block.BftExtraData.commitSealHash(other.hash()), SyncTestChain.VALIDATOR))))))
          .toHexString());
    });

    synchronizer().syncToBestPeer();

    assertThat(follower.head().number()).isZero();
    assertThat(peers.penalties).isNotEmpty().allMatch(p -> p.contains("invalid block #1"));
  }

  @Test
  void servesAtMostTheBlocksItHasAndStopsAtTheHead() {
    final BlockRangeServer server = new BlockRangeServer(SOURCE.chain);

    assertThat(server.blocks(new BlockRangeRequest(290, 64))).hasSize(11);
    assertThat(server.blocks(new BlockRangeRequest(301, 5))).isEmpty();
    assertThat(FinalBlock.decodeList(server.serve(new BlockRangeRequest(1, 3).encoded()), 3))
        .extracting(b -> b.block().number()).containsExactly(1L, 2L, 3L);
  }

  private static NodeId peer(final int n) {
    return new NodeId(Bytes.repeat((byte) n, NodeId.SIZE));
  }

  /** Peers served by a chain's range server, each answer passed through a tamperer. */
  private static final class FakePeers implements SyncPeers {
    private final Map<NodeId, UnaryOperator<Bytes>> tamper = new LinkedHashMap<>();
    private final Map<NodeId, SyncTestChain> chains = new LinkedHashMap<>();
    final List<String> penalties = new ArrayList<>();

    void add(final NodeId id, final SyncTestChain chain, final UnaryOperator<Bytes> tamperer) {
      chains.put(id, chain);
      tamper.put(id, tamperer);
    }

    @Override
    public List<PeerHead> heads() {
      return chains.entrySet().stream().map(e -> new PeerHead(e.getKey(), e.getValue().head().number())).toList();
    }

    @Override
    public CompletableFuture<Bytes> requestBlocks(final NodeId peer, final Bytes request, final Duration timeout) {
      final Bytes answer = new BlockRangeServer(chains.get(peer).chain).serve(request);
      return CompletableFuture.completedFuture(tamper.get(peer).apply(answer));
    }

    @Override
    public void penalize(final NodeId peer, final String reason) {
      penalties.add(peer.toHexString().substring(0, 8) + ": " + reason);
    }
  }
}

package io.tributary.consensus.bft.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.consensus.bft.message.BftMessageCodec;
import io.tributary.consensus.bft.ports.BftChain;
import io.tributary.consensus.bft.ports.BftEventListener;
import io.tributary.consensus.bft.ports.BftPorts;
import io.tributary.consensus.bft.sim.SimBlocks;
import io.tributary.consensus.bft.statemachine.BftConfig;
import io.tributary.consensus.bft.validation.MessageInvalidReason;
import io.tributary.consensus.bft.wal.FileBftWal;
import io.tributary.consensus.bft.wal.WalCorruptedException;
import io.tributary.core.block.Block;
import io.tributary.core.block.BlockHeader;
import io.tributary.core.block.CommitCertificate;
import io.tributary.core.crypto.KeyPair;
import io.tributary.core.crypto.SignatureAlgorithms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BftServiceTest {
  @TempDir
  Path dir;

  /** A chain the node would keep: imported blocks and their certificates, read by the engine's thread. */
  private static final class Chain implements BftChain {
    final BlockHeader genesis;
    final List<Block> blocks = new CopyOnWriteArrayList<>();
    final List<CommitCertificate> certificates = new CopyOnWriteArrayList<>();

    Chain(final BlockHeader genesis) {
      this.genesis = genesis;
    }

    @Override
    public BlockHeader head() {
      return blocks.isEmpty() ? genesis : blocks.get(blocks.size() - 1).header();
    }

    @Override
    public Optional<CommitCertificate> headCertificate() {
      return certificates.isEmpty() ? Optional.empty() : Optional.of(certificates.get(certificates.size() - 1));
    }
  }

  private BftService service(final Chain chain, final KeyPair key, final CountDownLatch committed) {
    final SimBlocks blocks = new SimBlocks();
    final BftMessageCodec codec = new BftMessageCodec(7357, SignatureAlgorithms.get());
    final BftPorts ports = new BftPorts(chain,
        (parent, round, seals) -> SimBlocks.create(key, parent, round, seals, 0, false),
        blocks.validator(), message -> {}, null,
        (block, certificate) -> {
          chain.blocks.add(block);
          chain.certificates.add(certificate);
          committed.countDown();
        },
        (own, highest, count) -> {}, new BftEventListener() {});
    return new BftService(BftConfig.withBlockPeriod(20), codec, key, ports,
        FileBftWal.open(dir.resolve("bft").resolve("consensus.wal")), Clock.systemUTC());
  }

  @Test
  void aOneValidatorNetworkCommitsABlockEveryPeriodOnItsEventThread() throws Exception {
    final List<KeyPair> keys = SimBlocks.keys(1);
    final Chain chain = new Chain(SimBlocks.genesis(keys));
    final CountDownLatch committed = new CountDownLatch(5);
    try (BftService service = service(chain, keys.get(0), committed)) {
      service.start();
      assertThat(committed.await(10, TimeUnit.SECONDS)).as(service.describe()).isTrue();
    }
    assertThat(chain.blocks.size()).isGreaterThanOrEqualTo(5);
    for (int i = 0; i < chain.blocks.size(); i++) {
      assertThat(chain.blocks.get(i).number()).isEqualTo(i + 1);
    }
  }

  @Test
  void malformedBytesFromAPeerAreReportedAndChangeNothing() throws Exception {
    final List<KeyPair> keys = SimBlocks.keys(4);
    final Chain chain = new Chain(SimBlocks.genesis(keys));
    try (BftService service = service(chain, keys.get(0), new CountDownLatch(1))) {
      service.start();
      assertThat(service.onMessage(Bytes.fromHexString("0xdeadbeef"), "peer-1").reason())
          .contains(MessageInvalidReason.MALFORMED);
      assertThat(service.describe()).contains("h=1 r=0");
    }
  }

  @Test
  void aSignedMessageFromOutsideTheValidatorSetIsReportedSoTheNodeDoesNotRelayIt() throws Exception {
    final List<KeyPair> keys = SimBlocks.keys(5);
    final Chain chain = new Chain(SimBlocks.genesis(keys.subList(0, 4)));
    try (BftService service = service(chain, keys.get(0), new CountDownLatch(1))) {
      service.start();
      final BftMessageCodec codec = new BftMessageCodec(7357, SignatureAlgorithms.get());
      final Bytes stranger = codec.sign(io.tributary.consensus.bft.payload.Prepare.nil(1, 0), keys.get(4)).encoded();
      final Bytes member = codec.sign(io.tributary.consensus.bft.payload.Prepare.nil(1, 0), keys.get(1)).encoded();

      assertThat(service.onMessage(stranger, "peer-1").reason()).contains(MessageInvalidReason.NOT_A_VALIDATOR);
      assertThat(service.onMessage(member, "peer-1").isValid()).isTrue();
    }
  }

  @Test
  void aCorruptWalStopsTheValidatorFromStarting() throws Exception {
    final Path file = dir.resolve("bft").resolve("consensus.wal");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {0, 0, 0, 3, 1, 2, 3, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
    assertThatThrownBy(() -> FileBftWal.open(file)).isInstanceOf(WalCorruptedException.class)
        .hasMessageContaining("offset 0");
  }
}

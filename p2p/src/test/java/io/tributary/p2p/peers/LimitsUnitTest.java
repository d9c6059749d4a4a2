package io.tributary.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.types.Hash;
import io.tributary.p2p.EnodeUrl;
import io.tributary.p2p.NodeId;
import io.tributary.p2p.NodeKey;
import java.net.InetAddress;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

/** The clock-driven pieces of peer management, on plain integers of milliseconds. */
class LimitsUnitTest {
  private static final NodeId A = NodeKey.generate().nodeId();
  private static final NodeId B = NodeKey.generate().nodeId();

  @Test
  void aTokenBucketAllowsItsBurstThenRefillsAtItsRate() {
    final TokenBucket bucket = new TokenBucket(10, 5, 1_000);
    for (int i = 0; i < 5; i++) {
      assertThat(bucket.tryTake(1_000)).isTrue();
    }
    assertThat(bucket.tryTake(1_000)).isFalse();
    assertThat(bucket.tryTake(1_099)).isFalse(); // 0.99 of a token
    assertThat(bucket.tryTake(1_100)).isTrue();
    assertThat(bucket.available(100_000_000)).isEqualTo(5); // never above the burst
    assertThat(bucket.tryTake(50)).isTrue(); // a clock stepping back refills nothing but takes
    assertThat(bucket.available(50)).isEqualTo(4);
  }

  @Test
  void penaltyPointsAddUpAndDrainPerWholeSecond() {
    final PeerScores scores = new PeerScores(2);
    assertThat(scores.add(A, 10, 0)).isEqualTo(10);
    assertThat(scores.add(A, 5, 999)).isEqualTo(15);
    assertThat(scores.points(A, 1_000)).isEqualTo(13);
    assertThat(scores.points(A, 1_999)).isEqualTo(13);
    assertThat(scores.points(A, 100_000)).isZero();
    assertThat(scores.points(B, 0)).isZero();
    assertThat(scores.add(B, Long.MAX_VALUE, 0)).isEqualTo(Long.MAX_VALUE);
    assertThat(scores.add(B, 1, 0)).isEqualTo(Long.MAX_VALUE);
    scores.reset(B);
    assertThat(scores.points(B, 0)).isZero();
  }

  @Test
  void bansExpireWithTheClockAndNeverCoverLoopback() throws Exception {
    final BanList bans = new BanList(2);
    final InetAddress remote = InetAddress.getByName("203.0.113.9");
    bans.ban(A, remote, 10_000);
    bans.ban(B, InetAddress.getLoopbackAddress(), 10_000);
    assertThat(bans.isBanned(A, 9_999)).isTrue();
    assertThat(bans.isBanned(remote, 9_999)).isTrue();
    assertThat(bans.isBanned(InetAddress.getLoopbackAddress(), 0)).isFalse();
    assertThat(bans.isBanned(B, 0)).isTrue();
    assertThat(bans.isBanned(A, 10_000)).isFalse();
    assertThat(bans.isBanned(remote, 10_000)).isFalse();
    bans.unban(B);
    assertThat(bans.isBanned(B, 0)).isFalse();
  }

  @Test
  void theSeenCacheForgetsTheLeastRecentlySeenFirst() {
    final SeenCache seen = new SeenCache(16);
    for (int i = 0; i < 16; i++) {
      assertThat(seen.add(id(i))).isTrue();
    }
    assertThat(seen.add(id(0))).isFalse(); // now the most recent
    seen.add(id(16));
    assertThat(seen.size()).isEqualTo(16);
    assertThat(seen.contains(id(0))).isTrue();
    assertThat(seen.contains(id(1))).isFalse();
    seen.remove(id(0));
    assertThat(seen.add(id(0))).isTrue();
  }

  @Test
  void redialBackoffDoublesFromTheMinimumUpToTheMaximum() {
    final AddressBook book = new AddressBook(10, 100, 1_000);
    assertThat(book.backoff(0)).isZero();
    assertThat(book.backoff(1)).isEqualTo(100);
    assertThat(book.backoff(2)).isEqualTo(200);
    assertThat(book.backoff(4)).isEqualTo(800);
    assertThat(book.backoff(5)).isEqualTo(1_000);
    assertThat(book.backoff(Integer.MAX_VALUE)).isEqualTo(1_000);
    final EnodeUrl staticPeer = new EnodeUrl(A, "10.0.0.1", 1);
    book.addConfigured(staticPeer, AddressBook.Source.STATIC);
    book.dialFailed(A, 0);
    book.dialFailed(A, 0);
    assertThat(book.due(199)).isEmpty();
    assertThat(book.due(200)).extracting(AddressBook.Candidate::enode).containsExactly(staticPeer);
    for (int i = 0; i < 10; i++) {
      book.dialFailed(A, 0);
    }
    assertThat(book.get(A)).isPresent(); // configured peers are never forgotten
    book.connected(A, java.util.Optional.empty());
    assertThat(book.get(A).orElseThrow().failures()).isZero();
  }

  @Test
  void learnedPeersAreDialedAfterConfiguredOnesAndForgottenAfterFiveFailures() {
    final AddressBook book = new AddressBook(3, 100, 1_000);
    final EnodeUrl learned = new EnodeUrl(B, "10.0.0.2", 2);
    assertThat(book.learn(learned)).isTrue();
    assertThat(book.learn(learned)).isFalse();
    book.addConfigured(new EnodeUrl(A, "10.0.0.1", 1), AddressBook.Source.BOOTNODE);
    assertThat(book.due(0)).extracting(c -> c.enode().nodeId()).containsExactly(A, B);
    for (int i = 0; i < AddressBook.MAX_FAILURES; i++) {
      book.dialFailed(B, 0);
    }
    assertThat(book.get(B)).isEmpty();
    // when full, the oldest learned entry makes room; configured ones stay
    final NodeId c = NodeKey.generate().nodeId();
    final NodeId d = NodeKey.generate().nodeId();
    final NodeId e = NodeKey.generate().nodeId();
    book.learn(new EnodeUrl(c, "10.0.0.3", 3));
    book.learn(new EnodeUrl(d, "10.0.0.4", 4));
    book.learn(new EnodeUrl(e, "10.0.0.5", 5));
    assertThat(book.size()).isEqualTo(3);
    assertThat(book.get(A)).isPresent();
    assertThat(book.get(c)).isEmpty();
    assertThat(book.get(e)).isPresent();
  }

  private static Hash id(final int i) {
    return Hash.hash(Bytes.ofUnsignedInt(i));
  }
}

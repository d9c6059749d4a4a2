package io.tributary.state.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link KeyValueStorage} must show; each backend's test extends this with {@link #createStore()}. */
abstract class AbstractKeyValueStorageTest {
  static final Segment A = new Segment("alpha");
  static final Segment B = new Segment("beta");

  protected KeyValueStorage store;

  protected abstract KeyValueStorage createStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = createStore();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  static Bytes b(final String hex) {
    return Bytes.fromHexString(hex);
  }

  void put(final Segment segment, final String key, final String value) {
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(segment, b(key), b(value));
      tx.commit();
    }
  }

  List<String> keys(final Segment segment, final String from) {
    final List<String> keys = new ArrayList<>();
    store.forEachFrom(segment, b(from), (k, v) -> keys.add(k.toHexString()) || true);
    return keys;
  }

  @Test
  void readsWhatWasCommitted() {
    put(A, "0x01", "0xaa");
    assertThat(store.get(A, b("0x01"))).contains(b("0xaa"));
    assertThat(store.containsKey(A, b("0x01"))).isTrue();
  }

  @Test
  void findsNothingForAnUnknownKeyOrSegment() {
    assertThat(store.get(A, b("0x01"))).isEmpty();
    assertThat(store.get(new Segment("never_written"), b("0x01"))).isEmpty();
    assertThat(keys(new Segment("never_written"), "0x")).isEmpty();
  }

  @Test
  void overwritesAndDeletes() {
    put(A, "0x01", "0xaa");
    put(A, "0x01", "0xbb");
    assertThat(store.get(A, b("0x01"))).contains(b("0xbb"));
    try (StorageTransaction tx = store.startTransaction()) {
      tx.remove(A, b("0x01"));
      tx.commit();
    }
    assertThat(store.get(A, b("0x01"))).isEmpty();
  }

  @Test
  void keepsSegmentsApart() {
    put(A, "0x01", "0xaa");
    put(B, "0x01", "0xbb");
    assertThat(store.get(A, b("0x01"))).contains(b("0xaa"));
    assertThat(store.get(B, b("0x01"))).contains(b("0xbb"));
  }

  @Test
  void storesEmptyAndLargeValues() {
    final Bytes large = Bytes.wrap(new byte[3 * 1024 * 1024]);
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(A, b("0x01"), Bytes.EMPTY);
      tx.put(A, b("0x02"), large);
      tx.commit();
    }
    assertThat(store.get(A, b("0x01"))).contains(Bytes.EMPTY);
    assertThat(store.get(A, b("0x02"))).contains(large);
  }

  @Test
  void seesItsOwnWritesButOthersDoNotUntilCommit() {
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(A, b("0x01"), b("0xaa"));
      assertThat(tx.get(A, b("0x01"))).contains(b("0xaa"));
      assertThat(store.get(A, b("0x01"))).isEmpty();
      tx.remove(A, b("0x01"));
      assertThat(tx.get(A, b("0x01"))).isEmpty();
      tx.put(A, b("0x01"), b("0xcc"));
      tx.commit();
    }
    assertThat(store.get(A, b("0x01"))).contains(b("0xcc"));
  }

  @Test
  void rollsBackEveryWriteAcrossSegments() {
    put(A, "0x01", "0xaa");
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(A, b("0x02"), b("0xbb"));
      tx.put(B, b("0x03"), b("0xcc"));
      tx.remove(A, b("0x01"));
      tx.rollback();
    }
    assertThat(store.get(A, b("0x01"))).contains(b("0xaa"));
    assertThat(store.get(A, b("0x02"))).isEmpty();
    assertThat(store.get(B, b("0x03"))).isEmpty();
  }

  @Test
  void rollsBackWhenClosedWithoutCommit() {
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(A, b("0x02"), b("0xbb"));
    }
    assertThat(store.get(A, b("0x02"))).isEmpty();
  }

  @Test
  void commitsAcrossSegmentsAtOnce() {
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(A, b("0x01"), b("0xaa"));
      tx.put(B, b("0x01"), b("0xbb"));
      tx.commit();
    }
    assertThat(store.get(A, b("0x01"))).isPresent();
    assertThat(store.get(B, b("0x01"))).isPresent();
  }

  @Test
  void refusesToUseAFinishedTransaction() {
    final StorageTransaction tx = store.startTransaction();
    tx.commit();
    assertThatThrownBy(() -> tx.put(A, b("0x01"), b("0x01"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(tx::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void iteratesInUnsignedKeyOrderFromAStartKey() {
    put(A, "0xff", "0x01");
    put(A, "0x01", "0x01");
    put(A, "0x80", "0x01");
    put(A, "0x0100", "0x01");
    put(A, "0x7f", "0x01");
    assertThat(keys(A, "0x")).containsExactly("0x01", "0x0100", "0x7f", "0x80", "0xff");
    assertThat(keys(A, "0x02")).containsExactly("0x7f", "0x80", "0xff");
    assertThat(keys(A, "0x80")).containsExactly("0x80", "0xff");
  }

  @Test
  void stopsIteratingWhenTheVisitorSaysSo() {
    for (int i = 0; i < 10; i++) {
      put(A, String.format("0x%02x", i), "0x01");
    }
    final List<Bytes> seen = new ArrayList<>();
    store.forEachFrom(A, Bytes.EMPTY, (k, v) -> {
      seen.add(k);
      return seen.size() < 3;
    });
    assertThat(seen).hasSize(3);
  }

  @Test
  void handlesManySegments() {
    for (int i = 0; i < 40; i++) {
      put(new Segment("segment_" + i), "0x01", String.format("0x%02x", i));
    }
    assertThat(store.get(new Segment("segment_39"), b("0x01"))).contains(b("0x27"));
  }

  @Test
  void servesConcurrentReadersWhileAWriteIsBuilt() throws Exception {
    put(A, "0x01", "0xaa");
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    try (StorageTransaction tx = store.startTransaction()) {
      tx.put(A, b("0x01"), b("0xbb"));
      final List<Future<Bytes>> reads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> store.get(A, b("0x01")).orElseThrow()));
      }
      for (final Future<Bytes> read : reads) {
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(b("0xaa"));
      }
      tx.commit();
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.get(A, b("0x01"))).contains(b("0xbb"));
  }

  @Test
  void anIterationSeesOneConsistentCommittedState() throws Exception {
    for (int i = 0; i < 200; i++) {
      put(A, String.format("0x%04x", i), "0x00");
    }
    final AtomicBoolean stop = new AtomicBoolean();
    final CountDownLatch started = new CountDownLatch(1);
    final Thread writer = new Thread(() -> {
      started.countDown();
      int round = 1;
      while (!stop.get()) {
        // each commit rewrites every value to the same new round number
        try (StorageTransaction tx = store.startTransaction()) {
          for (int i = 0; i < 200; i++) {
            tx.put(A, b(String.format("0x%04x", i)), Bytes.of(round & 0xff));
          }
          tx.commit();
        }
        round++;
      }
    });
    writer.start();
    started.await();
    try {
      for (int check = 0; check < 30; check++) {
        final List<Bytes> values = new ArrayList<>();
        store.forEachFrom(A, Bytes.EMPTY, (k, v) -> values.add(v) || true);
        assertThat(values).hasSize(200);
        assertThat(values.stream().distinct().count()).as("one round per iteration").isEqualTo(1);
      }
    } finally {
      stop.set(true);
      writer.join();
    }
  }

  @Test
  void refusesEmptyAndOversizedKeys() {
    try (StorageTransaction tx = store.startTransaction()) {
      assertThatThrownBy(() -> tx.put(A, Bytes.EMPTY, b("0x01"))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> tx.put(A, Bytes.wrap(new byte[512]), b("0x01")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("511");
    }
  }

  @Test
  void refusesUseAfterClose() throws Exception {
    store.close();
    assertThatThrownBy(() -> store.get(A, b("0x01"))).isInstanceOf(StorageException.class);
    store = createStore();
  }
}

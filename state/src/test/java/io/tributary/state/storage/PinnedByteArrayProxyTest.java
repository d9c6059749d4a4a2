package io.tributary.state.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.provider.MemoryManager;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedByteArrayProxyTest {
  private static final MemoryManager MEMORY = Runtime.getSystemRuntime().getMemoryManager();

  @TempDir Path tmp;

  /**
   * LmdbJava's own byte[] proxy let the native copy of a key be freed by a collection while LMDB read it (a SIGSEGV
   * in mdb_get under the testnet soak): the copy handed to LMDB must stay readable through collections. With
   * LmdbJava's ByteArrayProxy.PROXY_BA in its place this test crashes the JVM reading the unmapped page.
   */
  @Test
  void theNativeCopyHandedToLmdbOutlivesGarbageCollections() throws Exception {
    final byte[] key = Bytes.fromHexString("0x00112233445566778899aabbccddeeff").toArrayUnsafe();
    final Pointer mdbVal = MEMORY.allocateDirect(16);

    retireMagazine(); // so that the copy does not share its native page with mdbVal, which stays reachable
    PinnedByteArrayProxy.PROXY.in(key, mdbVal, mdbVal.address());
    for (int i = 0; i < 5; i++) {
      retireMagazine();
      System.gc();
      Thread.sleep(20);
    }

    assertThat(mdbVal.getLong(0)).isEqualTo(key.length);
    final byte[] seen = new byte[key.length];
    MEMORY.newPointer(mdbVal.getAddress(8), key.length).get(0, seen, 0, key.length);
    assertThat(seen).isEqualTo(key);
  }

  /** jnr cuts small allocations from per-thread pages and unmaps a page once nothing allocated from it is reachable. */
  private static void retireMagazine() {
    for (int j = 0; j < 10_000; j++) {
      MEMORY.allocateDirect(64);
    }
  }

  @Test
  void readsAndWritesThroughTheProxyRoundTrip() {
    try (LmdbKeyValueStorage storage = LmdbKeyValueStorage.open(tmp.resolve("db"), 4L << 20)) {
      final Segment segment = new Segment("a");
      try (StorageTransaction tx = storage.startTransaction()) {
        for (int i = 0; i < 1_000; i++) {
          tx.put(segment, Bytes.ofUnsignedInt(i), Bytes.concatenate(Bytes.ofUnsignedInt(i), Bytes.wrap(new byte[i])));
        }
        tx.commit();
      }
      for (int i = 0; i < 1_000; i++) {
        assertThat(storage.get(segment, Bytes.ofUnsignedInt(i)).orElseThrow())
            .isEqualTo(Bytes.concatenate(Bytes.ofUnsignedInt(i), Bytes.wrap(new byte[i])));
      }
    }
  }
}

package io.tributary.state.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.ByteArrayProxy;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;

class LmdbKeyValueStorageTest extends AbstractKeyValueStorageTest {
  @TempDir Path tmp;
  private int opened;

  @Override
  protected KeyValueStorage createStore() {
    return LmdbKeyValueStorage.open(tmp.resolve("db" + opened++), 4L << 20);
  }

  @Test
  void keepsDataAcrossReopen() throws Exception {
    final Path dir = tmp.resolve("reopen");
    try (KeyValueStorage first = LmdbKeyValueStorage.open(dir)) {
      try (StorageTransaction tx = first.startTransaction()) {
        tx.put(A, b("0x01"), b("0xaa"));
        tx.commit();
      }
    }
    try (KeyValueStorage second = LmdbKeyValueStorage.open(dir)) {
      assertThat(second.get(A, b("0x01"))).contains(b("0xaa"));
    }
  }

  @Test
  void growsTheMapWhenFull() throws Exception {
    final Path dir = tmp.resolve("grow");
    try (LmdbKeyValueStorage small = LmdbKeyValueStorage.open(dir, 1L << 20)) {
      for (int round = 0; round < 8; round++) {
        try (StorageTransaction tx = small.startTransaction()) {
          for (int i = 0; i < 64; i++) {
            tx.put(A, Bytes.ofUnsignedInt(round * 64L + i), Bytes.wrap(new byte[16 * 1024]));
          }
          tx.commit();
        }
      }
      assertThat(small.mapSize()).isGreaterThan(1L << 20);
      assertThat(small.get(A, Bytes.ofUnsignedInt(511))).isPresent();
    }
  }

  @Test
  void refusesADirectoryHoldingOtherFiles() throws Exception {
    final Path dir = tmp.resolve("other");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> LmdbKeyValueStorage.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining("not a Tributary data dir").hasMessageContaining("notes.txt");
  }

  @Test
  void refusesACorruptOrForeignDataFile() throws Exception {
    final Path dir = tmp.resolve("corrupt");
    Files.createDirectories(dir);
    Files.write(dir.resolve("data.mdb"), new byte[64 * 1024]);
    assertThatThrownBy(() -> LmdbKeyValueStorage.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void refusesAnLmdbEnvironmentWrittenBySomethingElse() throws Exception {
    final Path dir = tmp.resolve("foreign");
    Files.createDirectories(dir);
    try (Env<byte[]> env = Env.create(ByteArrayProxy.PROXY_BA).setMaxDbs(4).open(dir.toFile())) {
      final var dbi = env.openDbi("stuff", DbiFlags.MDB_CREATE);
      try (Txn<byte[]> txn = env.txnWrite()) {
        dbi.put(txn, new byte[] {1}, new byte[] {2});
        txn.commit();
      }
    }
    assertThatThrownBy(() -> LmdbKeyValueStorage.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining("not Tributary's");
  }

  @Test
  void refusesAnotherFormatVersion() throws Exception {
    final Path dir = tmp.resolve("future");
    LmdbKeyValueStorage.open(dir).close();
    try (Env<byte[]> env = Env.create(ByteArrayProxy.PROXY_BA).setMaxDbs(4).open(dir.toFile())) {
      final var meta = env.openDbi("tributary_meta");
      try (Txn<byte[]> txn = env.txnWrite()) {
        meta.put(txn, "format".getBytes(), "tributary-lmdb/99".getBytes());
        txn.commit();
      }
    }
    assertThatThrownBy(() -> LmdbKeyValueStorage.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining("tributary-lmdb/99").hasMessageContaining(LmdbKeyValueStorage.FORMAT);
  }
}

package io.tributary.consensus.bft.wal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBftWalTest {
  @TempDir
  Path dir;

  private static final List<WalEntry> ENTRIES = List.of(
      new WalEntry(WalEntry.Kind.OWN_MESSAGE, 5, Bytes.fromHexString("0x01020304")),
      new WalEntry(WalEntry.Kind.PROPOSAL, 5, Bytes.wrap(new byte[300])),
      new WalEntry(WalEntry.Kind.VALID_VALUE, 6, Bytes.fromHexString("0xc0ffee")));

  private Path write(final List<WalEntry> entries) {
    final Path file = dir.resolve("consensus.wal");
    try (FileBftWal wal = FileBftWal.open(file)) {
      entries.forEach(wal::append);
    }
    return file;
  }

  @Test
  void appendedEntriesSurviveAReopenInOrder() {
    final Path file = write(ENTRIES);
    try (FileBftWal wal = FileBftWal.open(file)) {
      assertThat(wal.entries()).isEqualTo(ENTRIES);
    }
  }

  @Test
  void aCrashAtEveryByteOfTheLastRecordLeavesTheRecordsBeforeItAndAWritableLog() throws IOException {
    final Path file = write(ENTRIES);
    final byte[] whole = Files.readAllBytes(file);
    final int lastStart = whole.length - FileBftWal.frame(ENTRIES.get(2)).length;
    for (int cut = lastStart; cut < whole.length; cut++) {
      final Path torn = dir.resolve("torn-" + cut + ".wal");
      Files.write(torn, Arrays.copyOf(whole, cut));
      try (FileBftWal wal = FileBftWal.open(torn)) {
        assertThat(wal.entries()).as("cut at %d", cut).isEqualTo(ENTRIES.subList(0, 2));
        assertThat(Files.size(torn)).isEqualTo(lastStart);
        wal.append(ENTRIES.get(2));
      }
      try (FileBftWal wal = FileBftWal.open(torn)) {
        assertThat(wal.entries()).isEqualTo(ENTRIES);
      }
    }
  }

  @Test
  void aLastRecordWithABadChecksumOrAZeroedTailIsATornWrite() throws IOException {
    final Path file = write(ENTRIES);
    final byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 0x40;
    Files.write(file, bytes);
    try (FileBftWal wal = FileBftWal.open(file)) {
      assertThat(wal.entries()).isEqualTo(ENTRIES.subList(0, 2));
    }
    final byte[] zeros = new byte[64];
    Files.write(file, zeros, java.nio.file.StandardOpenOption.APPEND);
    try (FileBftWal wal = FileBftWal.open(file)) {
      assertThat(wal.entries()).isEqualTo(ENTRIES.subList(0, 2));
    }
  }

  @Test
  void corruptionBeforeTheLastRecordIsAClearErrorNotASilentTruncation() throws IOException {
    final Path file = write(ENTRIES);
    final byte[] bytes = Files.readAllBytes(file);
    bytes[FileBftWal.HEADER_BYTES + 3] ^= 0x01;
    Files.write(file, bytes);
    assertThatThrownBy(() -> FileBftWal.open(file)).isInstanceOf(WalCorruptedException.class)
        .hasMessageContaining("offset 0").hasMessageContaining("checksum");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void pruningDropsCommittedHeightsDurably() {
    final Path file = write(ENTRIES);
    try (FileBftWal wal = FileBftWal.open(file)) {
      wal.prune(5);
      assertThat(wal.entries()).containsExactly(ENTRIES.get(2));
      wal.append(ENTRIES.get(2));
    }
    try (FileBftWal wal = FileBftWal.open(file)) {
      assertThat(wal.entries()).containsExactly(ENTRIES.get(2), ENTRIES.get(2));
      wal.prune(6);
      assertThat(wal.entries()).isEmpty();
    }
    try (FileBftWal wal = FileBftWal.open(file)) {
      assertThat(wal.entries()).isEmpty();
    }
  }
}

package io.tributary.poa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SketchFileTest {
  private static SealedSketch sample() {
    final SketchBuilder builder = new SketchBuilder(12, AttributionParams.DEFAULTS);
    builder.addDocument(AttributionFixtures.randomWords(new Random(1), 200, 10_000));
    return builder.seal();
  }

  @Test
  void roundTripsASketchWithItsCommitment() throws IOException {
    final SealedSketch sketch = sample();
    final byte[] encoded = SketchFile.encode(sketch);
    final ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    SketchFile.write(sketch, streamed);
    assertThat(streamed.toByteArray()).isEqualTo(encoded);
    assertThat(encoded).hasSize(SketchFile.HEADER_SIZE + 512);
    final SealedSketch decoded = SketchFile.decode(encoded);
    assertThat(decoded.words()).isEqualTo(sketch.words());
    assertThat(decoded.shingleCount()).isEqualTo(193);
    assertThat(decoded.commitment()).isEqualTo(sketch.commitment());
    assertThat(Arrays.copyOfRange(encoded, 22, 54)).isEqualTo(sketch.commitment().toArrayUnsafe());
  }

  @Test
  void refusesAnEmptyFile() {
    assertDecodingError(new byte[0], DecodingError.EMPTY_INPUT);
  }

  @Test
  void refusesAForeignFile() {
    assertDecodingError("PK\u0003\u0004 a zip file, not a sketch".getBytes(), DecodingError.UNSUPPORTED_TYPE);
  }

  @Test
  void refusesAnotherVersion() {
    final byte[] data = SketchFile.encode(sample());
    data[9] = 2;
    assertDecodingError(data, DecodingError.UNSUPPORTED_TYPE);
  }

  @Test
  void refusesATruncatedHeaderAndATruncatedBody() {
    final byte[] data = SketchFile.encode(sample());
    assertDecodingError(Arrays.copyOf(data, 30), DecodingError.TRUNCATED);
    assertDecodingError(Arrays.copyOf(data, data.length - 1), DecodingError.TRUNCATED);
  }

  @Test
  void refusesTrailingBytes() {
    final byte[] data = SketchFile.encode(sample());
    assertDecodingError(Arrays.copyOf(data, data.length + 1), DecodingError.TRAILING_BYTES);
  }

  @Test
  void refusesABitArrayThatDoesNotMatchItsHash() {
    final byte[] data = SketchFile.encode(sample());
    data[data.length - 1] ^= 1;
    assertDecodingError(data, DecodingError.INVALID_VALUE);
  }

  @Test
  void refusesOutOfRangeHeaderFields() {
    for (final int[] field : new int[][] {{10, 5}, {10, 33}, {11, 0}, {11, 33}, {12, 0}, {12, 65}, {13, 1}}) {
      final byte[] data = SketchFile.encode(sample());
      data[field[0]] = (byte) field[1];
      assertDecodingError(data, DecodingError.INVALID_VALUE);
    }
  }

  @Test
  void neverThrowsAnythingButDecodingExceptionOnCorruptedFiles() {
    final byte[] valid = SketchFile.encode(sample());
    final Random random = new Random(99);
    for (int i = 0; i < 2_000; i++) {
      final byte[] data = Arrays.copyOf(valid, random.nextInt(valid.length + 8));
      for (int flips = random.nextInt(4); flips > 0; flips--) {
        final int at = random.nextInt(Math.min(data.length, SketchFile.HEADER_SIZE + 1) + 1);
        if (at < data.length) {
          data[at] = (byte) random.nextInt(256);
        }
      }
      try {
        SketchFile.decode(data);
      } catch (DecodingException expected) {
        assertThat(expected.error()).isNotNull();
      }
    }
  }

  private static void assertDecodingError(final byte[] data, final DecodingError error) {
    assertThatThrownBy(() -> SketchFile.decode(data)).isInstanceOfSatisfying(DecodingException.class,
        e -> assertThat(e.error()).isEqualTo(error));
  }
}

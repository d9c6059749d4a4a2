package io.tributary.poa;

import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.DecodingError;
import io.tributary.core.encoding.DecodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code sketch.bin} format (SPEC.md section 6), all integers big-endian:
 *
 * <pre>
 * offset size field
 *      0    8 magic "TRIBSKCH" (ASCII)
 *      8    2 version = 1
 *     10    1 b (m = 2^b bits)
 *     11    1 k
 *     12    1 n
 *     13    1 reserved, must be 0
 *     14    8 distinct shingle count
 *     22   32 keccak-256 of the bit array bytes
 *     54  m/8 bit array: m/64 words, each big-endian
 * </pre>
 */
public final class SketchFile {
  public static final byte[] MAGIC = "TRIBSKCH".getBytes(StandardCharsets.US_ASCII);
  public static final int VERSION = 1;
  public static final int HEADER_SIZE = 54;

  private SketchFile() {}

  public static byte[] encode(final SealedSketch sketch) {
    final byte[] bitArray = sketch.bitArrayBytes();
    final ByteBuffer out = ByteBuffer.allocate(HEADER_SIZE + bitArray.length);
    writeHeader(out, sketch, Keccak256.digest(bitArray));
    out.put(bitArray);
    return out.array();
  }

  public static void write(final SealedSketch sketch, final OutputStream out) throws IOException {
    final byte[] bitArray = sketch.bitArrayBytes();
    final ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
    writeHeader(header, sketch, Keccak256.digest(bitArray));
    out.write(header.array());
    out.write(bitArray);
  }

  private static void writeHeader(final ByteBuffer out, final SealedSketch sketch, final byte[] digest) {
    out.put(MAGIC);
    out.putShort((short) VERSION);
    out.put((byte) sketch.bits());
    out.put((byte) sketch.probes());
    out.put((byte) sketch.shingleWords());
    out.put((byte) 0);
    out.putLong(sketch.shingleCount());
    out.put(digest);
  }

  /** Decodes a whole file; any malformed input raises {@link DecodingException} and nothing else. */
  public static SealedSketch decode(final byte[] data) {
    if (data.length == 0) {
      throw new DecodingException(DecodingError.EMPTY_INPUT, "sketch file is empty");
    }
    if (data.length < MAGIC.length || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new DecodingException(DecodingError.UNSUPPORTED_TYPE, "not a Tributary sketch file (bad magic)");
    }
    if (data.length < HEADER_SIZE) {
      throw new DecodingException(DecodingError.TRUNCATED,
          "sketch header needs " + HEADER_SIZE + " bytes, file has " + data.length);
    }
    final ByteBuffer in = ByteBuffer.wrap(data);
    in.position(MAGIC.length);
    final int version = in.getShort() & 0xFFFF;
    if (version != VERSION) {
      throw new DecodingException(DecodingError.UNSUPPORTED_TYPE, "sketch file version " + version + ", expected 1");
    }
    final int bits = in.get() & 0xFF;
    final int probes = in.get() & 0xFF;
    final int shingleWords = in.get() & 0xFF;
    final int reserved = in.get() & 0xFF;
    final long shingleCount = in.getLong();
    final byte[] digest = new byte[32];
    in.get(digest);
    if (bits < AttributionParams.MIN_SUPPORTED_BITS || bits > AttributionParams.MAX_SUPPORTED_BITS) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "b = " + bits + " outside [6, 32]");
    }
    if (probes < 1 || probes > AttributionParams.MAX_PROBES) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "k = " + probes + " outside [1, 32]");
    }
    if (shingleWords < 1 || shingleWords > AttributionParams.MAX_SHINGLE_WORDS) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "n = " + shingleWords + " outside [1, 64]");
    }
    if (reserved != 0) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "reserved header byte is " + reserved + ", must be 0");
    }
    if (shingleCount < 0) {
      throw new DecodingException(DecodingError.INTEGER_TOO_LARGE, "shingle count exceeds 2^63 - 1");
    }
    final long bodySize = (1L << bits) / 8;
    final long actual = data.length - (long) HEADER_SIZE;
    if (actual < bodySize) {
      throw new DecodingException(DecodingError.TRUNCATED,
          "bit array of 2^" + bits + " bits needs " + bodySize + " bytes, file has " + actual);
    }
    if (actual > bodySize) {
      throw new DecodingException(DecodingError.TRAILING_BYTES, (actual - bodySize) + " bytes after the bit array");
    }
    if (!Arrays.equals(Keccak256.digest(data, HEADER_SIZE, (int) bodySize), digest)) {
      throw new DecodingException(DecodingError.INVALID_VALUE, "bit array does not match its keccak-256 in the header");
    }
    final long[] words = new long[SealedSketch.wordCount(bits)];
    for (int i = 0; i < words.length; i++) {
      words[i] = in.getLong();
    }
    return new SealedSketch(bits, probes, shingleWords, shingleCount, words);
  }

  /** Reads a file, refusing one larger than any valid sketch before loading it. */
  public static SealedSketch read(final Path path) throws IOException {
    final long size = Files.size(path);
    if (size > HEADER_SIZE + (1L << AttributionParams.MAX_SUPPORTED_BITS) / 8) {
      throw new DecodingException(DecodingError.TRAILING_BYTES, path + " is larger than any valid sketch");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return decode(in.readAllBytes());
    }
  }
}

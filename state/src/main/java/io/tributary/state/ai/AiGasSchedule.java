package io.tributary.state.ai;

/**
 * What the AI modules charge, so that storage is priced per byte and attribution per unit of work: nobody can fill a
 * block with free GPU work or free state.
 *
 * @param call every call, before anything else (decoding, dispatch)
 * @param storageRead one 32-byte slot read
 * @param storageSet one slot written from zero: 20,000 as SSTORE, i.e. 625 gas per byte of records
 * @param storageUpdate one non-zero slot changed
 * @param sketchWord 32 bytes of sketch written: write-once data read only by validators (from a cache), so a tenth
 *     of SSTORE (64 gas per byte; a 128 KiB filter, b = 20, costs 8.4 Mgas)
 * @param hashWord keccak-256 of 32 bytes when a sketch is sealed (the commitment check)
 * @param log per event, as LOG0 costs
 * @param logTopic per topic after the first, as LOGn
 * @param logByte per byte of event data
 * @param inference per recorded inference (its record and payouts are charged as storage on top)
 * @param word per word hash of an inference (the shingle folding)
 * @param candidate per candidate dataset of an inference (loading its filter)
 * @param shingleProbe per (shingle, candidate) pair: k Bloom probes
 */
public record AiGasSchedule(long call, long storageRead, long storageSet, long storageUpdate, long sketchWord,
    long hashWord, long log, long logTopic, long logByte, long inference, long word, long candidate,
    long shingleProbe) {

  /** The genesis prices. */
  public static final AiGasSchedule DEFAULT =
      new AiGasSchedule(2_000, 800, 20_000, 5_000, 2_048, 6, 375, 375, 8, 20_000, 16, 1_000, 4);

  /** No charge at all: RPC reads and the validators' own pre-checks. */
  public static final AiGasSchedule FREE = new AiGasSchedule(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The attribution work of one inference with {@code words} word hashes against {@code candidates} datasets. */
  public long attributionWork(final int words, final int candidates, final int shingleWords) {
    final long shingles = Math.max(0, words - shingleWords + 1);
    return inference + word * words + candidate * candidates + shingleProbe * shingles * candidates;
  }
}

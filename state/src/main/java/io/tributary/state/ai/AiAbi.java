package io.tributary.state.ai;

import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.units.bigints.UInt256;

/** The modules' records as ABI tuple values (the structs of contracts/*.sol). */
final class AiAbi {
  private AiAbi() {}

  static List<Object> datasetTuple(final Dataset d) {
    return List.of(u(d.id()), d.owner(), d.registrant(), d.name(), d.metadataUri(), d.contentRoot(), d.licence(),
        u(d.sketchBits()), u(d.uploadedBytes()), d.commitment(), u(d.shingleCount()), u(d.registeredAt()),
        d.sealed(), u(d.sealedAt()), d.active(), u(d.deactivatedAt()), d.royaltiesPaid().toUInt256(),
        u(d.inferences()));
  }

  static List<Object> modelTuple(final Model m) {
    return List.of(u(m.id()), m.owner(), u(m.baseModel()), m.name(), m.metadataUri(), m.weightsHash(),
        longs(m.trainingDatasets()), longs(m.candidates()), m.inferenceFee().toUInt256(), splitTuple(m.split()),
        u(m.registeredAt()), m.active());
  }

  static List<Object> splitTuple(final FeeSplit s) {
    return List.of(u(s.ownerBps()), u(s.lineageBps()), u(s.dataBps()), u(s.treasuryBps()));
  }

  static List<Object> inferenceTuple(final InferenceRecord r) {
    final List<Object> claims = new ArrayList<>();
    for (final Claim c : r.claims()) {
      claims.add(List.of(u(c.datasetId()), u(c.hits())));
    }
    return List.of(u(r.id()), u(r.modelId()), r.caller(), r.outputHash(), r.wordsHash(), u(r.wordCount()),
        r.fee().toUInt256(), u(r.blockNumber()), claims);
  }

  static List<Object> longs(final long[] values) {
    final List<Object> list = new ArrayList<>(values.length);
    for (final long v : values) {
      list.add(u(v));
    }
    return list;
  }

  static long[] toLongs(final Object arg) {
    final List<?> list = (List<?>) arg;
    final long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = uint64((UInt256) list.get(i));
    }
    return out;
  }

  /** A uint64 as the ABI carries it: {@code value} read as unsigned (word hashes use all 64 bits). */
  static UInt256 u(final long value) {
    return UInt256.fromBytes(org.apache.tuweni.bytes.Bytes.ofUnsignedLong(value));
  }

  /** The low 64 bits of a decoded uint64 (the decoder has checked nothing is above them), as a Java long. */
  static long uint64(final UInt256 value) {
    return value.toBytes().getLong(24);
  }
}

package io.tributary.core.block;

import io.tributary.core.rlp.RlpInput;
import io.tributary.core.types.Address;
import io.tributary.core.types.Hash;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLPWriter;

/** An event emitted during execution: rlp([address, [topic...], data]). At most four topics, as LOG0..LOG4 allow. */
public record Log(Address address, List<Hash> topics, Bytes data) {
  public Log {
    topics = List.copyOf(topics);
    if (topics.size() > 4) {
      throw new IllegalArgumentException("a log has at most 4 topics, got " + topics.size());
    }
  }

  public void writeTo(final RLPWriter writer) {
    writer.writeList(w -> {
      w.writeValue(address);
      w.writeList(t -> topics.forEach(t::writeValue));
      w.writeValue(data);
    });
  }

  public static Log readFrom(final RlpInput in, final String field) {
    return in.readList(field, l -> {
      final Address address = l.readAddress("address");
      final List<Hash> topics = l.readListOf("topics", t -> t.readHash("topic"));
      if (topics.size() > 4) {
        throw l.error(io.tributary.core.encoding.DecodingError.WRONG_FIELD_COUNT, "topics", "at most 4, got "
            + topics.size());
      }
      return new Log(address, topics, l.readBytes("data"));
    });
  }
}

package io.tributary.core.rlp;

import io.tributary.core.encoding.FlatBytes;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPWriter;

/** A generic RLP value: a byte string or a list of items. */
public sealed interface RlpItem {

  static RlpItem string(final Bytes value) {
    return new StringItem(value);
  }

  static RlpItem list(final List<RlpItem> items) {
    return new ListItem(List.copyOf(items));
  }

  /** The canonical encoding. */
  default Bytes encode() {
    return FlatBytes.of(RLP.encode(this::writeTo));
  }

  void writeTo(RLPWriter writer);

  record StringItem(Bytes value) implements RlpItem {
    @Override
    public void writeTo(final RLPWriter writer) {
      writer.writeValue(value);
    }
  }

  record ListItem(List<RlpItem> items) implements RlpItem {
    @Override
    public void writeTo(final RLPWriter writer) {
      writer.writeList(w -> items.forEach(item -> item.writeTo(w)));
    }
  }
}

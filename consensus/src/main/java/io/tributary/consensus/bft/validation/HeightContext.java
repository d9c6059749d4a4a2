package io.tributary.consensus.bft.validation;

import io.tributary.core.block.BlockHeader;
import io.tributary.core.types.Address;
import java.util.List;

/** The height being decided: its parent (the committed head) and the validator set that must decide it. */
public record HeightContext(long height, BlockHeader parent, List<Address> validators) {
  public HeightContext {
    validators = List.copyOf(validators);
    if (height != parent.number() + 1) {
      throw new IllegalArgumentException("height " + height + " does not follow the parent " + parent.number());
    }
  }
}

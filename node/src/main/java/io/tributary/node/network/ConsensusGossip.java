package io.tributary.node.network;

import io.tributary.consensus.bft.message.BftMessage;
import io.tributary.consensus.bft.ports.BftGossip;
import io.tributary.consensus.bft.service.BftService;
import io.tributary.consensus.bft.validation.MessageInvalidReason;
import io.tributary.core.crypto.Keccak256;
import io.tributary.core.encoding.FlatBytes;
import io.tributary.core.rlp.Rlp;
import io.tributary.core.types.Hash;
import io.tributary.core.validation.ValidationResult;
import io.tributary.p2p.MessageHandler;
import io.tributary.p2p.NodeId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/**
 * Consensus messages over p2p gossip: {@code rlp([signed message, attempt])}. The engine re-sends its own messages
 * while a round does not progress (a peer may have missed them, or connected since); gossip drops a payload it has
 * already seen, so each re-send carries the next attempt number and floods the network once more. Receivers hand
 * the signed message to the engine, which ignores copies it already counted.
 */
public final class ConsensusGossip implements BftGossip, MessageHandler {
  /** Re-sends remembered per message: the current and previous heights' messages are a few dozen. */
  private static final int REMEMBERED = 4096;

  private final Consumer<Bytes> gossip;
  private final Map<Hash, Integer> attempts = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(final Map.Entry<Hash, Integer> eldest) {
      return size() > REMEMBERED;
    }
  };
  private volatile BftService engine;

  /** @param gossip floods a payload of type {@link NodeMessageTypes#CONSENSUS} to the peers */
  public ConsensusGossip(final Consumer<Bytes> gossip) {
    this.gossip = gossip;
  }

  /** The engine received messages go to (set once it is built: the engine needs this gossip to be built). */
  public void deliverTo(final BftService service) {
    this.engine = service;
  }

  @Override
  public void broadcast(final BftMessage message) {
    final Bytes encoded = message.encoded();
    final int attempt;
    synchronized (attempts) {
      attempt = attempts.merge(Keccak256.hash(encoded), 1, Integer::sum) - 1;
    }
    gossip.accept(FlatBytes.of(RLP.encodeList(w -> {
      w.writeValue(encoded);
      w.writeInt(attempt);
    })));
  }

  @Override
  public Verdict handle(final NodeId from, final Bytes payload) {
    final Bytes message = Rlp.decodeList(payload, "consensus gossip", in -> {
      final Bytes signed = in.readBytes("message");
      in.readSmallInt("attempt");
      return signed;
    });
    final BftService service = engine;
    if (service == null) {
      return Verdict.IGNORE;
    }
    final ValidationResult<MessageInvalidReason> checked = service.onMessage(message, from.toString());
    if (checked.isValid()) {
      return Verdict.ACCEPT;
    }
    // Garbage costs the peer; a stranger's signed message is only not passed on (the peer may be relaying it).
    return checked.reason().orElseThrow() == MessageInvalidReason.MALFORMED ? Verdict.REJECT : Verdict.IGNORE;
  }
}

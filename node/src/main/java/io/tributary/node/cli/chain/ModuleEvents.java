package io.tributary.node.cli.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.core.abi.AbiCodec;
import io.tributary.core.abi.AbiEvent;
import io.tributary.core.abi.AbiType;
import io.tributary.core.types.Hash;
import io.tributary.state.ai.AttributionModule;
import io.tributary.state.ai.DatasetRegistryModule;
import io.tributary.state.ai.ModelRegistryModule;
import io.tributary.state.gov.GovernanceModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * Decodes the AI and Governance modules' logs with their {@link AbiEvent} constants. The constants carry types, not
 * names; the argument names here are those of contracts/I*.sol, in the same order.
 */
public final class ModuleEvents {
  private record Known(AbiEvent event, List<String> names) {}

  private static final Map<Hash, Known> BY_TOPIC = new LinkedHashMap<>();

  static {
    known(DatasetRegistryModule.DATASET_REGISTERED, "datasetId", "owner", "registrant", "name");
    known(DatasetRegistryModule.SKETCH_UPLOADED, "datasetId", "uploadedBytes", "totalBytes");
    known(DatasetRegistryModule.DATASET_SEALED, "datasetId", "commitment", "attributableFrom");
    known(DatasetRegistryModule.OWNERSHIP_TRANSFERRED, "datasetId", "previousOwner", "newOwner");
    known(DatasetRegistryModule.DATASET_DEACTIVATED, "datasetId");
    known(ModelRegistryModule.MODEL_REGISTERED, "modelId", "owner", "baseModel", "name");
    known(ModelRegistryModule.FEE_UPDATED, "modelId", "oldFee", "newFee");
    known(ModelRegistryModule.MODEL_DEACTIVATED, "modelId");
    known(AttributionModule.INFERENCE_RECORDED, "inferenceId", "modelId", "caller", "outputHash", "wordCount", "fee");
    known(AttributionModule.ROYALTY_PAID, "inferenceId", "datasetId", "owner", "hits", "amount");
    known(AttributionModule.FEE_DISTRIBUTED, "inferenceId", "modelOwner", "ownerAmount", "lineageOwner",
        "lineageAmount", "dataAmount", "treasuryAmount");
    known(GovernanceModule.PROPOSAL_SUBMITTED, "proposalId", "proposer", "kind", "title");
    known(GovernanceModule.DEPOSITED, "proposalId", "depositor", "amount", "total");
    known(GovernanceModule.VOTING_STARTED, "proposalId", "votingStart", "votingEnd");
    known(GovernanceModule.VOTED, "proposalId", "voter", "option", "weight");
    known(GovernanceModule.PROPOSAL_PASSED, "proposalId", "yes", "no", "abstain", "noWithVeto");
    known(GovernanceModule.PROPOSAL_REJECTED, "proposalId", "quorumReached", "yes", "no", "abstain", "noWithVeto");
    known(GovernanceModule.PROPOSAL_VETOED, "proposalId", "yes", "no", "abstain", "noWithVeto");
    known(GovernanceModule.PROPOSAL_EXPIRED, "proposalId", "totalDeposit");
    known(GovernanceModule.PROPOSAL_EXECUTED, "proposalId");
    known(GovernanceModule.PROPOSAL_EXECUTION_FAILED, "proposalId", "reason");
    known(GovernanceModule.DEPOSIT_CLAIMED, "proposalId", "depositor", "amount");
    known(GovernanceModule.UNLOCKED, "voter", "amount");
  }

  private ModuleEvents() {}

  private static void known(final AbiEvent event, final String... names) {
    if (names.length != event.types().size()) {
      throw new IllegalStateException(event.name() + " has " + event.types().size() + " arguments");
    }
    BY_TOPIC.put(event.topic(), new Known(event, List.of(names)));
  }

  /** The receipt log ({@code {address, topics, data}}) decoded, when its first topic is a module event's. */
  public static Optional<DecodedEvent> decode(final JsonNode log) {
    final JsonNode topics = log.path("topics");
    if (topics.size() == 0) {
      return Optional.empty();
    }
    final Known known = BY_TOPIC.get(Hash.fromHexString(topics.get(0).asText()));
    if (known == null) {
      return Optional.empty();
    }
    final AbiEvent event = known.event();
    final List<AbiType> unindexed = new ArrayList<>();
    for (int i = 0; i < event.types().size(); i++) {
      if (!event.indexed().get(i)) {
        unindexed.add(event.types().get(i));
      }
    }
    final List<Object> data = AbiCodec.decode(unindexed, Bytes.fromHexString(log.path("data").asText("0x")));
    final Map<String, Object> args = new LinkedHashMap<>();
    int topic = 1;
    int datum = 0;
    for (int i = 0; i < event.types().size(); i++) {
      if (event.indexed().get(i)) {
        final Bytes word = Bytes.fromHexString(topics.get(topic++).asText());
        args.put(known.names().get(i), AbiCodec.decode(List.of(event.types().get(i)), word).get(0));
      } else {
        args.put(known.names().get(i), data.get(datum++));
      }
    }
    return Optional.of(new DecodedEvent(event.name(), args));
  }
}

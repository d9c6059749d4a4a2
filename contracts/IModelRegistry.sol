// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title ModelRegistry: Tributary's native registry of models and adapters
/// @notice Lives at `Tributary.MODEL_REGISTRY` (0x00000000000000000000000000000000000a7002), a native module (Java,
/// io.tributary.state.ai.ModelRegistryModule); its account holds the placeholder code 0xfe, so contracts call it
/// through this interface.
/// A model names the sealed datasets it was trained on, its weights hash, the least fee an inference pays and how
/// that fee is split. An adapter (e.g. a LoRA) names a base model too: its inferences are attributed against its own
/// datasets and its lineage's, and may pay the base model's owner a lineage share.
/// @dev Every failure reverts with `Error(string)`, its message "Name: details". Besides the names listed per
/// function, any function may revert with `UnknownFunction`, `NotPayable` (no function here takes value),
/// `MalformedInput` (arguments that do not decode strictly) or `StaticCall` (a state change under STATICCALL), and
/// running out of gas halts as in the EVM.
interface IModelRegistry {
    /// @notice How an inference fee is divided, in basis points that sum to 10000.
    struct FeeSplit {
        /// To the model's owner.
        uint16 ownerBps;
        /// To the base model's owner (an adapter's lineage); 0 for a base model. Genesis bound: at most 3000.
        uint16 lineageBps;
        /// To the owners of the datasets the output is attributed to, in proportion to hits. Genesis: at least 2000.
        uint16 dataBps;
        /// To the treasury (0x...a7000). Genesis bounds: 100..2000.
        uint16 treasuryBps;
    }

    /// @notice A registered model or adapter, as `getModel` returns it.
    struct Model {
        /// Its id: 1, 2, ... in registration order.
        uint64 id;
        /// Who registered it: receives the owner share of its fees and may change its fee or deactivate it.
        address owner;
        /// The model an adapter was trained on; 0 for a base model.
        uint64 baseModel;
        /// Human-readable name, at most 256 bytes of UTF-8.
        string name;
        /// Where its description lives, at most 256 bytes.
        string metadataUri;
        /// Hash of its weights, as the owner computes it.
        bytes32 weightsHash;
        /// The datasets this model itself was trained on, ascending.
        uint64[] trainingDatasets;
        /// The datasets its inferences are attributed against: its own and its lineage's, ascending.
        uint64[] candidates;
        /// The least wei an inference must pay.
        uint256 inferenceFee;
        /// How each fee is divided.
        FeeSplit split;
        /// The block that registered it.
        uint64 registeredAt;
        /// False once deactivated.
        bool active;
    }

    /// @notice A model (`baseModel` 0) or an adapter was registered.
    event ModelRegistered(uint64 indexed modelId, address indexed owner, uint64 indexed baseModel, string name);

    /// @notice A model's inference fee changed from `oldFee` to `newFee` wei.
    event ModelFeeUpdated(uint64 indexed modelId, uint256 oldFee, uint256 newFee);

    /// @notice A model was deactivated: no more inferences can be recorded on it or adapters registered on it.
    event ModelDeactivated(uint64 indexed modelId);

    /// @notice Registers a base model; the caller becomes its owner.
    /// @param name Human-readable name, non-empty, at most 256 bytes.
    /// @param metadataUri Where its description lives, at most 256 bytes.
    /// @param weightsHash Hash of its weights.
    /// @param trainingDatasets Sealed, active datasets, each once, ascending; at least one.
    /// @param inferenceFee The least wei an inference must pay.
    /// @param split The fee split; lineageBps must be 0 for a base model.
    /// @return modelId The new model's id.
    /// @dev Reverts with `StringTooLong`, `EmptyName`, `InvalidSplit` (shares do not sum to 10000),
    /// `SplitOutOfBounds` (data share below minDataBps, treasury share outside minTreasuryBps..maxTreasuryBps,
    /// a lineage share on a base model, or one above maxLineageBps), `DuplicateDataset`, `DatasetsOutOfOrder`,
    /// `UnknownDataset`, `DatasetNotSealed`, `DatasetInactive`, `NoTrainingData` (no datasets), `TooManyCandidates`
    /// (more than maxCandidates, genesis 64). Emits ModelRegistered.
    function registerModel(
        string calldata name,
        string calldata metadataUri,
        bytes32 weightsHash,
        uint64[] calldata trainingDatasets,
        uint256 inferenceFee,
        FeeSplit calldata split
    ) external returns (uint64 modelId);

    /// @notice Registers an adapter of `baseModel`; the caller becomes its owner. Its inferences are attributed
    /// against `trainingDatasets` and every dataset its base model is attributed against.
    /// @param baseModel An active registered model (itself possibly an adapter).
    /// @param name Human-readable name, non-empty, at most 256 bytes.
    /// @param metadataUri Where its description lives, at most 256 bytes.
    /// @param weightsHash Hash of its weights.
    /// @param trainingDatasets Its own sealed, active datasets, each once, ascending; may be empty.
    /// @param inferenceFee The least wei an inference must pay.
    /// @param split The fee split; lineageBps goes to the base model's owner.
    /// @return modelId The new adapter's id.
    /// @dev Reverts with everything registerModel does (except that a lineage share is allowed), and with
    /// `UnknownModel` (no such base model) or `ModelInactive` (the base model is deactivated). Emits ModelRegistered.
    function registerAdapter(
        uint64 baseModel,
        string calldata name,
        string calldata metadataUri,
        bytes32 weightsHash,
        uint64[] calldata trainingDatasets,
        uint256 inferenceFee,
        FeeSplit calldata split
    ) external returns (uint64 modelId);

    /// @notice Sets a model's least inference fee. Only its owner, while active.
    /// @dev Reverts with `UnknownModel`, `NotOwner`, `ModelInactive`. Emits ModelFeeUpdated.
    function updateFee(uint64 modelId, uint256 newFee) external;

    /// @notice Deactivates a model for good. Only its owner.
    /// @dev Reverts with `UnknownModel`, `NotOwner`, `ModelInactive` (already deactivated). Emits ModelDeactivated.
    function deactivate(uint64 modelId) external;

    /// @notice The model's record.
    /// @dev Reverts with `UnknownModel`.
    function getModel(uint64 modelId) external view returns (Model memory);

    /// @notice How many models and adapters were registered; ids run from 1 to this count.
    function modelCount() external view returns (uint64);
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {IDatasetRegistry} from "./IDatasetRegistry.sol";
import {IModelRegistry} from "./IModelRegistry.sol";
import {IAttribution} from "./IAttribution.sol";
import {IGovernance} from "./IGovernance.sol";

/// @title Tributary: the reserved addresses of the chain's native modules
/// @notice `IAttribution(Tributary.ATTRIBUTION).recordInference{value: fee}(...)`, or use the typed getters.
library Tributary {
    /// @notice Receives the treasury share of every inference fee and every rounding remainder.
    address internal constant TREASURY = 0x00000000000000000000000000000000000a7000;
    /// @notice IDatasetRegistry.
    address internal constant DATASET_REGISTRY = 0x00000000000000000000000000000000000a7001;
    /// @notice IModelRegistry.
    address internal constant MODEL_REGISTRY = 0x00000000000000000000000000000000000a7002;
    /// @notice IAttribution.
    address internal constant ATTRIBUTION = 0x00000000000000000000000000000000000a7003;
    /// @notice IGovernance.
    address internal constant GOVERNANCE = 0x00000000000000000000000000000000000a7004;

    function datasetRegistry() internal pure returns (IDatasetRegistry) {
        return IDatasetRegistry(DATASET_REGISTRY);
    }

    function modelRegistry() internal pure returns (IModelRegistry) {
        return IModelRegistry(MODEL_REGISTRY);
    }

    function attribution() internal pure returns (IAttribution) {
        return IAttribution(ATTRIBUTION);
    }

    function governance() internal pure returns (IGovernance) {
        return IGovernance(GOVERNANCE);
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Tributary} from "Tributary.sol";
import {IDatasetRegistry} from "IDatasetRegistry.sol";

/// Reads the AI modules from Solidity, through the published interfaces (contracts/*.sol at the repository root):
/// proof that an EVM contract reaches the native modules with ordinary calls, including from a view.
contract ModuleReader {
    /// What `account` earned from attribution and how many datasets are registered, in one view.
    function summary(address account) external view returns (uint256 royalties, uint64 payments, uint64 datasets) {
        (royalties, payments) = Tributary.attribution().royaltiesOf(account);
        datasets = Tributary.datasetRegistry().datasetCount();
    }

    /// A dataset's owner and seal state, decoded from the module's struct return.
    function datasetOwner(uint64 datasetId) external view returns (address owner, bool isSealed) {
        IDatasetRegistry.Dataset memory d = Tributary.datasetRegistry().getDataset(datasetId);
        return (d.owner, d.isSealed);
    }

    /// Tries a state-changing function from a view (a STATICCALL): the module must refuse it; returns its answer.
    function staticRegister() external view returns (bool ok, bytes memory result) {
        return Tributary.DATASET_REGISTRY.staticcall(
            abi.encodeCall(IDatasetRegistry.register, ("static", "", bytes32(0), "", address(this), 10))
        );
    }
}

// Hardhat's in-process network for bench.mjs: the Cancun rules and room for a whole benchmark run in one call.
module.exports = {
  networks: {
    hardhat: {
      hardfork: "cancun",
      blockGasLimit: 100_000_000,
      initialBaseFeePerGas: 0,
      loggingEnabled: false,
    },
  },
};

// The Hardhat node the devnet is compared with (and that node/src/test/js develops against):
// the devnet's chain id, mnemonic, balances and initial base fee.
// HARDHAT_MINING=interval mines a block every HARDHAT_INTERVAL_MS (default 1000) like `tributary dev --block-time 1s`;
// HARDHAT_GAS_LIMIT sets the block gas limit (default 30M, the devnet's default).
// anything else keeps Hardhat's default automine (one block per transaction, mined as it arrives).
const interval = process.env.HARDHAT_MINING === "interval";
module.exports = {
  networks: {
    hardhat: {
      chainId: 7357,
      initialBaseFeePerGas: 1_000_000_000,
      accounts: {
        mnemonic: "test test test test test test test test test test test junk",
        path: "m/44'/60'/0'/0",
        count: 10,
        accountsBalance: "10000000000000000000000",
      },
      mining: interval ? { auto: false, interval: Number(process.env.HARDHAT_INTERVAL_MS || 1000) } : { auto: true },
      blockGasLimit: Number(process.env.HARDHAT_GAS_LIMIT || 30_000_000),
      loggingEnabled: false,
    },
  },
};

# Tributary: every target builds with a JDK 21+ found by bin/java-home (the sources are Java 17; Tuweni 2.7 needs 21).
SHELL := /bin/bash
export JAVA_HOME := $(shell ./bin/java-home)
JAVA_MAJOR := $(shell $(JAVA_HOME)/bin/java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $$2}')
# Maven itself calls sun.misc.Unsafe; JDK 23+ warns about it on every run unless told this.
ifeq ($(shell [ "$(JAVA_MAJOR)" -ge 23 ] 2>/dev/null && echo yes),yes)
export MAVEN_OPTS ?= --sun-misc-unsafe-memory-access=allow
endif
MVN ?= mvn
MVN_FLAGS ?= -B -ntp
BENCH_DIR := benchmarks/results

.PHONY: build run test bench bench-devnet bench-evm bench-testnet soak soak-testnet fuzz clean testnet testnet-stop

## build: compile every module and assemble the CLI (bin/tributary)
build:
	$(MVN) $(MVN_FLAGS) -DskipTests install

## run: build, then start the single-validator devnet on http://127.0.0.1:8545 (ARGS="..." runs another command)
run: build
	./bin/tributary $(or $(ARGS),dev)

## test: every test of every module, ethereum/tests vectors included
test:
	$(MVN) $(MVN_FLAGS) install

## bench: JMH benchmarks of every module, the EVM against @ethereumjs/evm and Hardhat's EDR, devnet throughput
## against Hardhat, then the 4-validator testnet (tx/s, latency, catch-up); results land in benchmarks/results
bench: build
	./benchmarks/run-jmh.sh $(BENCH_DIR)
	./benchmarks/evm/run.sh $(BENCH_DIR)
	./benchmarks/devnet-throughput/run.sh $(BENCH_DIR)
	./benchmarks/testnet/run.sh $(BENCH_DIR)

## bench-testnet: only the 4-validator loopback testnet: confirmed tx/s and latency at a ladder of offered rates,
## and a node's catch-up after 10,000 blocks (benchmarks/testnet.md)
bench-testnet: build
	./benchmarks/testnet/run.sh $(BENCH_DIR)

## bench-devnet: only the devnet throughput comparison with Hardhat's node
bench-devnet: build
	./benchmarks/devnet-throughput/run.sh $(BENCH_DIR)

## bench-evm: only the EVM comparison (Mgas/s on the benchmark contracts, beside @ethereumjs/evm and EDR)
bench-evm: build
	./benchmarks/evm/run.sh $(BENCH_DIR)

## testnet: build if needed, then start N validators (default 4; make testnet N=7) on loopback with their data, logs
## and pid files in testnet/run, wait until blocks are final on every node and print the RPC endpoints
N ?= 4
testnet:
	@./testnet/testnet.sh up $(N)

## testnet-stop: stop the testnet's nodes (SIGTERM, SIGKILL after a grace period); the chain stays in testnet/run
testnet-stop:
	@./testnet/testnet.sh down

## soak: long fuzz (each *FuzzTest for 5 minutes), crash and simulation runs, and the 30-minute testnet soak
## (SoakIT: validators killed, paused and cut off under load; report in benchmarks/results/soak.json, figures in
## testnet/SOAK.md)
soak: build
	$(MVN) $(MVN_FLAGS) -Psoak verify

## fuzz: one Jazzer fuzz test for as long as asked (make fuzz TARGET=RlpFuzzTest SECONDS=3600); a finding lands in
## its src/test/resources/.../<Class>Inputs directory as crash-<sha1> and fails the run
fuzz:
	$(MVN) $(MVN_FLAGS) test -Dtest=$(TARGET) -Dtributary.fuzz.seconds=$(or $(SECONDS),600) -Dsurefire.failIfNoSpecifiedTests=false

## soak-testnet: only the 30-minute testnet soak, through testnet/run-soak.sh (SEED=N replays or varies the schedule)
soak-testnet: build
	./testnet/run-soak.sh --manifest testnet/manifests/soak/soak.json --out $(BENCH_DIR)/soak.json $(if $(SEED),--seed $(SEED))

clean:
	$(MVN) $(MVN_FLAGS) -q clean

#!/usr/bin/env bash
# The long runs of the robustness suites: the contract-driven fuzz (RouteFuzzTests, 50,000 hostile requests over every
# catalog endpoint by default) and the model-based tenancy test (TenancyModelTests, 2,000 sequences of up to 50 steps).
# CI runs 3,000 requests and 60 sequences of them as part of dotnet test, with the same fixed seeds.
#
#   tests/fuzz.sh                                        the defaults, seeds KipuHubFuzz1 and KipuHubTenancy1
#   REQUESTS=200000 SEED=fEucIeUmCF51 SEQUENCES=5000 MODEL_SEED=KipuHubTenancy2 tests/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export KIPUHUB_FUZZ_REQUESTS="${REQUESTS:-50000}"
export KIPUHUB_FUZZ_SEED="${SEED:-KipuHubFuzz1}"
export KIPUHUB_MODEL_SEQUENCES="${SEQUENCES:-2000}"
export KIPUHUB_MODEL_SEED="${MODEL_SEED:-KipuHubTenancy1}"
dotnet build tests/KipuHub.FakeServer.Tests -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet test tests/KipuHub.FakeServer.Tests -c Release --no-build --filter "FullyQualifiedName~RouteFuzzTests|FullyQualifiedName~TenancyModelTests" \
  --logger "console;verbosity=detailed" | grep -E "requests from seed|sequences from seed|answered with 2xx|Passed|Failed|Error Message|broke the property" || true

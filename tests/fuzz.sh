#!/usr/bin/env bash
# The long run of the contract-driven fuzz suite (RouteFuzzTests): 50,000 hostile requests by default, over every
# catalog endpoint, with the fixed seed of CI or another one. CI runs 3,000 of them as part of dotnet test.
#
#   tests/fuzz.sh                       50,000 requests, seed KipuHubFuzz1
#   REQUESTS=200000 SEED=fEucIeUmCF51 tests/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export KIPUHUB_FUZZ_REQUESTS="${REQUESTS:-50000}"
export KIPUHUB_FUZZ_SEED="${SEED:-KipuHubFuzz1}"
dotnet build tests/KipuHub.FakeServer.Tests -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet test tests/KipuHub.FakeServer.Tests -c Release --no-build --filter "FullyQualifiedName~RouteFuzzTests" \
  --logger "console;verbosity=detailed" | grep -E "requests from seed|answered with 2xx|Passed|Failed|Error Message|broke the property" || true

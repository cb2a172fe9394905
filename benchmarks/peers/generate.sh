#!/usr/bin/env bash
# Generates the benchmark peers a .NET team would otherwise pick, from the fake's own /openapi/v1.json:
#   Kiota (Microsoft.OpenApi.Kiota 1.38.0, the services list and get paths) and NSwag (NSwag.CodeGeneration.CSharp 14.8.0).
# The output (benchmarks/peers/generated/) is a build output, not committed; KipuHub.Benchmarks compiles the peers only
# when it exists. benchmarks/run.sh calls this before it builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=benchmarks/peers/generated
TOOLS=benchmarks/peers/.tools
PORT="${PEERS_PORT:-5095}"
rm -rf "$OUT" && mkdir -p "$OUT"

dotnet build src/KipuHub.FakeServer.Tool -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet src/KipuHub.FakeServer.Tool/bin/Release/net10.0/KipuHub.FakeServer.Tool.dll --urls "http://127.0.0.1:$PORT" --Logging:LogLevel:Default=Warning > /dev/null 2>&1 &
FAKE=$!
trap 'kill $FAKE 2> /dev/null || true' EXIT
for _ in $(seq 1 150); do
  if curl -fs -o "$OUT/openapi.json" "http://127.0.0.1:$PORT/openapi/v1.json"; then break; fi
  sleep 0.2
done
[[ -s "$OUT/openapi.json" ]] || { echo "the fake did not serve /openapi/v1.json on port $PORT" >&2; exit 1; }
kill $FAKE 2> /dev/null || true

if [[ ! -x "$TOOLS/kiota" ]]; then
  dotnet tool install Microsoft.OpenApi.Kiota --version 1.38.0 --tool-path "$TOOLS" > /dev/null
fi
"$TOOLS/kiota" generate -l CSharp -d "$OUT/openapi.json" -o "$OUT/Kiota" -c KiotaHubClient -n KipuHub.Peers.Kiota \
  --include-path "/qc-catalog/services" --include-path "/qc-catalog/services/{id}" \
  --exclude-backward-compatible --clean-output --log-level Error
echo "Kiota $("$TOOLS/kiota" --version): $OUT/Kiota ($(find "$OUT/Kiota" -name '*.cs' | wc -l) files)"

mkdir -p "$OUT/NSwag"
dotnet run --project benchmarks/peers/NSwagGenerator -c Release -- "$OUT/openapi.json" "$OUT/NSwag/NSwagHubClient.cs"

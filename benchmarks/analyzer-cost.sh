#!/usr/bin/env bash
# Item 6: the KipuHub analyzers' share of compile time. Generates a project with 5,000 fluent call sites and builds
# it with -p:ReportAnalyzer=true, with and without the KipuHub analyzer assembly; writes results/analyzer-cost.md.
#
#   benchmarks/analyzer-cost.sh [path/to/KipuHub.Analyzers.dll]
#
# Default: this checkout's src/KipuHub.Analyzers (built in Release). Target: analyzer time under 5% of compile time.
set -euo pipefail
cd "$(dirname "$0")/.."
RES=benchmarks/results
mkdir -p "$RES"
dotnet build src/KipuHub.Fluent -c Release -nologo -v quiet -clp:ErrorsOnly
ANALYZER="${1:-$PWD/src/KipuHub.Analyzers/bin/Release/netstandard2.0/KipuHub.Analyzers.dll}"
FLUENT="$PWD/src/KipuHub.Fluent/bin/Release/net10.0/KipuHub.Fluent.dll"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CALLS=5000
FILES=50
cat > "$WORK/Gen.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <OutputType>Library</OutputType>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$FLUENT" />
    <Analyzer Include="$ANALYZER" Condition="'\$(KipuHubAnalyzers)' != 'false'" />
  </ItemGroup>
</Project>
PROJ
per=$((CALLS / FILES))
for f in $(seq 1 $FILES); do
  {
    echo "using KipuHub; using KipuHub.Models; using KipuHub.Paging;"
    echo "namespace Gen; public static class Calls$f {"
    for i in $(seq 1 $per); do
      case $((i % 4)) in
        0) echo "  public static Task<Page<ServiceOverview>> M$i(HubPlatformClient hub, string org, ServiceLifecycle l) => hub.Services.InOrg(org).Where(s => s.Lifecycle == l).OrderBy(s => s.Name).Page(0, 20).ListAsync();" ;;
        1) echo "  public static Task<Service> M$i(HubPlatformClient hub, string id) => hub.Services.GetAsync(id);" ;;
        2) echo "  public static Task<IReadOnlyList<DataPool>> M$i(HubPlatformClient hub, string q) => hub.DataPools.Where(d => d.Name!.Contains(q)).ListAsync();" ;;
        3) echo "  public static IAsyncEnumerable<ServiceOverview> M$i(HubPlatformClient hub) => hub.Services.OrderByDescending(s => s.CreatedAt).AllAsync();" ;;
      esac
    done
    echo "}"
  } > "$WORK/Calls$f.cs"
done

build() { # KipuHubAnalyzers=true|false -> prints csc wall ms and KipuHub analyzer seconds
  dotnet build "$WORK/Gen.csproj" -c Release -nologo -p:KipuHubAnalyzers="$1" -p:ReportAnalyzer=true --no-incremental -v:d -clp:PerformanceSummary > "$WORK/build-$1.log" 2>&1 \
    || { tail -30 "$WORK/build-$1.log"; exit 1; }
  local csc kipu total
  csc=$( (grep -E '^\s+[0-9]+ ms\s+Csc\s' "$WORK/build-$1.log" || true) | tail -1 | awk '{print $1}')
  total=$( (grep -m1 'Total analyzer execution time' "$WORK/build-$1.log" || true) | sed -E 's/.*: ([0-9.]+) seconds.*/\1/')
  kipu=$( (grep -E 'KipuHub\.Analyzers, Version' "$WORK/build-$1.log" || true) | head -1 | awk '{print $1}')
  echo "${csc:-0} ${total:-0} ${kipu:-0}"
}
dotnet restore "$WORK/Gen.csproj" -v quiet > /dev/null
build true > /dev/null # warm-up (compiler server, disk cache)
read -r csc_off total_off _ <<< "$(build false)"
read -r csc_on total_on kipu_on <<< "$(build true)"
rules=$( (grep -E '^\s+[<0-9.]+\s+KipuHub\.Analyzers\.' "$WORK/build-true.log" || true) | head -20 | sed -E 's/^\s+//')
{
  echo "## Analyzer cost (item 6)"
  echo
  echo "A generated project with $CALLS fluent call sites in $FILES files, built in Release with -p:ReportAnalyzer=true"
  echo "(--no-incremental, after one warm-up build). Analyzer assembly: \`${ANALYZER#$PWD/}\`."
  echo
  echo "| build | Csc task | all analyzers (ReportAnalyzer) | KipuHub analyzers | KipuHub share of Csc |"
  echo "|---|---|---|---|---|"
  echo "| without KipuHub analyzers | $csc_off ms | ${total_off} s | — | — |"
  share=$(awk "BEGIN{ if ($csc_on > 0) printf \"%.1f%%\", 100*$kipu_on*1000/$csc_on; else print \"n/a\" }")
  echo "| with KipuHub analyzers | $csc_on ms | ${total_on} s | ${kipu_on} s | $share |"
  echo
  echo "Target: KipuHub analyzer time under 5% of compile time. Csc difference with/without: $((csc_on - csc_off)) ms."
  if awk "BEGIN{ exit !(${kipu_on:-0} == 0) }"; then
    echo
    echo "The analyzer assembly reported no analyzers: it contains no DiagnosticAnalyzer yet on this branch."
  else
    echo
    echo '```'
    echo "$rules"
    echo '```'
  fi
} > "$RES/analyzer-cost.md"
cat "$RES/analyzer-cost.md"

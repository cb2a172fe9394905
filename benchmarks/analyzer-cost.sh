#!/usr/bin/env bash
# Item 6: the KipuHub analyzers' share of compile time. Generates a project with 5,000 fluent call sites and builds
# it with -p:ReportAnalyzer=true, with and without the KipuHub analyzer assembly; writes results/analyzer-cost.md.
#
#   benchmarks/analyzer-cost.sh [path/to/KipuHub.Analyzers.dll]
#
# Default: this checkout's src/KipuHub.Analyzers, built here in Release. Target: analyzer time under 5% of compile time.
#
# The machines are shared, so every figure is a median of RUNS (default 3) rounds, and each round builds every
# variant back to back: without KipuHub analyzers, with them, and with a "floor" analyzer that reports the same
# warnings at the same places and does no analysis at all. The floor is what reporting those warnings costs in the
# compiler, whatever the rules do. BEFORE=path/to/an/older/KipuHub.Analyzers.dll adds that build to each round, for
# before/after ratios measured under the same load. ANALYZER_COST_LOGS=dir keeps the project and build logs.
#
# CORPUS=flagged (default) writes the call sites so that 3,750 of the 5,000 warn (KH0001), as first measured;
# CORPUS=clean writes the same shapes scoped and paged, as code looks once the warnings are fixed, so it measures the
# rules' analysis with no reporting (the build fails if any KipuHub warning appears) and writes analyzer-cost-clean.md.
#
# COMPILER=fresh (default) runs each build's compiler in a new process (-p:UseSharedCompilation=false), so every build
# pays the JIT and first use of the compiler and of every analyzer: what a CI agent without the compiler server pays,
# and what this machine's environment does to every build. COMPILER=server builds through the compiler server
# (-p:UseSharedCompilation=true), as `dotnet build` does by default on a developer machine: the server is warmed up with
# two builds of every variant first, and writes analyzer-cost-server.md (analyzer-cost-clean-server.md).
#
# VARIANTS="with floor" builds only those variants each round (of without, with, floor, before): more rounds in the
# same time when only the share is wanted, since the share is KipuHub's time over the Csc task of the same build.
#
# The measurement goes at the top of the results file; anything below the notes marker in that file is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
RES=benchmarks/results
CORPUS="${CORPUS:-flagged}"
case "$CORPUS" in
  flagged) OUT="$RES/analyzer-cost" ;;
  clean) OUT="$RES/analyzer-cost-clean" ;;
  *) echo "CORPUS must be flagged or clean, not '$CORPUS'" >&2; exit 2 ;;
esac
COMPILER="${COMPILER:-fresh}"
case "$COMPILER" in
  fresh) SHARED=false; OUT="$OUT.md" ;;
  server) SHARED=true; OUT="$OUT-server.md" ;;
  *) echo "COMPILER must be fresh or server, not '$COMPILER'" >&2; exit 2 ;;
esac
MARKER='<!-- notes below this line are kept by analyzer-cost.sh -->'
mkdir -p "$RES"
dotnet build src/KipuHub.Fluent -c Release -nologo -v quiet -clp:ErrorsOnly
if [ $# -eq 0 ]; then
  dotnet build src/KipuHub.Analyzers -c Release -nologo -v quiet -clp:ErrorsOnly
fi
ANALYZER="${1:-$PWD/src/KipuHub.Analyzers/bin/Release/netstandard2.0/KipuHub.Analyzers.dll}"
BEFORE="${BEFORE:-}"
RUNS="${RUNS:-3}"
FLUENT="$PWD/src/KipuHub.Fluent/bin/Release/net10.0/KipuHub.Fluent.dll"
WORK=$(mktemp -d)
trap '[ -n "${ANALYZER_COST_LOGS:-}" ] && mkdir -p "$ANALYZER_COST_LOGS" && cp -r "$WORK"/. "$ANALYZER_COST_LOGS"/; rm -rf "$WORK"; [ "$SHARED" = true ] && dotnet build-server shutdown --vbcscompiler > /dev/null 2>&1; true' EXIT
CALLS=5000
FILES=50
mkdir -p "$WORK/gen" "$WORK/floor"
cat > "$WORK/gen/Gen.csproj" <<PROJ
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
    <Analyzer Include="\$(KhAnalyzer)" Condition="'\$(KhAnalyzer)' != ''" />
  </ItemGroup>
</Project>
PROJ
per=$((CALLS / FILES))
for f in $(seq 1 $FILES); do
  {
    echo "using KipuHub; using KipuHub.Models; using KipuHub.Paging;"
    echo "namespace Gen; public static class Calls$f {"
    for i in $(seq 1 $per); do
      if [ "$CORPUS" = clean ]; then case $((i % 4)) in
        0) echo "  public static Task<Page<ServiceOverview>> M$i(HubPlatformClient hub, string org, ServiceLifecycle l) => hub.Services.InOrg(org).Where(s => s.Lifecycle == l).OrderBy(s => s.Name).Page(0, 20).ListAsync();" ;;
        1) echo "  public static Task<Service> M$i(HubPlatformClient hub, string org, string id) => hub.Services.InOrg(org).GetAsync(id);" ;;
        2) echo "  public static Task<IReadOnlyList<DataPool>> M$i(HubPlatformClient hub, string org, string q) => hub.DataPools.InOrg(org).Where(d => d.Name!.Contains(q)).ListAsync();" ;;
        3) echo "  public static IAsyncEnumerable<ServiceOverview> M$i(HubPlatformClient hub) => hub.Services.InPersonalAccount().OrderByDescending(s => s.CreatedAt).AllAsync();" ;;
      esac; continue; fi
      case $((i % 4)) in
        0) echo "  public static Task<Page<ServiceOverview>> M$i(HubPlatformClient hub, string org, ServiceLifecycle l) => hub.Services.InOrg(org).Where(s => s.Lifecycle == l).OrderBy(s => s.Name).Page(0, 20).ListAsync();" ;;
        1) echo "  public static Task<Service> M$i(HubPlatformClient hub, string id) => hub.Services.GetAsync(id);" ;;
        2) echo "  public static Task<IReadOnlyList<DataPool>> M$i(HubPlatformClient hub, string q) => hub.DataPools.Where(d => d.Name!.Contains(q)).ListAsync();" ;;
        3) echo "  public static IAsyncEnumerable<ServiceOverview> M$i(HubPlatformClient hub) => hub.Services.OrderByDescending(s => s.CreatedAt).AllAsync();" ;;
      esac
    done
    echo "}"
  } > "$WORK/gen/Calls$f.cs"
done

# The floor: KH0001's descriptor, reported where KH0001 reports on this corpus (the three unscoped shapes above),
# found by the method's name alone. Same generated-code setting as HubAnalyzer (it recognises generated code itself),
# so the compiler does the same work per reported warning.
cat > "$WORK/floor/KipuHub.Analyzers.Floor.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
    <NoWarn>RS2008</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.14.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
PROJ
cat > "$WORK/floor/ReportOnlyAnalyzer.cs" <<'CS'
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportOnlyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("KH0001", "Hub call without a scope decision",
        "{0} runs {1} in the '{2}' namespace without choosing an organization or the personal account, so the account it acts on depends on the client. Add .InOrg(organizationId), or .InPersonalAccount() if the personal account is meant.",
        "Usage", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: "https://example.invalid/docs/rules/KH0001.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(c =>
        {
            var invocation = (IInvocationOperation)c.Operation;
            var name = invocation.TargetMethod.Name;
            var unscoped = name is "GetAsync" or "AllAsync"
                || name == "ListAsync" && invocation.Instance?.Type?.Name == "DataPoolsQuery";
            if (unscoped && invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call)
            {
                var at = Location.Create(call.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, call.Span.End));
                c.ReportDiagnostic(Diagnostic.Create(Rule, at, name, "ServicesList", "services"));
            }
        }, OperationKind.Invocation);
    }
}
CS
dotnet build "$WORK/floor" -c Release -nologo -v quiet -clp:ErrorsOnly -o "$WORK/floor/out" > /dev/null
FLOOR="$WORK/floor/out/KipuHub.Analyzers.Floor.dll"

build() { # label analyzer-dll assembly-name -> appends "label csc_ms total_s assembly_s" and its per-rule lines
  local label=$1 dll=$2 asm=$3 log="$WORK/build-$1.log"
  dotnet build "$WORK/gen/Gen.csproj" -c Release -nologo -p:KhAnalyzer="$dll" -p:ReportAnalyzer=true -p:UseSharedCompilation=$SHARED --no-incremental -v:d -clp:PerformanceSummary > "$log" 2>&1 \
    || { tail -30 "$log"; exit 1; }
  local csc total kipu
  csc=$( (grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" || true) | tail -1 | awk '{print $1}')
  total=$( (grep -m1 'Total analyzer execution time' "$log" || true) | sed -E 's/.*: ([0-9.]+) seconds.*/\1/')
  kipu=$( (grep -E "^\s+[<0-9.]+\s+[<0-9]+\s+${asm//./\\.}, Version" "$log" || true) | head -1 | awk '{print $1}')
  echo "run $label ${csc:-0} ${total:-0} ${kipu:-0}" >> "$WORK/runs.txt"
  local warned
  warned=$( (grep -oE 'Calls[0-9]+\.cs\([0-9]+,[0-9]+\): warning KH[0-9]+' "$log" || true) | sort -u | wc -l)
  echo "warned $label $warned" >> "$WORK/runs.txt"
  if [ "$CORPUS" = clean ] && [ "$label" != without ] && [ "$warned" -ne 0 ]; then
    echo "the clean corpus must not warn, but $label reported $warned KipuHub warnings" >&2; exit 1
  fi
  # Per analyzer class: HubAnalyzer now; the six per-rule analyzers of older assemblies (BEFORE=).
  (grep -E '^\s+[<0-9.]+\s+[<0-9]+\s+KipuHub\.Analyzers\.[A-Za-z.]+Analyzer ' "$log" || true) | head -6 \
    | awk -v l="$label" '{ t=$1; sub(/^</, "", t); r=$3; sub(/^KipuHub\.Analyzers\.(Rules\.)?/, "", r); ids=$4; for (i = 5; i <= NF; i++) ids = ids $i; gsub(/ /, "", ids); print "rule", l, r, ids, t }' >> "$WORK/runs.txt"
  if [ -n "${ANALYZER_COST_LOGS:-}" ]; then cp "$log" "$WORK/build-$1-$round.log"; fi
}
dotnet restore "$WORK/gen/Gen.csproj" -v quiet > /dev/null
: > "$WORK/runs.txt"
round=0
build warmup "$ANALYZER" KipuHub.Analyzers # disk cache
variants=(without with)
if [ "$CORPUS" = flagged ]; then variants+=(floor); fi
if [ -n "$BEFORE" ]; then variants+=(before); fi
if [ -n "${VARIANTS:-}" ]; then
  read -r -a variants <<< "$VARIANTS"
  for v in "${variants[@]}"; do case $v in without|with|floor|before) ;; *) echo "VARIANTS takes without, with, floor and before, not '$v'" >&2; exit 2 ;; esac; done
  if [[ " $VARIANTS " == *" before "* && -z "$BEFORE" ]]; then echo "VARIANTS names before, so BEFORE must name an assembly" >&2; exit 2; fi
fi
build_variant() { # variant [label]: builds the variant, recorded under label (default: the variant's own name)
  case $1 in
    without) build "${2:-$1}" "" none ;;
    with) build "${2:-$1}" "$ANALYZER" KipuHub.Analyzers ;;
    floor) build "${2:-$1}" "$FLOOR" KipuHub.Analyzers.Floor ;;
    before) build "${2:-$1}" "$BEFORE" KipuHub.Analyzers ;;
  esac
}
if [ "$SHARED" = true ]; then
  # The server keeps each analyzer assembly loaded and compiled across builds: warm every variant before measuring.
  for v in "${variants[@]}" "${variants[@]}"; do build_variant "$v" warmup; done
fi
for round in $(seq 1 "$RUNS"); do
  # Each round starts one variant later, so no variant always runs first (or right after the same neighbour).
  for k in $(seq 0 $((${#variants[@]} - 1))); do
    build_variant "${variants[$(((round + k) % ${#variants[@]}))]}"
  done
done

python3 - "$WORK/runs.txt" "$ANALYZER" "$PWD" "$CALLS" "$FILES" "$RUNS" "$BEFORE" "$CORPUS" "$COMPILER" > "$WORK/measured.md" <<'PY'
import sys, statistics as st
runs_file, analyzer, cwd, calls, files, rounds, before, corpus, compiler = sys.argv[1:10]
runs, rules, warned = {}, {}, {}
for line in open(runs_file):
    p = line.split()
    if p[0] == "run" and p[1] != "warmup":
        runs.setdefault(p[1], []).append((float(p[2]), float(p[3]), float(p[4])))
    elif p[0] == "warned":
        warned[p[1]] = int(p[2])
    elif p[0] == "rule" and p[1] != "warmup":
        rules.setdefault((p[1], p[2], p[3]), []).append(float(p[4]))
med = lambda xs: st.median(xs)
def row(label, name):
    if label not in runs: return None
    r = runs[label]
    csc, total, kipu = med([x[0] for x in r]), med([x[1] for x in r]), med([x[2] for x in r])
    shares = [100 * x[2] * 1000 / x[0] for x in r if x[0] > 0]
    kipu_cell = "—" if label == "without" else f"{kipu:.3f} s"
    quartiles = f"quartiles {st.quantiles(shares, n=4)[0]:.1f}–{st.quantiles(shares, n=4)[2]:.1f}%; " if len(shares) >= 4 else ""
    share_cell = "—" if label == "without" else f"**{med(shares):.1f}%** ({quartiles}runs: {', '.join(f'{s:.1f}%' for s in shares)})"
    return f"| {name} | {csc:.0f} ms | {total:.3f} s | {kipu_cell} | {share_cell} |", med(shares) if shares else 0
how = ("through the compiler server (-p:UseSharedCompilation=true, as `dotnet build` runs by default), warmed up with two builds of every variant"
       if compiler == "server" else "with a fresh compiler process per build (-p:UseSharedCompilation=false), after one warm-up build")
if corpus == "clean":
    print(f"## Analyzer cost (item 6), clean corpus: every call scoped and paged, no warning{', compiler server' if compiler == 'server' else ''}\n")
    what = f"{warned.get('with', 0)} of them warn: the rules analyse every call and report nothing"
else:
    print(f"## Analyzer cost (item 6){', compiler server' if compiler == 'server' else ''}\n")
    what = f"{warned.get('with', 0):,} of them warn KH0001"
print(f"A generated project with {calls} fluent call sites in {files} files ({what}), built in Release with")
print(f"-p:ReportAnalyzer=true and --no-incremental {how}; medians of {rounds} rounds, each round building its")
shown = analyzer[len(cwd) + 1:] if analyzer.startswith(cwd + "/") else analyzer
print(f"variants back to back. Analyzer assembly: `{shown}`.\n")
print("| build | Csc task | all analyzers (ReportAnalyzer) | KipuHub analyzers | KipuHub share of Csc |")
print("|---|---|---|---|---|")
names = [("without", "without KipuHub analyzers"), ("with", "with KipuHub analyzers"),
         ("floor", "floor: the same 3,750 warnings reported by a do-nothing analyzer"), ("before", "before this branch (BEFORE=)")]
shares = {}
for label, name in names:
    r = row(label, name)
    if r:
        print(r[0]); shares[label] = r[1]
print()
print("Target: KipuHub analyzer time under 5% of compile time.", end=" ")
if "with" in shares:
    print(f"Measured: {shares['with']:.1f}%." + (f" The floor alone: {shares['floor']:.1f}%." if "floor" in shares else ""))
if "before" in shares and shares["with"] > 0:
    print(f"Before/after in the same rounds: {shares['before']:.1f}% → {shares['with']:.1f}%.")
def above_floor(label):
    # Round by round, so each difference is taken under one load.
    xs = [100 * (a[2] - f[2]) * 1000 / a[0] for a, f in zip(runs.get(label, []), runs.get("floor", [])) if a[0] > 0]
    return xs
for label, name in (("before", "before"), ("with", "now")):
    xs = above_floor(label)
    if xs:
        print(f"Above the floor ({name}, what the rules' own work adds to reporting): median {med(xs):.1f}% of Csc (rounds: {', '.join(f'{x:.1f}%' for x in xs)}).")
print("\nPer analyzer (ReportAnalyzer seconds, median of the rounds; the six rules run as one analyzer since HubAnalyzer):\n")
labels = [l for l in ("before", "with") if any(k[0] == l for k in rules)]
print("| analyzer (rules) | " + " | ".join("before" if l == "before" else "now" for l in labels) + " |")
print("|---|" + "---|" * len(labels))
names = sorted({(k[1], k[2]) for k in rules}, key=lambda n: -med(rules.get(("with",) + n, [0])))
for rule, rid in names:
    print(f"| {rule} {rid} | " + " | ".join(f"{med(rules[(l, rule, rid)]):.3f} s" if (l, rule, rid) in rules else "—" for l in labels) + " |")
PY
notes=""
if [ -f "$OUT" ] && grep -qF "$MARKER" "$OUT"; then
  notes=$(sed -n "/$MARKER/,\$p" "$OUT")
fi
{ cat "$WORK/measured.md"; echo; if [ -n "$notes" ]; then echo "$notes"; else echo "$MARKER"; fi; } > "$OUT"
cat "$WORK/measured.md"

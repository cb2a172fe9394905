#!/usr/bin/env bash
# Packs every package into a temp folder and checks each one's metadata and shape (one version, license, SourceLink,
# README, symbols; the fake a library, the tools dotnet tools). Then proves that the KipuHub.Fluent package carries
# the analyzers: restores it into a throwaway consumer project outside the solution and asserts that building the
# consumer reports KH0001 and KH0002 as warnings. Exits non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
work="$(mktemp -d "${TMPDIR:-/tmp}/kipuhub-verify-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "verify-package: packing src/KipuHub.Fluent into $work/nupkgs"
dotnet pack "$repo/src/KipuHub.Fluent" -c Release -o "$work/nupkgs" --nologo -v quiet >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; echo "verify-package: FAILED: dotnet pack failed"; exit 1; }

for project in KipuHub.FakeServer KipuHub.FakeServer.Xunit KipuHub.FakeServer.Xunit.V3 KipuHub.FakeServer.Tool KipuHub.Contract.Tool; do
  dotnet pack "$repo/src/$project" -c Release -o "$work/nupkgs" --nologo -v quiet >"$work/pack-$project.log" 2>&1 \
    || { cat "$work/pack-$project.log"; echo "verify-package: FAILED: dotnet pack of $project failed"; exit 1; }
done

# Every package: one version for all, the metadata NuGet shows (declared once in src/Directory.Build.props), the
# README, a symbols package, and the commit it was built from (SourceLink).
python3 - "$work/nupkgs" "$repo/src/Directory.Build.props" <<'PY' || { echo "verify-package: FAILED: package metadata"; exit 1; }
import glob, os, re, sys, zipfile
import xml.etree.ElementTree as ET
folder, props = sys.argv[1], sys.argv[2]
declared = {e.tag: (e.text or "") for e in ET.parse(props).iter()}
expected_url, expected_version = declared["KipuHubRepositoryUrl"], declared["VersionPrefix"]
problems, ids = [], []
for path in sorted(glob.glob(os.path.join(folder, "*.nupkg"))):
    name = os.path.basename(path)
    with zipfile.ZipFile(path) as z:
        nuspec = next(n for n in z.namelist() if n.endswith(".nuspec"))
        meta = ET.fromstring(z.read(nuspec)).find("{*}metadata")
        get = lambda tag: meta.find("{*}" + tag)
        ids.append(get("id").text)
        checks = {
            "version": get("version").text == expected_version,
            "license MIT": get("license") is not None and get("license").text == "MIT",
            "authors": bool((get("authors").text or "").strip()),
            "projectUrl": get("projectUrl").text == expected_url,
            "repository url": get("repository") is not None and get("repository").get("url") == expected_url,
            "repository commit (SourceLink)": get("repository") is not None and re.fullmatch(r"[0-9a-f]{40}", get("repository").get("commit") or "") is not None,
            "readme": get("readme") is not None and get("readme").text in z.namelist(),
            "tags": bool((get("tags").text or "").strip()),
            "description": bool((get("description").text or "").strip()),
            "symbols package": os.path.exists(path[:-len(".nupkg")] + ".snupkg"),
        }
        files = z.namelist()
        types = [t.get("name") for t in meta.iterfind(".//{*}packageType")]
        if get("id").text.endswith(".Tool"):
            # A dotnet tool: the command, its runtime settings and its dependencies under tools/, nothing to reference.
            checks["a DotnetTool package"] = types == ["DotnetTool"]
            command = {"KipuHub.FakeServer.Tool": "kipuhub-fake", "KipuHub.Contract.Tool": "kipuhub-contract"}.get(get("id").text, "?")
            checks[f"the {command} command"] = any(n.endswith("/DotnetToolSettings.xml") and f'Name="{command}"'.encode() in z.read(n) for n in files)
            checks["no lib/"] = not any(n.startswith("lib/") for n in files)
        else:
            # A library: what a project references, no application settings.
            checks["a library (no runtimeconfig.json)"] = not any(n.endswith(".runtimeconfig.json") for n in files)
            checks["lib/net10.0"] = any(n.startswith("lib/net10.0/") and n.endswith(".dll") for n in files)
    problems += [f"{name}: {what}" for what, ok in checks.items() if not ok]
    print(f"verify-package: {name}: " + ", ".join(checks))
if sorted(ids) != ["KipuHub.Contract.Tool", "KipuHub.FakeServer", "KipuHub.FakeServer.Tool", "KipuHub.FakeServer.Xunit", "KipuHub.FakeServer.Xunit.V3", "KipuHub.Fluent"]:
    problems.append(f"packages: {ids}")
for p in problems:
    print("verify-package: FAIL " + p)
sys.exit(1 if problems else 0)
PY

package="$(ls "$work"/nupkgs/KipuHub.Fluent.*.nupkg | grep -v '\.symbols\.' | head -n 1)"
version="$(basename "$package" .nupkg)"; version="${version#KipuHub.Fluent.}"
for dll in KipuHub.Analyzers.dll KipuHub.Analyzers.CodeFixes.dll; do
  python3 - "$package" "analyzers/dotnet/cs/$dll" <<'PY' || { echo "verify-package: FAILED: $dll is not under analyzers/dotnet/cs in $(basename "$package")"; exit 1; }
import sys, zipfile
sys.exit(0 if sys.argv[2] in zipfile.ZipFile(sys.argv[1]).namelist() else 1)
PY
done
echo "verify-package: $(basename "$package") holds analyzers/dotnet/cs/KipuHub.Analyzers{,.CodeFixes}.dll"

consumer="$work/consumer"
mkdir -p "$consumer"
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kipuhub-local" value="$work/nupkgs" />
  </packageSources>
</configuration>
XML
cat >"$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <!-- A private package folder, so a re-packed 0.1.0 is never masked by the global package cache. -->
    <RestorePackagesPath>\$(MSBuildThisFileDirectory).packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KipuHub.Fluent" Version="$version" />
  </ItemGroup>
</Project>
XML
cat >"$consumer/Program.cs" <<'CS'
using KipuHub;

using var hub = new HubPlatformClient(Environment.GetEnvironmentVariable(HubPlatformClientOptions.ApiKeyVariable)!);
var page = await hub.Services.ListAsync();
Console.WriteLine(page.Content.Count);
CS

echo "verify-package: building a consumer of KipuHub.Fluent $version"
set +e
dotnet build "$consumer/Consumer.csproj" -c Release --nologo >"$work/build.log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
  cat "$work/build.log"; echo "verify-package: FAILED: the consumer did not build"; exit 1
fi

missing=0
for id in KH0001 KH0002; do
  if grep -q "warning $id:" "$work/build.log"; then
    echo "verify-package: ok   $id reported: $(grep -m1 "warning $id:" "$work/build.log" | sed -E 's/^.*(Program\.cs\([0-9,]+\)).*warning ('"$id"'): ([^.]*)\..*$/\1 \2 \3./')"
  else
    echo "verify-package: FAIL $id was not reported"; missing=1
  fi
done
if [ "$missing" -ne 0 ]; then
  cat "$work/build.log"; echo "verify-package: FAILED"; exit 1
fi
echo "verify-package: passed"

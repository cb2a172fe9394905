#!/usr/bin/env bash
# Runs the whole KipuHub benchmark suite (issue 5) and writes markdown tables into benchmarks/results/.
# Budget: under 15 minutes on 2 cores. Not part of .ci/run.
#
#   benchmarks/run.sh            everything
#   benchmarks/run.sh load       only item 4 (wrk load test + in-process server profile); also: bdn, paging, startup
#
# Knobs: WRK_DURATION (default 5s, the write test), WRK_CONNECTIONS (default 32), WRK_THREADS (default 1),
#        LOAD_ROUNDS (default 15) and LOAD_ROUND_DURATION (default 2s per server per round) for the GET rounds;
#        LOAD_WARMUP (default 10s per server) before them.
set -euo pipefail
cd "$(dirname "$0")/.."
RES=benchmarks/results
mkdir -p "$RES"
PARTS="${*:-bdn paging startup load}"  # "load" includes the in-process server profile
DURATION="${WRK_DURATION:-5s}"
CONNECTIONS="${WRK_CONNECTIONS:-32}"
THREADS="${WRK_THREADS:-1}"
# Load generator and servers on cores of their own when there are two or more (LOAD_PINNING=off shares them): on a
# shared core wrk's own work caps every server alike, and the ratios then say more about wrk than about the servers.
if [[ "${LOAD_PINNING:-on}" == on && $(nproc) -ge 2 ]] && command -v taskset > /dev/null; then
  export LOAD_CLIENT_CPUS=0 LOAD_SERVER_CPUS="$( [[ $(nproc) -eq 2 ]] && echo 1 || echo "1-$(( $(nproc) - 1 ))" )"
  ON_SERVER_CORES=(taskset -c "$LOAD_SERVER_CPUS")   # taskset execs the server: $! stays the server's pid
else
  unset LOAD_CLIENT_CPUS LOAD_SERVER_CPUS
  ON_SERVER_CORES=()
fi
BENCH_DLL=benchmarks/KipuHub.Benchmarks/bin/Release/net10.0/KipuHub.Benchmarks.dll
FAKE_DLL=src/KipuHub.FakeServer.Tool/bin/Release/net10.0/KipuHub.FakeServer.Tool.dll
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started=$(date +%s)
log() { echo "[$(( $(date +%s) - started ))s] $*"; }

log "generating the Kiota and NSwag peers from the fake's OpenAPI document"
bash benchmarks/peers/generate.sh > "$RES/peers.log" 2>&1 || { tail -30 "$RES/peers.log"; exit 1; }
log "building (Release)"
dotnet build benchmarks/KipuHub.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build src/KipuHub.FakeServer.Tool -c Release -nologo -v quiet -clp:ErrorsOnly
bench() { dotnet "$BENCH_DLL" "$@"; }

# ── items 1 and 2: BenchmarkDotNet ─────────────────────────────────────────────────────────────
if [[ " $PARTS " == *" bdn "* ]]; then
  log "items 1-2: BenchmarkDotNet (client overhead, query translation)"
  rm -rf "$RES/bdn"
  BDN_ARTIFACTS="$RES/bdn" bench bdn --filter '*ClientOverheadBenchmarks*' '*QueryTranslationBenchmarks*' '*JsonContractBenchmarks*' '*PipelineBenchmarks*' > "$RES/bdn.log" 2>&1 \
    || { tail -50 "$RES/bdn.log"; exit 1; }
  for name in ClientOverheadBenchmarks JsonContractBenchmarks QueryTranslationBenchmarks PipelineBenchmarks; do
    src=$(ls "$RES"/bdn/results/*"$name"-report-github.md)
    { echo "## $name"; echo; cat "$src"; } > "$RES/$name.md"
  done
  log "written $RES/ClientOverheadBenchmarks.md, $RES/QueryTranslationBenchmarks.md"
  # The same calls interleaved in one process (each round runs every client in turn, and each round's time is divided by
  # that round's limit), under both GC budgets: a check of BenchmarkDotNet's ratios that a busy machine cannot skew.
  log "item 1 check: interleaved rounds under both GC budgets"
  {
    echo "## Client overhead, interleaved"
    for budget in 0x200000 0x4000000; do
      echo; echo "DOTNET_GCgen0size=$budget"; echo; echo '```'
      DOTNET_GCgen0size=$budget bench alloc-probe | sed -n '/^Interleaved/,$p'
      echo '```'
    done
  } > "$RES/client-interleaved.md"
  log "written $RES/client-interleaved.md"
fi

# ── item 3: paging at scale ────────────────────────────────────────────────────────────────────
if [[ " $PARTS " == *" paging "* ]]; then
  log "item 3: paging"
  bench paging "$RES" > "$RES/paging.log" 2>&1 || { tail -50 "$RES/paging.log"; exit 1; }
fi

# ── item 5: start-up and memory ────────────────────────────────────────────────────────────────
if [[ " $PARTS " == *" startup "* ]]; then
  log "item 5: start-up"
  bench startup "$RES" > "$RES/startup.log" 2>&1 || { tail -50 "$RES/startup.log"; exit 1; }
fi

# ── item 4: load test with wrk on loopback ─────────────────────────────────────────────────────
if [[ " $PARTS " == *" load "* ]]; then
  if ! command -v wrk > /dev/null; then
    log "installing wrk (Debian)"
    apt-get update -qq && apt-get install -y -qq wrk > /dev/null
  fi
  log "item 4 diagnostics: in-process per-request cost of the fake vs bare Kestrel"
  bench server-profile "$RES" > "$RES/server-profile.log" 2>&1 || { tail -50 "$RES/server-profile.log"; exit 1; }
  PIDS=()
  stop_servers() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; done
    PIDS=()
  }
  trap stop_servers EXIT
  port_free() { # port: fail if something already listens there (it, not our server, would be measured)
    if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/"; then echo "port $1 is already in use; stop that process first" >&2; exit 1; fi
  }
  wait_for() { # url
    for _ in $(seq 1 150); do
      if curl -fs -o /dev/null -H "X-Auth-Token: demo-token" "$1"; then return 0; fi
      sleep 0.2
    done
    echo "server at $1 did not answer" >&2; return 1
  }
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # pid: user + system time so far
  us_per_request() { awk "BEGIN{printf \"%.0f\", $1 * 1000000 / $(getconf CLK_TCK) / $2}"; } # ticks requests
  post_load() { # port pid: wrk's POST result line, with the server's CPU ticks over the run appended as cpu_ticks=N
    local before result
    before=$(cpu_ticks "$2")
    result=$(${LOAD_CLIENT_CPUS:+taskset -c $LOAD_CLIENT_CPUS} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benchmarks/wrk/post-application.lua "http://127.0.0.1:$1/qc-catalog/v2/applications" | grep '^RESULT')
    echo "$result cpu_ticks=$(( $(cpu_ticks "$2") - before ))"
  }
  field() { sed -E "s/.*$1=([0-9.]+).*/\1/" <<< "$2"; }
  GET_PATH="/qc-catalog/services?page=0&size=20"
  BODY=$(mktemp)
  for port in 5080 5081 5082 5083 5084 5085 5086; do port_free $port; done

  log "item 4: writes (POST /v2/applications) under concurrency, alternating rounds between the tool's two transports"
  "${ON_SERVER_CORES[@]}" dotnet "$FAKE_DLL" --urls http://127.0.0.1:5080 --Logging:LogLevel:Default=Warning > "$RES/fake-server.log" 2>&1 &
  PIDS+=($!); FAKE_WRITES_PID=$!
  # The same writes with the tool's thread-pool I/O (its opt-out from inline I/O, FakeHubStandalone).
  DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 "${ON_SERVER_CORES[@]}" dotnet "$FAKE_DLL" --urls http://127.0.0.1:5086 --Logging:LogLevel:Default=Warning > "$RES/fake-server-pool.log" 2>&1 &
  PIDS+=($!); FAKE_POOL_PID=$!
  wait_for "http://127.0.0.1:5080$GET_PATH"; wait_for "http://127.0.0.1:5086$GET_PATH"
  # Each server is warmed by the same POST load first (a cold server's writes cost twice a warm one's: JIT, tiering).
  bench write-rounds "${WRITE_ROUNDS:-9}" "${LOAD_ROUND_DURATION:-2s}" "$CONNECTIONS" "$THREADS" 1 \
    "KipuHub.FakeServer (kipuhub-fake, inline I/O)|http://127.0.0.1:5080/qc-catalog/v2/applications|$FAKE_WRITES_PID" \
    "KipuHub.FakeServer, thread-pool I/O (opt-out)|http://127.0.0.1:5086/qc-catalog/v2/applications|$FAKE_POOL_PID" \
    "$RES" > "$RES/write-rounds.log" 2>&1 || { cat "$RES/write-rounds.log"; echo "write rounds FAILED"; }
  # Nothing lost: one more run, counted before and after, then the exact check with every answer awaited.
  before=$(bench count-applications http://127.0.0.1:5080/qc-catalog)
  post=$(post_load 5080 $FAKE_WRITES_PID)
  sleep 1
  after=$(bench count-applications http://127.0.0.1:5080/qc-catalog)
  log "POST: $post; applications $before -> $after"
  bench write-check http://127.0.0.1:5080/qc-catalog 5000 "$CONNECTIONS" "$RES" > "$RES/writes-check.log" 2>&1 || { cat "$RES/writes-check.log"; echo "write check FAILED"; }
  stop_servers

  # Every GET target runs at once (idle ones cost nothing) and the rounds alternate between them. A fresh fake,
  # so the writes above do not change what it serves.
  log "item 4: GET throughput, every server running, alternating rounds"
  # Each server's pid goes with its URL: the rounds read its CPU time from /proc.
  "${ON_SERVER_CORES[@]}" dotnet "$FAKE_DLL" --urls http://127.0.0.1:5080 --Logging:LogLevel:Default=Warning > "$RES/fake-server.log" 2>&1 &
  PIDS+=($!); FAKE_PID=$!
  DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 "${ON_SERVER_CORES[@]}" dotnet "$FAKE_DLL" --urls http://127.0.0.1:5086 --Logging:LogLevel:Default=Warning > "$RES/fake-server-pool.log" 2>&1 &
  PIDS+=($!); FAKE_POOL_PID=$!
  "${ON_SERVER_CORES[@]}" dotnet "$FAKE_DLL" --urls http://127.0.0.1:5083 > /dev/null 2>&1 &
  PIDS+=($!); FAKE_LOGGING_PID=$!
  wait_for "http://127.0.0.1:5080$GET_PATH"
  curl -fs -H "X-Auth-Token: demo-token" -o "$BODY" "http://127.0.0.1:5080$GET_PATH"
  "${ON_SERVER_CORES[@]}" dotnet "$BENCH_DLL" serve-kestrel 5082 "$BODY" > "$RES/kestrel.log" 2>&1 &
  PIDS+=($!); KESTREL_PID=$!
  DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 "${ON_SERVER_CORES[@]}" dotnet "$BENCH_DLL" serve-kestrel 5085 "$BODY" inline-io > "$RES/kestrel-inline.log" 2>&1 &
  PIDS+=($!); KESTREL_INLINE_PID=$!
  "${ON_SERVER_CORES[@]}" dotnet "$BENCH_DLL" serve-wiremock 5081 "$BODY" > "$RES/wiremock.log" 2>&1 &
  PIDS+=($!); WIREMOCK_PID=$!
  "${ON_SERVER_CORES[@]}" dotnet "$BENCH_DLL" serve-wiremock 5084 "$BODY" tuned > "$RES/wiremock-tuned.log" 2>&1 &
  PIDS+=($!); WIREMOCK_TUNED_PID=$!
  for port in 5081 5082 5083 5084 5085 5086; do wait_for "http://127.0.0.1:$port$GET_PATH"; done
  # Short rounds, many of them: the servers of one round are measured within seconds of each other.
  # Three references: the limit as the issue states it (Kestrel's defaults), the peer, and the limit on the transport
  # the kipuhub-fake tool uses by default (inline I/O, FakeHubStandalone), against which that fake's own work shows.
  bench load-rounds "${LOAD_ROUNDS:-15}" "${LOAD_ROUND_DURATION:-2s}" "$CONNECTIONS" "$THREADS" 3 \
    "bare Kestrel, precomputed bytes (limit)|http://127.0.0.1:5082$GET_PATH|$KESTREL_PID" \
    "WireMock.Net.Minimal 2.21.0, default settings|http://127.0.0.1:5081$GET_PATH|$WIREMOCK_PID" \
    "bare Kestrel, inline I/O|http://127.0.0.1:5085$GET_PATH|$KESTREL_INLINE_PID" \
    "KipuHub.FakeServer (kipuhub-fake, inline I/O)|http://127.0.0.1:5080$GET_PATH|$FAKE_PID" \
    "KipuHub.FakeServer, thread-pool I/O (opt-out)|http://127.0.0.1:5086$GET_PATH|$FAKE_POOL_PID" \
    "KipuHub.FakeServer, default console logging|http://127.0.0.1:5083$GET_PATH|$FAKE_LOGGING_PID" \
    "WireMock.Net.Minimal 2.21.0, tuned (no request log)|http://127.0.0.1:5084$GET_PATH|$WIREMOCK_TUNED_PID" \
    "$RES" > "$RES/load-rounds.log" 2>&1 || { cat "$RES/load-rounds.log"; echo "load rounds FAILED"; }
  stop_servers
  rm -f "$BODY"

  {
    cat "$RES/load-get.md"
    echo "Targets: FakeServer ≥ 3× WireMock.Net (default settings) and ≥ 0.95× bare Kestrel. The fake runs with logging at"
    echo "Warning (the in-process FakeHubServer clears logging providers; the standalone one logs each request to the console"
    echo "by default). 'inline I/O' runs socket completions and requests on the socket threads"
    echo "(DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1, and Kestrel's UnsafePreferInlineScheduling): the kipuhub-fake tool"
    echo "does so by default, so bare Kestrel on the same transport is its own limit; =0 keeps the thread pool (the opt-out)."
    echo
    sed 's/^## /### /' "$RES/load-writes.md"
    echo
    echo "### Writes: nothing lost"
    echo
    requests=$(field requests "$post"); non2xx=$(field non2xx "$post"); ok=$((requests - non2xx))
    echo "| req/s | p50 | p99 | 2xx answered | applications before → after | growth − 2xx |"
    echo "|---|---|---|---|---|---|"
    echo "| $(printf '%.0f' "$(field rps "$post")") | $(awk "BEGIN{printf \"%.2f ms\", $(field p50_us "$post")/1000}") | $(awk "BEGIN{printf \"%.2f ms\", $(field p99_us "$post")/1000}") | $ok | $before → $after | $(( after - before - ok )) |"
    echo
    echo "$(us_per_request "$(field cpu_ticks "$post")" "$(field requests "$post")") µs of server CPU per write in this run (inline I/O)."
    echo
    echo "wrk stops at the deadline with up to $CONNECTIONS requests in flight; the server may still complete those, so growth − 2xx"
    echo "may lie between 0 and $CONNECTIONS without any write being lost. The exact check, with every answer awaited:"
    echo
    sed -n '/^|/,$p' "$RES/writes-check.md"
  } > "$RES/load.md"
  cat "$RES/load.md"
fi

# ── summary: every table in one file ───────────────────────────────────────────────────────────
{
  echo "# KipuHub benchmark results"
  echo
  echo "Generated by \`benchmarks/run.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, .NET $(dotnet --version)."
  echo "Ratios are against a reference measured in the same run; absolute times are context only (shared, noisy machine)."
  echo
  for f in ClientOverheadBenchmarks JsonContractBenchmarks QueryTranslationBenchmarks PipelineBenchmarks paging startup load server-profile; do
    if [[ -f "$RES/$f.md" ]]; then cat "$RES/$f.md"; echo; fi
  done
} > "$RES/summary.md"
log "done; see $RES/summary.md"

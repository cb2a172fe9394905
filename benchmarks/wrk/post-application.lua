-- POST /qc-catalog/v2/applications with the demo token (personal account: no X-OrganizationId).
wrk.method = "POST"
wrk.body = '{"name":"wrk-load"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Auth-Token"] = "demo-token"

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50), latency:percentile(99),
    summary.errors.status, socket))
end

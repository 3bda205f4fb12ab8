-- GETs the paths in WRK_PADEN (separated by "|") in turn, and prints the figures bench.py reads.
local paden = {}
for pad in string.gmatch(os.getenv("WRK_PADEN") or "/", "[^|]+") do
  table.insert(paden, pad)
end
local i = 0

request = function()
  i = i % #paden + 1
  return wrk.format("GET", paden[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"p50_us":%d,"p99_us":%d,"errors":%d,"bytes":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status, summary.bytes))
end

-- Sign-up POSTs spread over the dates in WRK_DOELEN ("slug start" per line), each with an address of its own so the
-- per-address limit of the sign-up command does not count them together. WRK_TOKEN is the form's antiforgery token;
-- its cookie comes in as a -H header.
local doelen = {}
for regel in io.lines(os.getenv("WRK_DOELEN")) do
  local slug, start = regel:match("^(%S+) (%S+)$")
  if slug then table.insert(doelen, { slug = slug, start = start }) end
end

local token = os.getenv("WRK_TOKEN")
local run = os.getenv("WRK_RUN") or "run"
local teller = 1
local threads = {}

function setup(thread)
  thread:set("id", teller)
  teller = teller + 1
  table.insert(threads, thread)
end

-- Status codes per thread, so the report can say what the "errors" were (a full date answers with the form again).
statussen = {}

response = function(status, headers, body)
  statussen[status] = (statussen[status] or 0) + 1
end

local n = 0

local function escape(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  n = n + 1
  local doel = doelen[(n * 7 + (id or 0) * 131) % #doelen + 1]
  local body = "__RequestVerificationToken=" .. escape(token)
    .. "&Input.Start=" .. escape(doel.start)
    .. "&Input.Naam=Bench+bewoner"
    .. "&Input.Email=" .. escape(string.format("last-%s-%d-%d@example.nl", run, id or 0, n))
    .. "&Input.Personen=1&Input.Akkoord=true"
  -- wrk.format uses the headers given here instead of those of -H, so the cookie and proxy headers are copied in.
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  for naam, waarde in pairs(wrk.headers) do
    headers[naam] = waarde
  end
  return wrk.format("POST", "/activiteiten/" .. doel.slug .. "/aanmelden", headers, body)
end

done = function(summary, latency, requests)
  local e = summary.errors
  local totaal = {}
  for _, thread in ipairs(threads) do
    for status, aantal in pairs(thread:get("statussen")) do
      totaal[status] = (totaal[status] or 0) + aantal
    end
  end
  local delen = {}
  for status, aantal in pairs(totaal) do
    table.insert(delen, string.format('"%d":%d', status, aantal))
  end
  io.write(string.format(
    'RESULT {"statuses":{%s},"requests":%d,"seconds":%.3f,"p50_us":%d,"p99_us":%d,"errors":%d,"bytes":%d}\n',
    table.concat(delen, ","),
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status, summary.bytes))
end

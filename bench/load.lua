-- wrk script of bench/run.sh: sends the requests listed in $BENCH_REQUESTS, one per line as
-- "path<TAB>etag" (an etag, when present, goes as If-None-Match), in list order (BENCH_ORDER=rotate,
-- the default) or at random (BENCH_ORDER=random, seeded by BENCH_SEED), all with Accept: application/json.
--
-- BENCH_RATE=<requests per second>: open loop. Every request gets a slot on a fixed schedule (one slot
-- per 1/rate s, across all connections of the thread, so use -t1); a connection that becomes free waits
-- for the next unclaimed slot (wrk's delay()). wrk starts a request's latency clock when it writes the
-- request, so the latency does not include the wait for the slot. A request sent more than 1 ms after
-- its slot (every connection was busy) is counted as late: with enough connections there are none, and
-- the schedule is then independent of the response times (no coordinated omission).
--
-- No response() callback on purpose: with it wrk hands every body to Lua, which would make the load
-- generator, not the server, the limit for the fastest endpoints. Errors are wrk's own counts
-- (socket errors, and status >= 400 for "status"); done() prints one BENCH_RESULT JSON line.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local rate = tonumber(os.getenv("BENCH_RATE") or "0") or 0

function init(args)
  reqs = {}
  local file = os.getenv("BENCH_REQUESTS")
  for line in io.lines(file) do
    if line ~= "" then
      local path, etag = line:match("^([^\t]*)\t?(.*)$")
      local headers = { ["Accept"] = "application/json" }
      if etag ~= nil and etag ~= "" then headers["If-None-Match"] = etag end
      reqs[#reqs + 1] = wrk.format("GET", path, headers)
    end
  end
  if #reqs == 0 then error("no requests in " .. tostring(file)) end
  random_order = (os.getenv("BENCH_ORDER") == "random")
  math.randomseed(tonumber(os.getenv("BENCH_SEED") or "20240601"))
  i = 0
  late, max_lag_ms, scheduled = 0, 0, 0
end

function request()
  if random_order then
    i = math.random(#reqs)
  else
    i = i % #reqs + 1
  end
  return reqs[i]
end

if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clk_id, bench_timespec *tp);
  ]]
  local ts = ffi.new("bench_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
  local interval = 1000 / rate
  local next_slot = nil

  function delay()
    local now = now_ms()
    if next_slot == nil then next_slot = now end
    local slot = next_slot
    next_slot = next_slot + interval
    scheduled = scheduled + 1
    local wait = slot - now
    if wait < -1 then
      late = late + 1
      if -wait > max_lag_ms then max_lag_ms = -wait end
    end
    if wait <= 0 then return 0 end
    return math.floor(wait + 0.5)
  end
end

function done(summary, latency, requests)
  local late_total, lag, sched = 0, 0, 0
  for _, thread in ipairs(threads) do
    late_total = late_total + (thread:get("late") or 0)
    sched = sched + (thread:get("scheduled") or 0)
    local l = thread:get("max_lag_ms") or 0
    if l > lag then lag = l end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"rps":%.2f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"mean":%.0f,"p50":%d,"p90":%d,"p99":%d,"p99_9":%d,"max":%d},' ..
    '"paced":{"rate":%.2f,"scheduled":%d,"late":%d,"maxLagMs":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max,
    rate, sched, late_total, lag))
end

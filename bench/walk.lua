-- wrk script of bench/run.sh: walks a list page by page over one keep-alive connection (run it with
-- -t1 -c1), following each page's nextCursor, up to page $BENCH_WALK_PAGES. It writes the path of the
-- page reached to $BENCH_WALK_OUT ("<page><TAB><path>", every 100 pages) and, at the target page or
-- when the list ends or a request fails, adds "<TAB>done". wrk itself runs for its whole -d duration
-- even after the thread stops, so the caller watches the file and ends wrk.
-- $BENCH_WALK_FIRST is the path of page 1.

local first = os.getenv("BENCH_WALK_FIRST")
local target = tonumber(os.getenv("BENCH_WALK_PAGES") or "2000")
local out = os.getenv("BENCH_WALK_OUT")
local sep = first:find("?", 1, true) and "&" or "?"

local path = first
local page = 1
local finished = false

local function save(done)
  local f = assert(io.open(out, "w"))
  f:write(page, "\t", path, done and "\tdone\n" or "\n")
  f:close()
end

function request()
  return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

function response(status, headers, body)
  if finished then return end
  local cursor = status == 200 and body:match('"nextCursor":"([^"]+)"') or nil
  if cursor == nil then
    finished = true
    save(true)
    wrk.thread:stop()
    return
  end
  page = page + 1
  path = first .. sep .. "cursor=" .. cursor
  if page % 100 == 0 then save() end
  if page >= target then
    finished = true
    save(true)
    wrk.thread:stop()
  end
end

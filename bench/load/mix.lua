-- wrk script: each request picks a random path from paths.txt (one per line), a realistic mix of what the web map
-- asks for (search, profiles of random buurten, tiles at z 8-14, bulk pages, analysis); counts non-2xx answers.
local paths = {}
local errors = 0

function init(args)
  for line in io.lines(args[1] or "paths.txt") do paths[#paths + 1] = line end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status >= 300 then errors = errors + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (socket) connect %d read %d write %d timeout %d\n", summary.requests,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("req/s %.0f, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

/** Lua for commitBatch (see the comments inside and commit-args.ts): one atomic step per scored batch. */
export const COMMIT_BATCH_LUA = `
-- Commits one scored batch atomically: dedupe marks, slot counters, stored posts, dataset meta and upload counters.
-- A batch id already in the upload's batch set makes the whole call a no-op (retried or duplicated job).
-- KEYS: 1 upload, 2 upload batches, 3 upload errors (zset by line, the first 10,000 kept), 4 upload reasons, 5 dataset meta,
--       6 dataset versions, then the day hashes, stored-post lists and id shards the payload refers to by index.
-- ARGV: 1 batch id, 2 payload JSON, 3 now (ms, string), 4 dataset name, 5.. stored-post pages
--       (separate arguments, not inside the JSON: no double escaping, no decoding of post text here)
-- payload: p = flat, 10 values a post: idsKey, member, page, dayKey, slot, scoreMilli, labelCode, categoryCode, epochSeconds,
--              flags (1 compensation, 2 question)
--          f = counter suffixes by code; q = {index in f of the compensation counter, of the question counter}
--          a = {{dayKey, field, n, field, n, ...}}: the counters of every post of the batch
--          g = the list key of each page; r = rejected rows; n = rows in batch; e = {{line, json}}; k = {{reason, count}}
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then
  return {0, 0, 0, 0}
end
local d = cjson.decode(ARGV[2])
local sums = {}
for _, row in ipairs(d.a) do
  local h = {}
  for i = 2, #row, 2 do h[row[i]] = row[i + 1] end
  sums[row[1]] = h
end
local f = d.f
local function take(h, field, n) h[field] = (h[field] or 0) - n end
local p = d.p
local accepted, dups = 0, 0
local minT, maxT
local masks = {}   -- page -> keep flags, from the page's first duplicate on
local count = {}   -- page -> its posts so far
for i = 1, #p, 10 do
  local pg = p[i + 2]
  local n = (count[pg] or 0) + 1
  count[pg] = n
  local m = masks[pg]
  if redis.call('SADD', KEYS[p[i]], p[i + 1]) == 1 then
    accepted = accepted + 1
    if m then m[n] = '1' end
    local t = p[i + 8]
    if not minT or t < minT then minT = t end
    if not maxT or t > maxT then maxT = t end
  else
    -- a duplicate: take its counts back out and leave its record out of the stored page
    dups = dups + 1
    local h, s = sums[p[i + 3]], p[i + 4] .. ':'
    take(h, s .. f[1], 1)
    take(h, s .. f[2], p[i + 5])
    take(h, s .. f[p[i + 6] + 1], 1)
    take(h, s .. f[p[i + 7] + 1], 1)
    local fl = p[i + 9]
    if fl % 2 == 1 then take(h, s .. f[d.q[1]], 1) end
    if math.floor(fl / 2) % 2 == 1 then take(h, s .. f[d.q[2]], 1) end
    if not m then
      m = {}
      for j = 1, n - 1 do m[j] = '1' end
      masks[pg] = m
    end
    m[n] = '0'
  end
end
for k, h in pairs(sums) do
  for field, n in pairs(h) do
    if n ~= 0 then redis.call('HINCRBY', KEYS[k], field, n) end
  end
end
-- pages in order, one RPUSH per run of pages that go to the same list
local run, runKey = {}, nil
for pg, k in ipairs(d.g) do
  local m = masks[pg]
  local element = ARGV[4 + pg]
  if m then
    local keep = table.concat(m)
    element = string.find(keep, '1', 1, true) and (keep .. '\\t' .. element) or nil
  end
  if element then
    if k ~= runKey and #run > 0 then redis.call('RPUSH', KEYS[runKey], unpack(run)); run = {} end
    runKey = k
    run[#run + 1] = element
  end
end
if #run > 0 then redis.call('RPUSH', KEYS[runKey], unpack(run)) end
if accepted > 0 then
  redis.call('HINCRBY', KEYS[5], 'posts', accepted)
  redis.call('HINCRBY', KEYS[6], ARGV[4], 1)
  local curMin = tonumber(redis.call('HGET', KEYS[5], 'minT') or '')
  if not curMin or minT < curMin then redis.call('HSET', KEYS[5], 'minT', minT) end
  local curMax = tonumber(redis.call('HGET', KEYS[5], 'maxT') or '')
  if not curMax or maxT > curMax then redis.call('HSET', KEYS[5], 'maxT', maxT) end
end
redis.call('HINCRBY', KEYS[1], 'accepted', accepted)
redis.call('HINCRBY', KEYS[1], 'duplicates', dups)
redis.call('HINCRBY', KEYS[1], 'rejected', d.r)
redis.call('HINCRBY', KEYS[1], 'rowsCommitted', d.n)
for _, e in ipairs(d.e) do redis.call('ZADD', KEYS[3], e[1], e[2]) end
if redis.call('ZCARD', KEYS[3]) > 10000 then redis.call('ZREMRANGEBYRANK', KEYS[3], 10000, -1) end
for _, k in ipairs(d.k) do redis.call('HINCRBY', KEYS[4], k[1], k[2]) end
local done = 0
local total = tonumber(redis.call('HGET', KEYS[1], 'batchesTotal') or '')
if total and redis.call('SCARD', KEYS[2]) >= total and redis.call('HGET', KEYS[1], 'state') ~= 'failed' then
  redis.call('HSET', KEYS[1], 'state', 'done', 'finishedAt', ARGV[3])
  done = 1
end
return {1, accepted, dups, done}
`;

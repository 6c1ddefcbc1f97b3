/** Lua for commitBatch (see the comments inside): one atomic step per scored batch. */
export const COMMIT_BATCH_LUA = `
-- Commits one scored batch atomically: dedupe marks, slot aggregates, dataset meta and upload counters.
-- A batch id already in the upload's batch set makes the whole call a no-op (retried or duplicated job).
-- KEYS: 1 upload, 2 upload batches, 3 upload errors (zset by line, the first 10,000 kept), 4 upload reasons, 5 dataset meta,
--       6 dataset versions, then the day hashes and seen shards the payload refers to by index.
-- ARGV: 1 batch id, 2 payload JSON, 3 now (ms, string), 4 dataset name, 5.. stored-post records
--       (separate arguments, not inside the JSON: no double escaping, no decoding of post text here)
-- payload: { p = {{seenKey, member, dayKey, slot, scoreMilli, labelField, categoryField, epochSeconds, postsKey, recordArg}},
--            r = rejected rows, n = rows in batch, e = {{line, json}}, k = {{reason, count}} }
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then
  return {0, 0, 0, 0}
end
local d = cjson.decode(ARGV[2])
local agg = {}
local accepted, dups = 0, 0
local minT, maxT
for _, p in ipairs(d.p) do
  if redis.call('SADD', KEYS[p[1]], p[2]) == 1 then
    accepted = accepted + 1
    local h = agg[p[3]]
    if not h then h = {}; agg[p[3]] = h end
    local s = p[4] .. ':'
    h[s .. 'p'] = (h[s .. 'p'] or 0) + 1
    if p[6] ~= '' then
      h[s .. 's'] = (h[s .. 's'] or 0) + p[5]
      h[s .. p[6]] = (h[s .. p[6]] or 0) + 1
    else
      h[s .. 'x'] = (h[s .. 'x'] or 0) + 1
    end
    h[s .. p[7]] = (h[s .. p[7]] or 0) + 1
    if not minT or p[8] < minT then minT = p[8] end
    if not maxT or p[8] > maxT then maxT = p[8] end
    redis.call('RPUSH', KEYS[p[9]], ARGV[p[10]])
  else
    dups = dups + 1
  end
end
for k, h in pairs(agg) do
  for f, n in pairs(h) do
    if n ~= 0 then redis.call('HINCRBY', KEYS[k], f, n) end
  end
end
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

/** KEYS: 1 upload, 2 upload batches. ARGV: 1 batches total, 2 rows read, 3 bytes read, 4 now ms. */
export const FINISH_PARSING_LUA = `
redis.call('HSET', KEYS[1], 'batchesTotal', ARGV[1], 'rowsRead', ARGV[2], 'bytesRead', ARGV[3])
local st = redis.call('HGET', KEYS[1], 'state')
if st == 'done' or st == 'failed' then return st end
if redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'state', 'done', 'finishedAt', ARGV[4])
  return 'done'
end
redis.call('HSET', KEYS[1], 'state', 'scoring')
return 'scoring'
`;

/** KEYS: 1 upload. ARGV: 1 new state, 2.. states it may move from. Returns the state after the call. */
export const MOVE_STATE_LUA = `
local st = redis.call('HGET', KEYS[1], 'state')
if not st then return false end
for i = 2, #ARGV do
  if st == ARGV[i] then redis.call('HSET', KEYS[1], 'state', ARGV[1]); return ARGV[1] end
end
return st
`;

-- Progress notes on tasks (重点任务), append-only, under the ledger's hash tag (one cluster slot).
-- ARGV: op, messageId, atMillis, userId, memorySeconds, then per op:
--   note:     taskId, unit, text, raw, percent ('' = none), done ('1'/'0')
--   withdraw: expectedId, raw
--   correct:  expectedId, text, raw, percent, done
--   verify:   taskId, raw
-- Answers {'ok', id}, {'duplicate', id}, {'nothing'}, {'changed'}, {'notdone'}, {'verified', id}.
local P = 'duban:{ledger}:tn:'
local op, msg, at, user, memory = ARGV[1], ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5])
local seen = redis.call('GET', P .. 'msg:' .. msg)
if seen then
  return {'duplicate', seen}
end
local userList = P .. 'user:' .. user
local function append(fields, task)
  local id = redis.call('INCR', P .. 'seq')
  local e = P .. 'e:' .. id
  redis.call('HSET', e, 'id', id, 'msg', msg, 'at', at, 'user', user, 'task', task, unpack(fields))
  redis.call('RPUSH', P .. 'log', id)
  redis.call('RPUSH', P .. 'task:' .. task, id)
  redis.call('SET', P .. 'msg:' .. msg, id, 'EX', memory)
  return id
end
local function claimDone(task, id)
  local state = P .. 'state:' .. task
  if redis.call('HGET', state, 'state') ~= 'verified' then
    redis.call('HSET', state, 'state', 'done', 'entry', id, 'user', user, 'at', at)
  end
end
local function unclaim(task, old)
  local state = P .. 'state:' .. task
  if redis.call('HGET', state, 'state') == 'done' and redis.call('HGET', state, 'entry') == old then
    redis.call('DEL', state)
  end
end
if op == 'note' then
  local task = ARGV[6]
  local id = append({'kind', 'note', 'unit', ARGV[7], 'text', ARGV[8], 'raw', ARGV[9], 'percent', ARGV[10],
    'done', ARGV[11], 'status', 'standing'}, task)
  redis.call('RPUSH', userList, id)
  if ARGV[11] == '1' then claimDone(task, id) end
  redis.call('DEL', P .. 'pending:' .. user)
  return {'ok', tostring(id)}
end
if op == 'withdraw' or op == 'correct' then
  local last = redis.call('LINDEX', userList, -1)
  if not last then return {'nothing'} end
  if last ~= ARGV[6] then return {'changed'} end
  local old = P .. 'e:' .. last
  local task = redis.call('HGET', old, 'task')
  local unit = redis.call('HGET', old, 'unit')
  if op == 'withdraw' then
    local id = append({'kind', 'withdraw', 'unit', unit, 'ref', last, 'raw', ARGV[7], 'status', 'standing'}, task)
    redis.call('HSET', old, 'status', 'withdrawn', 'by', id)
    redis.call('RPOP', userList)
    unclaim(task, last)
    return {'ok', tostring(id)}
  end
  local id = append({'kind', 'correct', 'unit', unit, 'ref', last, 'text', ARGV[7], 'raw', ARGV[8], 'percent', ARGV[9],
    'done', ARGV[10], 'status', 'standing'}, task)
  redis.call('HSET', old, 'status', 'corrected', 'by', id)
  redis.call('LSET', userList, -1, id)
  unclaim(task, last)
  if ARGV[10] == '1' then claimDone(task, id) end
  return {'ok', tostring(id)}
end
if op == 'verify' then
  local task = ARGV[6]
  local state = P .. 'state:' .. task
  local now = redis.call('HGET', state, 'state')
  if now == 'verified' then return {'verified', redis.call('HGET', state, 'entry')} end
  if now ~= 'done' then return {'notdone'} end
  local id = append({'kind', 'verify', 'raw', ARGV[7], 'ref', redis.call('HGET', state, 'entry'), 'status', 'standing'}, task)
  redis.call('HSET', state, 'state', 'verified', 'entry', id, 'user', user, 'at', at)
  return {'ok', tostring(id)}
end
return redis.error_reply('unknown op ' .. op)

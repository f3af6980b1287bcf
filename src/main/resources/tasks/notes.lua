-- Progress notes on tasks (重点任务), append-only, under the ledger's hash tag (one cluster slot).
-- ARGV: op, messageId, atMillis, userId, memorySeconds, then per op:
--   note:     earlier ('' = none: an earlier message of the same notes whose outcome was unknown), then per note
--             (one message may hold several): taskId, unit, text, raw, percent ('' = none), done ('1'/'0'), said
--             (the percent as written, '' = none)
--   withdraw: expectedId, raw, againWindowMillis, checkAgain ('1': ask when the user withdrew a note within it)
--   correct:  expectedId, text, raw, percent, done, said
--   verify:   taskId, raw
--   settle:   (nothing more) after a write got no answer: made ({'duplicate', ids}) or, for good, not ({'void'})
-- Answers {'ok', ids}, {'duplicate', ids}, {'nothing'}, {'changed'}, {'notdone'}, {'verified', id}, {'again', id}
-- (a second 撤回 within the window: asked first), {'void'} (the message was settled as not recorded); ids: '12,13'.
local P = 'duban:{ledger}:tn:'
local op, msg, at, user, memory = ARGV[1], ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5])
local seen = redis.call('GET', P .. 'msg:' .. msg)
if seen == 'void' then
  return {'void'}
end
if seen then
  return {'duplicate', seen}
end
if op == 'settle' then
  redis.call('SET', P .. 'msg:' .. msg, 'void', 'EX', memory)
  return {'void'}
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
  local earlier = ARGV[6]
  if earlier ~= '' then
    local before = redis.call('GET', P .. 'msg:' .. earlier)
    if before and before ~= 'void' then
      redis.call('SET', P .. 'msg:' .. msg, before, 'EX', memory)
      return {'duplicate', before}
    end
  end
  local ids = {}
  for i = 7, #ARGV, 7 do
    local task = ARGV[i]
    local id = append({'kind', 'note', 'unit', ARGV[i + 1], 'text', ARGV[i + 2], 'raw', ARGV[i + 3],
      'percent', ARGV[i + 4], 'done', ARGV[i + 5], 'said', ARGV[i + 6], 'status', 'standing'}, task)
    redis.call('RPUSH', userList, id)
    if ARGV[i + 5] == '1' then claimDone(task, id) end
    table.insert(ids, tostring(id))
  end
  local all = table.concat(ids, ',')
  redis.call('SET', P .. 'msg:' .. msg, all, 'EX', memory)
  if earlier ~= '' then
    -- the earlier message, should it still arrive, finds these notes and records nothing
    redis.call('SET', P .. 'msg:' .. earlier, all, 'EX', memory)
  end
  redis.call('DEL', P .. 'pending:' .. user)
  return {'ok', all}
end
if op == 'withdraw' or op == 'correct' then
  local last = redis.call('LINDEX', userList, -1)
  if not last then return {'nothing'} end
  if last ~= ARGV[6] then return {'changed'} end
  local old = P .. 'e:' .. last
  local task = redis.call('HGET', old, 'task')
  local unit = redis.call('HGET', old, 'unit')
  if op == 'withdraw' then
    local window = tonumber(ARGV[8] or '0')
    local mark = P .. 'user:' .. user .. ':withdrew'
    if ARGV[9] == '1' and window > 0 then
      local withdrew = redis.call('GET', mark)
      -- only when this 撤回 would reach past what was just withdrawn: the note is older than that 撤回
      if withdrew and tonumber(withdrew) >= tonumber(at) - window
          and tonumber(redis.call('HGET', old, 'at')) < tonumber(withdrew) then
        return {'again', last}
      end
    end
    if window > 0 then
      redis.call('SET', mark, at, 'PX', window)
    end
    local id = append({'kind', 'withdraw', 'unit', unit, 'ref', last, 'raw', ARGV[7], 'status', 'standing'}, task)
    redis.call('HSET', old, 'status', 'withdrawn', 'by', id)
    redis.call('RPOP', userList)
    unclaim(task, last)
    return {'ok', tostring(id)}
  end
  local id = append({'kind', 'correct', 'unit', unit, 'ref', last, 'text', ARGV[7], 'raw', ARGV[8], 'percent', ARGV[9],
    'done', ARGV[10], 'said', ARGV[11] or '', 'status', 'standing'}, task)
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

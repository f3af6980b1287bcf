-- The progress ledger, changed only here, atomically (one script runs at a time in Redis).
-- Every change appends an entry; unit figures and county totals follow the entries in the same step.
-- Amounts are whole numbers in ten-thousandths (value x 10000), so sums are exact.
-- All keys share the hash tag {ledger}, so the script also runs on Redis Cluster.
-- t:<target>:unit-last holds per unit 'entryId|user|kind|value|millis' of the unit's last change (older data: the id).
--
-- ARGV: op, messageId, nowMillis, userId, messageTtlSeconds, pendingKey ('' for none), earlierMessageId ('' for none:
--   the id of an earlier message whose outcome was unknown and that this one repeats), then per op:
--   record:   sameWindowMillis (0: no check), checkLower ('1': ask before a running total below the unit's figure),
--             rawText, count, then count x
--             (targetId, unit, kind, value, aggregation, statedIncrement or '')
--   withdraw: expectedTopEntryId, rawText, againWindowMillis, checkAgain ('1': ask when the user withdrew within the
--             window)                        (withdraws every entry of the user's last message)
--   correct:  entryId (of the user's last message), value, rawText, kind ('' keeps the entry's: add, set or latest)
-- Returns {'ok', count, then per entry: entryId, fieldCount, field, value, ...}, {'duplicate', 'id,id'} (the message
-- was seen), {'same', entryId} (the unit's last report on the target is the user's, with the same kind and value, and
-- recent),
-- {'lower', unitFigure} (a running total below what the unit has already), {'again', entryId} (a second 撤回 soon
-- after one),
-- {'nothing'}, {'changed'}, or {'void'} (the message id was settled as not recorded; op settle: settles it so).
--   settle:   (nothing more)  after a timeout: recorded ({'duplicate', ids}) or, from now on for good, not ({'void'})
local P = 'duban:{ledger}:'
local op, msg, now, user, ttl, pending, alias = ARGV[1], ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5]), ARGV[6], ARGV[7]

-- a message id is 'void' once settled as not recorded (its script timed out and never ran): it stays not recorded
local seen = redis.call('GET', P .. 'msg:' .. msg)
if seen == 'void' then
  return {'void'}
elseif seen then
  return {'duplicate', seen}
end
-- settle: after a timeout, decides for good whether the message was recorded; a script still on its way is void
if op == 'settle' then
  redis.call('SET', P .. 'msg:' .. msg, 'void', 'EX', ttl)
  return {'void'}
end
-- a resend of a report whose outcome was unknown: the same report if the earlier message was recorded; if not,
-- this one claims the earlier id too, so the earlier script, should it still run, records nothing
local earlier = alias ~= '' and redis.call('GET', P .. 'msg:' .. alias) or false
if earlier and earlier ~= 'void' then
  return {'duplicate', earlier}
end

local function fmt(x)
  return string.format('%.0f', x)
end

local function entry(id)
  local flat = redis.call('HGETALL', P .. 'e:' .. id)
  local e = {}
  for i = 1, #flat, 2 do
    e[flat[i]] = flat[i + 1]
  end
  return e
end

-- the newest active 'latest' entry of a target, optionally of one unit
local function newestLatest(target, unit)
  local ids = redis.call('ZREVRANGE', P .. 't:' .. target .. ':latest', 0, -1)
  for _, id in ipairs(ids) do
    if unit == nil or redis.call('HGET', P .. 'e:' .. id, 'unit') == unit then
      return tonumber(redis.call('HGET', P .. 'e:' .. id, 'value'))
    end
  end
  return nil
end

-- the unit's last change on a target, and the target's newest change
local function markLast(target, unit, id, kind, storedValue)
  redis.call('HSET', P .. 't:' .. target .. ':unit-last', unit, id .. '|' .. user .. '|' .. kind .. '|' .. storedValue .. '|' .. now)
  redis.call('SET', P .. 't:' .. target .. ':last', id)
end

local function apply(id, target, unit, kind, value, aggregation)
  local units = P .. 't:' .. target .. ':units'
  local previous = tonumber(redis.call('HGET', units, unit) or '0')
  local unitAfter, delta, countyAfter
  if aggregation == 'sum' then
    if kind == 'set' then
      unitAfter = value
    else
      unitAfter = previous + value
    end
    delta = unitAfter - previous
    countyAfter = redis.call('INCRBY', P .. 't:' .. target .. ':county', fmt(delta))
  else
    unitAfter = value
    delta = value - previous
    redis.call('ZADD', P .. 't:' .. target .. ':latest', id, id)
    countyAfter = value
  end
  redis.call('HSET', units, unit, fmt(unitAfter))
  markLast(target, unit, id, kind, fmt(value))
  return delta, unitAfter, countyAfter
end

local function undo(ref, refId)
  local target, unit = ref['target'], ref['unit']
  local units = P .. 't:' .. target .. ':units'
  local delta = tonumber(ref['delta'])
  local unitAfter, countyAfter
  if ref['aggregation'] == 'sum' then
    unitAfter = tonumber(redis.call('HGET', units, unit) or '0') - delta
    countyAfter = redis.call('INCRBY', P .. 't:' .. target .. ':county', fmt(-delta))
    redis.call('HSET', units, unit, fmt(unitAfter))
  else
    redis.call('ZREM', P .. 't:' .. target .. ':latest', refId)
    unitAfter = newestLatest(target, unit)
    countyAfter = newestLatest(target, nil)
    if unitAfter == nil then
      redis.call('HDEL', units, unit)
    else
      redis.call('HSET', units, unit, fmt(unitAfter))
    end
  end
  redis.call('HSET', P .. 'e:' .. refId, 'active', '0')
  return -delta, unitAfter, countyAfter
end

local results = {}
local ids = {}

-- records an entry; its fields go back to the caller, so the caller needs no second round trip
local function write(id, fields)
  local flat = {}
  for k, v in pairs(fields) do
    if v ~= nil then
      table.insert(flat, k)
      table.insert(flat, tostring(v))
    end
  end
  redis.call('HSET', P .. 'e:' .. id, unpack(flat))
  redis.call('RPUSH', P .. 'log', id)
  table.insert(ids, tostring(id))
  table.insert(results, tostring(id))
  table.insert(results, #flat)
  for _, v in ipairs(flat) do
    table.insert(results, v)
  end
end

-- remembers the message and drops the question that was waiting, once every entry is written
local function finish()
  redis.call('SET', P .. 'msg:' .. msg, table.concat(ids, ','), 'EX', ttl)
  if alias ~= '' and not earlier then
    redis.call('SET', P .. 'msg:' .. alias, table.concat(ids, ','), 'EX', ttl)
  end
  if pending ~= '' then
    redis.call('DEL', pending)
  end
  local result = {'ok', #ids}
  for _, v in ipairs(results) do
    table.insert(result, v)
  end
  return result
end

local stack = P .. 'user:' .. user .. ':reports'

if op == 'record' then
  local window, checkLower, raw, count = tonumber(ARGV[8]), ARGV[9], ARGV[10], tonumber(ARGV[11])
  if window > 0 and count == 1 then
    local previous = redis.call('HGET', P .. 't:' .. ARGV[12] .. ':unit-last', ARGV[13])
    if previous then
      local from, to = string.find(previous, '|' .. user .. '|' .. ARGV[14] .. '|' .. ARGV[15] .. '|', 1, true)
      if from and tonumber(string.sub(previous, to + 1)) >= tonumber(now) - window then
        return {'same', string.sub(previous, 1, from - 1)}
      end
    end
  end
  if checkLower == '1' and count == 1 and ARGV[14] == 'set' and ARGV[16] == 'sum' then
    local previous = tonumber(redis.call('HGET', P .. 't:' .. ARGV[12] .. ':units', ARGV[13]) or '0')
    if previous > tonumber(ARGV[15]) then
      return {'lower', fmt(previous)}
    end
  end
  for i = 0, count - 1 do
    local b = 12 + i * 6
    local target, unit, kind, value, aggregation = ARGV[b], ARGV[b + 1], ARGV[b + 2], tonumber(ARGV[b + 3]), ARGV[b + 4]
    local stated = ARGV[b + 5]
    local id = redis.call('INCR', P .. 'seq')
    local delta, unitAfter, countyAfter = apply(id, target, unit, kind, value, aggregation)
    write(id, {id = id, msg = msg, at = now, user = user, unit = unit, target = target, kind = kind,
               aggregation = aggregation, value = fmt(value), delta = fmt(delta), unitAfter = fmt(unitAfter),
               countyAfter = countyAfter, raw = raw, active = '1', increment = stated ~= '' and stated or nil})
    redis.call('RPUSH', stack, id)
  end
  return finish()
end

local top = redis.call('LINDEX', stack, -1)
if not top then
  return {'nothing'}
end
local topMsg = redis.call('HGET', P .. 'e:' .. top, 'msg')

if op == 'withdraw' then
  if top ~= ARGV[8] then
    return {'changed'}
  end
  local againWindow = tonumber(ARGV[10] or '0')
  local mark = P .. 'user:' .. user .. ':withdrew'
  if ARGV[11] == '1' and againWindow > 0 then
    local withdrew = redis.call('GET', mark)
    if withdrew and tonumber(withdrew) >= tonumber(now) - againWindow then
      return {'again', top}
    end
  end
  local group = {}
  while true do
    local last = redis.call('LINDEX', stack, -1)
    if not last or redis.call('HGET', P .. 'e:' .. last, 'msg') ~= topMsg then
      break
    end
    redis.call('RPOP', stack)
    table.insert(group, 1, last)
  end
  for _, refId in ipairs(group) do
    local ref = entry(refId)
    local id = redis.call('INCR', P .. 'seq')
    local delta, unitAfter, countyAfter = undo(ref, refId)
    write(id, {id = id, msg = msg, at = now, user = user, unit = ref['unit'], target = ref['target'], kind = 'withdraw',
               aggregation = ref['aggregation'], value = ref['value'], delta = fmt(delta),
               unitAfter = unitAfter and fmt(unitAfter) or '', countyAfter = countyAfter and fmt(countyAfter) or '',
               raw = ARGV[9], refers = refId, active = '0'})
    markLast(ref['target'], ref['unit'], id, 'withdraw', ref['value'])
    redis.call('HSET', P .. 'e:' .. refId, 'withdrawnBy', id)
  end
  if againWindow > 0 then
    redis.call('SET', mark, now, 'PX', againWindow)
  end
  return finish()
end

if op == 'correct' then
  local refId = ARGV[8]
  local ref = entry(refId)
  if ref['msg'] ~= topMsg or ref['active'] ~= '1' or ref['user'] ~= user then
    return {'changed'}
  end
  local value = tonumber(ARGV[9])
  redis.call('LREM', stack, 0, refId)
  undo(ref, refId)
  local id = redis.call('INCR', P .. 'seq')
  local kind = (ARGV[11] ~= nil and ARGV[11] ~= '') and ARGV[11] or ref['kind']
  local delta, unitAfter, countyAfter = apply(id, ref['target'], ref['unit'], kind, value, ref['aggregation'])
  write(id, {id = id, msg = msg, at = now, user = user, unit = ref['unit'], target = ref['target'], kind = kind,
             aggregation = ref['aggregation'], value = fmt(value), delta = fmt(delta), unitAfter = fmt(unitAfter),
             countyAfter = countyAfter, raw = ARGV[10], refers = refId, active = '1'})
  redis.call('HSET', P .. 'e:' .. refId, 'correctedBy', id)
  redis.call('RPUSH', stack, id)
  return finish()
end

return redis.error_reply('unknown ledger operation ' .. op)

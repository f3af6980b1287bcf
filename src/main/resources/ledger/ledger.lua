-- The progress ledger, changed only here, atomically (one script runs at a time in Redis).
-- Every change appends an entry; unit figures and county totals follow the entries in the same step.
-- Amounts are whole numbers in ten-thousandths (value x 10000), so sums are exact.
-- All keys share the hash tag {ledger}, so the script also runs on Redis Cluster.
--
-- ARGV: op, messageId, nowMillis, userId, messageTtlSeconds, pendingKey ('' for none), then per op:
--   record:   targetId, unit, kind (add|set|latest), value, aggregation (sum|latest), rawText
--   withdraw: expectedEntryId, rawText
--   correct:  expectedEntryId, value, rawText
-- Returns {'ok', entryId, field, value, ...} (the entry), {'duplicate', entryId}, {'nothing'} or {'changed'}.
local P = 'duban:{ledger}:'
local op, msg, now, user, ttl, pending = ARGV[1], ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5]), ARGV[6]

local seen = redis.call('GET', P .. 'msg:' .. msg)
if seen then
  return {'duplicate', seen}
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
  redis.call('HSET', P .. 't:' .. target .. ':unit-last', unit, id)
  redis.call('SET', P .. 't:' .. target .. ':last', id)
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

local written = {}

-- {'ok', id, field, value, ...}: the entry as written, so the caller needs no second round trip
local function ok(id)
  local result = {'ok', tostring(id)}
  for _, v in ipairs(written) do
    table.insert(result, v)
  end
  return result
end

local function write(id, fields)
  local flat = {}
  for k, v in pairs(fields) do
    if v ~= nil then
      table.insert(flat, k)
      table.insert(flat, tostring(v))
    end
  end
  redis.call('HSET', P .. 'e:' .. id, unpack(flat))
  written = flat
  redis.call('RPUSH', P .. 'log', id)
  redis.call('SET', P .. 'msg:' .. msg, id, 'EX', ttl)
  if pending ~= '' then
    redis.call('DEL', pending)
  end
end

local stack = P .. 'user:' .. user .. ':reports'

if op == 'record' then
  local target, unit, kind, value, aggregation, raw = ARGV[7], ARGV[8], ARGV[9], tonumber(ARGV[10]), ARGV[11], ARGV[12]
  local id = redis.call('INCR', P .. 'seq')
  local delta, unitAfter, countyAfter = apply(id, target, unit, kind, value, aggregation)
  write(id, {id = id, msg = msg, at = now, user = user, unit = unit, target = target, kind = kind,
             aggregation = aggregation, value = fmt(value), delta = fmt(delta), unitAfter = fmt(unitAfter),
             countyAfter = countyAfter, raw = raw, active = '1'})
  redis.call('RPUSH', stack, id)
  return ok(id)
end

local refId = redis.call('LINDEX', stack, -1)
if not refId then
  return {'nothing'}
end
if refId ~= ARGV[7] then
  return {'changed'}
end
redis.call('RPOP', stack)
local ref = entry(refId)
local id = redis.call('INCR', P .. 'seq')

if op == 'withdraw' then
  local delta, unitAfter, countyAfter = undo(ref, refId)
  write(id, {id = id, msg = msg, at = now, user = user, unit = ref['unit'], target = ref['target'], kind = 'withdraw',
             aggregation = ref['aggregation'], value = ref['value'], delta = fmt(delta),
             unitAfter = unitAfter and fmt(unitAfter) or '', countyAfter = countyAfter and fmt(countyAfter) or '',
             raw = ARGV[8], refers = refId, active = '0'})
  redis.call('HSET', P .. 't:' .. ref['target'] .. ':unit-last', ref['unit'], id)
  redis.call('SET', P .. 't:' .. ref['target'] .. ':last', id)
  redis.call('HSET', P .. 'e:' .. refId, 'withdrawnBy', id)
  return ok(id)
end

if op == 'correct' then
  local value = tonumber(ARGV[8])
  undo(ref, refId)
  local delta, unitAfter, countyAfter = apply(id, ref['target'], ref['unit'], ref['kind'], value, ref['aggregation'])
  write(id, {id = id, msg = msg, at = now, user = user, unit = ref['unit'], target = ref['target'], kind = ref['kind'],
             aggregation = ref['aggregation'], value = fmt(value), delta = fmt(delta), unitAfter = fmt(unitAfter),
             countyAfter = countyAfter, raw = ARGV[9], refers = refId, active = '1'})
  redis.call('HSET', P .. 'e:' .. refId, 'correctedBy', id)
  redis.call('RPUSH', stack, id)
  return ok(id)
end

return redis.error_reply('unknown ledger operation ' .. op)

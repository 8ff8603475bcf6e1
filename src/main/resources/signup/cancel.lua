-- Cancels one sign-up; if it held places, moves people up from the waitlist, first come first served, while the
-- first in line fits. Returns {'none'} or {'cancelled', promoted user ids...}.
-- KEYS (one hash slot): 1 entry hash, 2 taken counter, 3 confirmed zset, 4 waitlist zset
-- ARGV: 1 user id, 2 opportunity id, 3 capacity, 4 entry key prefix (the entry key of a user is prefix .. id,
--       in the same hash slot as KEYS)
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {'none'}
end
local people = tonumber(redis.call('HGET', KEYS[1], 'people') or '0')
local result = {'cancelled'}
if redis.call('ZREM', KEYS[3], ARGV[1]) == 1 then
  local taken = redis.call('DECRBY', KEYS[2], people)
  local capacity = tonumber(ARGV[3])
  while true do
    local first = redis.call('ZRANGE', KEYS[4], 0, 0, 'WITHSCORES')
    if #first == 0 then
      break
    end
    local waiting = first[1]
    local waitingPeople = redis.call('HGET', ARGV[4] .. waiting, 'people')
    if not waitingPeople then
      redis.call('ZREM', KEYS[4], waiting)
    else
      if taken + tonumber(waitingPeople) > capacity then
        break
      end
      redis.call('ZREM', KEYS[4], waiting)
      redis.call('ZADD', KEYS[3], first[2], waiting)
      taken = redis.call('INCRBY', KEYS[2], tonumber(waitingPeople))
      table.insert(result, waiting)
    end
  end
else
  redis.call('ZREM', KEYS[4], ARGV[1])
end
redis.call('DEL', KEYS[1])
return result

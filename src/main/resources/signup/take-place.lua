-- Takes places for one sign-up atomically, so concurrent requests never overbook.
-- KEYS (one hash slot): 1 entry hash, 2 taken counter, 3 confirmed zset, 4 waitlist zset
-- ARGV: 1 capacity, 2 people, 3 user id, 4 now (epoch ms), 5 name, 6 contact, 7 opportunity id,
--       8 '1' to join the waitlist when full, 9 the sign-up's reference (S00042)
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 'duplicate'
end
local capacity = tonumber(ARGV[1])
local people = tonumber(ARGV[2])
local taken = tonumber(redis.call('GET', KEYS[2]) or '0')
local status
if taken + people <= capacity then
  redis.call('INCRBY', KEYS[2], people)
  redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
  status = 'confirmed'
elseif ARGV[8] == '1' then
  redis.call('ZADD', KEYS[4], ARGV[4], ARGV[3])
  status = 'waitlisted'
else
  return 'full'
end
redis.call('HSET', KEYS[1], 'name', ARGV[5], 'contact', ARGV[6], 'people', ARGV[2], 'at', ARGV[4], 'ref', ARGV[9])
return status

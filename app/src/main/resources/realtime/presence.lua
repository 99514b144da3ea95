-- The redis backplane's presence count (ADR 26), atomic as every script.
-- KEYS[1]: the hash of one user's sockets on one endpoint: a field per instance, its count of those sockets.
-- ARGV[1]: this instance's id; ARGV[2]: the change (1: a socket opened, -1: one closed, 0: just count);
-- ARGV[3]: the prefix of the instances' liveness marks (a key per live instance, renewed by its heartbeat).
-- Answers the count across live instances after the change; -1 when a close found no socket of this instance.
-- A field of an instance without a mark (it crashed) no longer counts and is removed.
local change = tonumber(ARGV[2])
if change ~= 0 then
  local mine = redis.call('HINCRBY', KEYS[1], ARGV[1], change)
  if mine <= 0 then
    redis.call('HDEL', KEYS[1], ARGV[1])
    if mine < 0 then
      return -1
    end
  end
end
local total = 0
local counts = redis.call('HGETALL', KEYS[1])
for i = 1, #counts, 2 do
  if counts[i] == ARGV[1] or redis.call('EXISTS', ARGV[3] .. counts[i]) == 1 then
    total = total + tonumber(counts[i + 1])
  else
    redis.call('HDEL', KEYS[1], counts[i])
  end
end
return total

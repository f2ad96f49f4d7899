/**
 * Everything Skylark keeps in Redis, in one place. Keys are versioned (`v1`):
 * a change of layout gets a new version, so nodes of two releases never read
 * each other's records wrongly. All keys share one hash tag (`{prefix}`), so
 * they live in one slot and the scripts below also run on Redis Cluster.
 *
 * | key | type | holds | written by |
 * | --- | --- | --- | --- |
 * | `{p}:v1:nodes` | set | ids of nodes that registered | each node, every heartbeat |
 * | `{p}:v1:node:<id>` | string, TTL | JSON NodeRecord (url, region, state, load) | the node, every heartbeat; expires NODE_TTL after its last |
 * | `{p}:v1:rooms` | hash | room id → JSON { node, epoch, since, peers, viewers, updatedAt } | CLAIM (placement), ASSERT (owner heartbeat), RELEASE |
 * | `{p}:v1:epochs` | hash | room id → last epoch handed out | CLAIM, ASSERT; never decreases |
 * | `{p}:v1:once:<key>` | string, TTL | marks an event already sent by some node | claimOnce (SET NX) |
 *
 * A room's owner is valid while its node's record exists and serves: a dead
 * node's record expires, a draining node leaves its rooms' entries in place,
 * and such rooms are claimable at once, by anyone, with a higher epoch. An
 * entry's `since` is the epoch its room's life began at: it survives moves
 * between nodes, so "room started" and "room finished" happen once per life,
 * not once per node. A room that closes for good has its entry deleted. No messages travel through Redis: redirects and admin
 * forwarding go node to node over HTTP.
 */

export const SCHEMA_VERSION = 'v1';

export function redisKeys(prefix: string) {
	const base = `{${prefix}}:${SCHEMA_VERSION}`;

	return {
		nodes: `${base}:nodes`,
		node: (id: string) => `${base}:node:${id}`,
		rooms: `${base}:rooms`,
		epochs: `${base}:epochs`,
		once: (key: string) => `${base}:once:${key}`,
	};
}

/** A room's entry in `rooms`, as stored. */
export interface StoredRoom {
	node: string;
	epoch: number;
	/** The epoch this room's life began at (equal to epoch for a fresh room). */
	since: number;
	peers: number;
	viewers?: number;
	updatedAt: number;
}

/**
 * CLAIM — KEYS: rooms, epochs. ARGV: room id, the entry as the caller last
 * read it ('' if none), the node to own it, now (ms).
 * Compare-and-set: only if the entry is still what the caller read, give the
 * room to the node with the next epoch (keeping `since` from the entry it
 * replaces). Returns { 1, entry } when claimed, { 0, current entry } when
 * someone changed it first (read again, retry).
 */
export const CLAIM_SCRIPT = `
local current = redis.call('HGET', KEYS[1], ARGV[1]) or ''
if current ~= ARGV[2] then
  return {0, current}
end
local epoch = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
local since = epoch
if current ~= '' then
  since = cjson.decode(current).since or since
end
local entry = '{"node":' .. cjson.encode(ARGV[3]) .. ',"epoch":' .. epoch .. ',"since":' .. since .. ',"peers":0,"updatedAt":' .. ARGV[4] .. '}'
redis.call('HSET', KEYS[1], ARGV[1], entry)
return {1, entry}
`;

/**
 * ASSERT — KEYS: rooms, epochs. ARGV: node id, now (ms), then per room:
 * room id, epoch, since, peers, viewers.
 * The owner's heartbeat: refreshes each room's entry, and writes back entries
 * Redis lost (a restart with no data). Fencing: an entry held by another node
 * with an epoch at least as high wins; such rooms are returned as lost, and
 * the caller stops hosting them.
 */
export const ASSERT_SCRIPT = `
local lost = {}
for i = 3, #ARGV, 5 do
  local room, epoch, since, peers, viewers = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2], ARGV[i + 3], ARGV[i + 4]
  local current = redis.call('HGET', KEYS[1], room)
  local mine = true
  if current then
    local entry = cjson.decode(current)
    if (entry.node ~= ARGV[1] and entry.epoch >= epoch) or entry.epoch > epoch then
      mine = false
    end
  end
  if mine then
    redis.call('HSET', KEYS[1], room, '{"node":' .. cjson.encode(ARGV[1]) .. ',"epoch":' .. epoch .. ',"since":' .. since .. ',"peers":' .. peers .. ',"viewers":' .. viewers .. ',"updatedAt":' .. ARGV[2] .. '}')
    local last = tonumber(redis.call('HGET', KEYS[2], room) or '0')
    if last < epoch then
      redis.call('HSET', KEYS[2], room, epoch)
    end
  else
    table.insert(lost, room)
  end
end
return lost
`;

/**
 * RELEASE — KEYS: rooms. ARGV: room id, node id, epoch.
 * Deletes the entry if it is still this node's at this epoch (a newer owner's
 * entry is left alone). Returns 1 when deleted.
 */
export const RELEASE_SCRIPT = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then
  return 0
end
local entry = cjson.decode(current)
if entry.node == ARGV[2] and entry.epoch == tonumber(ARGV[3]) then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return 1
end
return 0
`;

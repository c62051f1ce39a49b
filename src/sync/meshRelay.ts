// When a device passes on the changes it receives. y-webrtc sends every change it applies to
// every peer, its own and other devices' alike, so that a room whose devices are not all
// connected to each other still hears everything. At a table of eight laptops that are all
// connected to each other, that turns each page move into 56 messages where 7 would do, and
// every laptop spends time on copies it already has. Each device therefore says in its
// awareness state which peers it is connected to; while every peer it knows of says it is
// connected to every other, a change from another device is not passed on. Otherwise it is, as
// y-webrtc always does. When the connections change, each device asks its peers for what it
// lacks, which covers a change sent while a connection was dropping.

/** The most peers one device's list of connections may name; a longer list reads as unknown. */
export const MAX_LINKS = 64;

/**
 * A peer's list of the peers it is connected to, from its awareness state, or undefined when it
 * has none or one of any other shape (an older app, a faulty or hostile peer).
 */
export function readLinks(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LINKS) return undefined;
  if (!value.every((peer): peer is string => typeof peer === 'string' && peer.length > 0 && peer.length <= 100)) return undefined;
  return value;
}

/**
 * Whether every peer this device knows of is connected to every other: `ownLinks` are this
 * device's own connections (`self` is its peer id), `linksByPeer` what each other known peer
 * says of its own, undefined for a peer that has said nothing readable. A peer that a list
 * names but that is not known itself counts as one that has said nothing.
 */
export function meshComplete(self: string, ownLinks: Iterable<string>, linksByPeer: ReadonlyMap<string, readonly string[] | undefined>): boolean {
  const links = new Map<string, ReadonlySet<string>>([[self, new Set(ownLinks)]]);
  const known = new Set<string>([self, ...links.get(self)!]);
  for (const [peer, list] of linksByPeer) {
    if (peer === self) continue;
    known.add(peer);
    if (!list) return false;
    links.set(peer, new Set(list));
    for (const other of list) known.add(other);
  }
  for (const peer of known) {
    const list = links.get(peer);
    if (!list) return false;
    for (const other of known) if (other !== peer && !list.has(other)) return false;
  }
  return true;
}

/** A text that changes exactly when some known peer's connections change, to tell when to catch up. */
export function linksSignature(self: string, ownLinks: Iterable<string>, linksByPeer: ReadonlyMap<string, readonly string[] | undefined>): string {
  const entries = [[self, [...ownLinks].sort()] as const, ...[...linksByPeer].filter(([peer]) => peer !== self).map(([peer, list]) => [peer, list ? [...list].sort() : null] as const)];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

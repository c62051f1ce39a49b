// A word under the join link when it points at this laptop only (localhost), which no other
// laptop in the room can open.

/** Whether a host name names this computer only. */
export function isLocalOnlyHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\./.test(hostname);
}

/** The note, or nothing when the link can be opened from other laptops. */
export function LocalOnlyNote({ hostname }: { hostname: string }) {
  if (!isLocalOnlyHost(hostname)) return null;
  return (
    <p class="quiet local-only">
      This link opens on this laptop only. For other laptops to join, start Roundtable with <code>npm start -- --lan</code> and open it here at the
      https address it prints.
    </p>
  );
}

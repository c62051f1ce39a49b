// Settings for finding other devices: which signaling servers to use (ours by default) and
// which ICE servers (none by default, right for one room's network).

import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { IceServer } from '../../storage/deviceRepo.ts';
import { saveTransportPrefs, transportPrefs } from '../../storage/deviceRepo.ts';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** One ICE server as written on a line: its address, then for a relay a user name and password. */
export function parseIceLine(line: string): IceServer {
  const [urls = '', username, credential] = line.split(/\s+/);
  return username && credential ? { urls, username, credential } : { urls };
}

/** An ICE server as a line of the settings form. */
export function formatIceLine(server: IceServer): string {
  return [server.urls, server.username, server.credential].filter(Boolean).join(' ');
}

/** Checks the two lists; the problem says which line is wrong. */
export function checkTransport(signaling: string[], ice: string[]): string | undefined {
  const badSignal = signaling.find((url) => !/^wss?:\/\/[^\s/]+/.test(url));
  if (badSignal) return `“${badSignal}” is not a signaling address: it starts with ws:// or wss://.`;
  for (const line of ice) {
    const parts = line.split(/\s+/);
    if (!/^(stun|turns?):[^\s]+$/.test(parts[0] ?? '')) return `“${line}” is not an ICE server address: it starts with stun, turn or turns, then a colon.`;
    if (parts.length === 2 || parts.length > 3) return `“${line}”: after the address, give both a user name and a password, or neither.`;
    if (parts.length === 3 && !parts[0]!.startsWith('turn')) return `“${line}”: only a turn or turns server takes a user name and password.`;
  }
  return undefined;
}

/** The connection settings panel. */
export function TransportSettings() {
  const { db } = useApp();
  const [signaling, setSignaling] = useState('');
  const [ice, setIce] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | undefined>(undefined);
  // The form appears only once the stored settings are in, so that they never overwrite
  // what someone has started typing.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void transportPrefs(db).then((prefs) => {
      setSignaling(prefs.signaling.join('\n'));
      setIce(prefs.iceServers.map(formatIceLine).join('\n'));
      setLoaded(true);
    });
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const problem = checkTransport(lines(signaling), lines(ice));
    if (problem) return setMessage({ tone: 'problem', text: problem });
    await saveTransportPrefs(db, { signaling: lines(signaling), iceServers: lines(ice).map(parseIceLine) });
    setMessage({ tone: 'ok', text: 'Saved. Sessions opened from now on use these settings.' });
  };

  return (
    <section aria-labelledby="transport-heading" class="panel">
      <h2 id="transport-heading">Connecting devices</h2>
      <p>Devices in a session find each other through a signaling server, then talk directly. The server never sees a session’s content, its key or its name.</p>
      {loaded && (
        <form class="settings-form" onSubmit={(e) => void onSubmit(e)}>
          <label>
            <span>Signaling servers, one a line</span>
            <textarea rows={2} value={signaling} placeholder="Empty: this app’s own server" onInput={(e) => setSignaling(e.currentTarget.value)} />
            <span class="field-hint">For example wss://signal.example.com/signal, a server of your company’s own. Public servers are never used.</span>
          </label>
          <label>
            <span>ICE servers, one a line</span>
            <textarea rows={2} value={ice} placeholder="Empty: none, which suits one room’s network" onInput={(e) => setIce(e.currentTarget.value)} />
            <span class="field-hint">An address, and for a relay (turn: or turns:) its user name and password after it, separated by spaces.</span>
          </label>
          <div class="button-row">
            <button type="submit">Save connection settings</button>
          </div>
          {message && (
            <p class={message.tone === 'problem' ? 'form-error' : 'quiet'} role={message.tone === 'problem' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

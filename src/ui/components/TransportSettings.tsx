// Settings for finding other devices: which signaling servers to use (ours by default) and
// which ICE servers (none by default, right for one room's network).

import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { t } from '../../i18n/i18n.ts';
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

/** What is wrong with a line of the settings, and the line. */
export interface TransportProblem {
  code: 'badSignaling' | 'badIce' | 'iceCredentials' | 'iceNotRelay';
  line: string;
}

/** Checks the two lists; the problem says which line is wrong. */
export function checkTransport(signaling: string[], ice: string[]): TransportProblem | undefined {
  const badSignal = signaling.find((url) => !/^wss?:\/\/[^\s/]+/.test(url));
  if (badSignal) return { code: 'badSignaling', line: badSignal };
  for (const line of ice) {
    const parts = line.split(/\s+/);
    if (!/^(stun|turns?):[^\s]+$/.test(parts[0] ?? '')) return { code: 'badIce', line };
    if (parts.length === 2 || parts.length > 3) return { code: 'iceCredentials', line };
    if (parts.length === 3 && !parts[0]!.startsWith('turn')) return { code: 'iceNotRelay', line };
  }
  return undefined;
}

/** A problem worded: which line is wrong, and why. */
export function transportProblemWords({ code, line }: TransportProblem): string {
  switch (code) {
    case 'badSignaling':
      return t('settings.badSignaling', { line, ws: 'ws://', wss: 'wss://' });
    case 'badIce':
      return t('settings.badIce', { line });
    case 'iceCredentials':
      return t('settings.iceCredentials', { line });
    case 'iceNotRelay':
      return t('settings.iceNotRelay', { line });
  }
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
    if (problem) return setMessage({ tone: 'problem', text: transportProblemWords(problem) });
    try {
      await saveTransportPrefs(db, { signaling: lines(signaling), iceServers: lines(ice).map(parseIceLine) });
      setMessage({ tone: 'ok', text: t('settings.transportSaved') });
    } catch (error) {
      setMessage({ tone: 'problem', text: t('settings.transportNotSaved', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <section aria-labelledby="transport-heading" class="panel">
      <h2 id="transport-heading">{t('settings.transportTitle')}</h2>
      <p>{t('settings.transportText')}</p>
      {loaded && (
        <form class="settings-form" onSubmit={(e) => void onSubmit(e)}>
          <label>
            <span>{t('settings.signalingLabel')}</span>
            <textarea rows={2} value={signaling} placeholder={t('settings.signalingPlaceholder')} onInput={(e) => setSignaling(e.currentTarget.value)} />
            <span class="field-hint">{t('settings.signalingHint', { example: 'wss://signal.example.com/signal' })}</span>
          </label>
          <label>
            <span>{t('settings.iceLabel')}</span>
            <textarea rows={2} value={ice} placeholder={t('settings.icePlaceholder')} onInput={(e) => setIce(e.currentTarget.value)} />
            <span class="field-hint">{t('settings.iceHint', { turn: 'turn:', turns: 'turns:' })}</span>
          </label>
          <div class="button-row">
            <button type="submit">{t('settings.saveTransport')}</button>
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

// A link to hand to other devices: shown to select, with a copy button and its QR code on demand.
// The join link and the room screen's link both use it.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { QrCode } from './QrCode.tsx';

/** What the link is called, on its field, its buttons and its QR code, already worded. */
export interface SharedLinkWords {
  field: string;
  copy: string;
  copied: string;
  showQr: string;
  hideQr: string;
  qr: string;
}

/** The link's field, its copy and QR code buttons (with `children` after them in the row), and the QR code once asked for. */
export function SharedLink({ id, link, words, children }: { id: string; link: string; words: SharedLinkWords; children?: ComponentChildren }) {
  const [copied, setCopied] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <>
      <label class="join-link">
        <span>{words.field}</span>
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="button-row">
        <button type="button" onClick={() => void copy()}>
          {copied ? words.copied : words.copy}
        </button>
        <button type="button" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {showQr ? words.hideQr : words.showQr}
        </button>
        {children}
      </div>
      {showQr && <QrCode text={link} label={words.qr} />}
    </>
  );
}

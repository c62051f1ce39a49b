// A calm message box: information or a problem, never an alarm.

import type { ComponentChildren } from 'preact';

/** A notice. `tone` colours it; the text says what happened and what to do. */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'problem'; title: string; children?: ComponentChildren }) {
  return (
    <section class={`notice notice-${tone}`} role={tone === 'problem' ? 'alert' : 'status'} aria-label={title}>
      <p class="notice-title">{title}</p>
      {children}
    </section>
  );
}

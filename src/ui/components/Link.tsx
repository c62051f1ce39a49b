// An in-app link: a real <a href> that navigates without reloading the page.

import type { ComponentChildren } from 'preact';
import { useApp } from '../../app/context.ts';

/** A link to a path inside the app. */
export function Link({ href, class: className, children }: { href: string; class?: string; children: ComponentChildren }) {
  const { router } = useApp();
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.navigate(href);
  };
  return (
    <a href={href} class={className} onClick={onClick} aria-current={router.path.value === href ? 'page' : undefined}>
      {children}
    </a>
  );
}

// The bar at the top of every screen: the app's name and the main places.

import { Link } from './Link.tsx';

/** The app header. */
export function AppHeader() {
  return (
    <header class="app-header">
      <Link href="/" class="brand">
        <img src="/icon.svg" alt="" width={28} height={28} />
        <span>Roundtable</span>
      </Link>
      <nav aria-label="Main">
        <Link href="/">Library</Link>
        <Link href="/journal">Journal</Link>
        <Link href="/programs">Programs</Link>
        <Link href="/settings">Settings</Link>
      </nav>
    </header>
  );
}

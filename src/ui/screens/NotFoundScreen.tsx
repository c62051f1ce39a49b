// Shown for an address the app does not know.

import { Link } from '../components/Link.tsx';

/** The screen for an unknown route. */
export function NotFoundScreen({ path }: { path: string }) {
  return (
    <div class="page-width">
      <h1>There is no page here</h1>
      <p>
        Roundtable has nothing at <code>{path}</code>. The link may be mistyped, or from a newer version of the app.
      </p>
      <p>
        <Link href="/">Go to the module library</Link>
      </p>
    </div>
  );
}

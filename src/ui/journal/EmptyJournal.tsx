// What an empty journal shows: what will appear here, and where to begin.

import { Link } from '../components/Link.tsx';

/** The empty journal. */
export function EmptyJournal() {
  return (
    <section class="panel journal-empty" aria-labelledby="journal-empty-heading">
      <h2 id="journal-empty-heading">Your journal is empty for now</h2>
      <p>After a session, your takeaways and commitments appear here, with what the group shared. They stay on this device unless you choose to share or export them.</p>
      <p>
        <Link href="/">Pick a module in the library</Link> to start a session, or import a journal you exported before.
      </p>
    </section>
  );
}

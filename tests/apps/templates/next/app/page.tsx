import RelationsMapClient from './relations-map-client';
import { serverSees } from './server-import';

// A server component: the page is rendered on the server, the map in the reader's browser.
export default function Page() {
  return (
    <main data-server-element={serverSees.element} data-server-validates={serverSees.validates}>
      <h1>Next (App Router)</h1>
      <RelationsMapClient />
    </main>
  );
}

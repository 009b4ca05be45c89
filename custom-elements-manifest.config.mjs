/**
 * Generates custom-elements.json, the manifest editors and documentation tools read. The analyzer takes Lit's
 * `state: true` properties and the element's internal dispatch helper at face value, and lists the symbol-keyed
 * link port (`[MAP_LINK]`) as a member; the plugin removes those, so the manifest lists only the public API.
 */
export default {
  globs: ['src/components/relations-*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'relations-map-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
            if (d.members)
              d.members = d.members.filter(
                (m) => !m.name.startsWith('_') && !m.name.startsWith('[') && m.privacy !== 'private',
              );
            if (d.events)
              d.events = d.events.filter((e) => /^[a-z]+(-[a-z]+)*$/.test(e.name) && e.description);
          }
        }
      },
    },
  ],
};

/** The view a reader can share: what the permalink and the embed snippet reproduce. */
export interface SharedView {
  year: number | undefined;
  layers: string | null;
  direction: string;
  center: [number, number] | undefined;
  zoom: number | undefined;
  /** The part of the map no panel covers, west-south and east-north: the embed code fits it to its own box. */
  bounds?: [[number, number], [number, number]] | undefined;
  /** The story step shown, if any. */
  step?: string | undefined;
  /** `story` or `compare` when the reader follows the story or compares years; the map and table views are not shared. */
  mode?: string | undefined;
  /** The two years compared, with `mode` `compare`. */
  compare?: string | undefined;
}

const SHARED_MODES = new Set(['story', 'compare']);

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A link to the current page that reopens this view (the map reads it back with `sync-url`). */
export function permalink(href: string, key: (name: string) => string, view: SharedView): string {
  const url = new URL(href);
  const params = url.searchParams;
  if (view.year !== undefined) params.set(key('year'), String(view.year));
  if (view.layers === null) params.delete(key('layers'));
  else params.set(key('layers'), view.layers);
  if (view.step) params.set(key('step'), view.step);
  else params.delete(key('step'));
  if (view.mode && SHARED_MODES.has(view.mode)) params.set(key('mode'), view.mode);
  else params.delete(key('mode'));
  if (view.mode === 'compare' && view.compare) params.set(key('compare'), view.compare);
  else params.delete(key('compare'));
  if (view.center && view.zoom !== undefined) {
    params.set(
      key('view'),
      `${view.center[0].toFixed(3)},${view.center[1].toFixed(3)},${view.zoom.toFixed(2)}`,
    );
  }
  return url.href;
}

/** The height of the embedded map where it is beside or under its panels, in CSS pixels (a phone's grows with it). */
export const EMBED_HEIGHT = 520;

/**
 * The view for the embed code: no box when the reader has not moved the map (the element then fits the story's
 * framing to whatever box it gets), else the box the reader saw, which the embed fits to its own box, a phone's
 * or a wide column's. Never a centre and zoom: they belong to one size of map.
 */
export function embedView(view: SharedView, moved: boolean): SharedView {
  return { ...view, center: undefined, zoom: undefined, bounds: moved ? view.bounds : undefined };
}

/** A picture the embed code shows inside the element: until the map starts, and where scripts never run. */
export interface SnippetPoster {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The HTML an editor pastes into another page to show this view: one script tag and one element, with the year's
 * poster inside it when there is one (RSS readers, email and pages that block scripts show the picture).
 */
export function embedSnippet(moduleUrl: string, view: SharedView, poster?: SnippetPoster): string {
  const attributes: string[] = [];
  if (view.year !== undefined) attributes.push(`year="${view.year}"`);
  if (view.layers !== null) attributes.push(`layers="${escapeAttribute(view.layers)}"`);
  if (view.direction !== 'both') attributes.push(`direction="${escapeAttribute(view.direction)}"`);
  if (view.step) attributes.push(`step="${escapeAttribute(view.step)}"`);
  if (view.mode && SHARED_MODES.has(view.mode)) attributes.push(`mode="${view.mode}"`);
  if (view.mode === 'compare' && view.compare) attributes.push(`compare="${escapeAttribute(view.compare)}"`);
  if (view.bounds)
    attributes.push(
      `bounds="${view.bounds
        .flat()
        .map((v) => v.toFixed(3))
        .join(',')}"`,
    );
  // A custom property, not `height`: on a phone the element grows with its map, key and controls instead of
  // scrolling inside a fixed box.
  return [
    `<script type="module" src="${escapeAttribute(moduleUrl)}"></script>`,
    `<relations-map ${attributes.join(' ')} style="--relations-height: ${EMBED_HEIGHT}px">${
      poster
        ? `<img slot="poster" src="${escapeAttribute(poster.src)}" alt="${escapeAttribute(poster.alt)}" width="${poster.width}" height="${poster.height}" style="max-width: 100%; height: auto">`
        : ''
    }</relations-map>`,
  ].join('\n');
}

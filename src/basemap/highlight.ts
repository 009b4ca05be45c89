import type { Dataset } from '../data/schema';

/** The dataset's countries the basemap tints: its partners, and the focus country more strongly. */
export function highlightIds(dataset: Dataset): { partnerIds: string[]; focusId: string | undefined } {
  const partnerIds = dataset.actors
    .filter((a) => a.role === 'partner' && a.isoNumeric)
    .map((a) => a.isoNumeric!);
  const focusId = dataset.actors.find((a) => a.code === dataset.focus)?.isoNumeric;
  return { partnerIds, focusId };
}

import { flowsCsv } from './data/csv';
import type { Dataset } from './data/schema';

/** Saves a Blob as a file: an anchor with a Blob URL, which a strict Content-Security-Policy allows. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // The download has started by the next task; revoking later frees the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** The trade figures of one year, or of every year, as a CSV file named after the dataset. */
export function downloadFlowsCsv(dataset: Dataset, year?: number): void {
  const suffix = year === undefined ? 'all-years' : String(year);
  downloadText(flowsCsv(dataset, year), `${dataset.id}-trade-${suffix}.csv`, 'text/csv;charset=utf-8');
}

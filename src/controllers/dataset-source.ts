import type { ReactiveControllerHost } from 'lit';
import bundledDatasetUrl from '../../datasets/dprk-relations.json?url';
import { LIBRARY_FILES, libraryFile } from '../data/files';
import { acceptDataset, type LoadResult, loadDataset } from '../data/load';
import type { Dataset } from '../data/schema';
import { untranslated } from '../data/translations';
import type { Problem } from '../data/validate';
import { type DataErrorDetail, dispatch } from '../types';

/** The datasets that came from the built-in file: the build's posters show them. */
const builtIn = new WeakSet<Dataset>();
/** The built-in dataset's URL, read when it is needed: the page may set a base path after this module loads. */
const datasetUrl = () => libraryFile(LIBRARY_FILES.dataset, bundledDatasetUrl);
/** The built-in file is missing where an app's bundler did not copy the package's files: say what to do. */
const notFoundHint = (src: string | undefined) =>
  src
    ? undefined
    : "the package's files are not where this page looks for them; copy the package's dist/lib folder to the site and name it with base-path";
export const isBuiltInDataset = (dataset: Dataset) => builtIn.has(untranslated(dataset));

export interface DatasetSourceHost extends ReactiveControllerHost, HTMLElement {
  /** Lit's: with a name, the update's changed properties include it. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  /** URL of a dataset; absent: the built-in dataset. */
  src: string | undefined;
  /** Milliseconds a download may take before it fails with a message. */
  loadTimeout: number;
  /** The dataset on screen (this controller's); a new one is requested as an update under this name. */
  readonly data: Dataset | undefined;
}

export interface DatasetSourceOptions {
  /** A valid dataset is about to be shown: the host fits its own state to it (year, selection). */
  adopt(dataset: Dataset): void;
  /** A later dataset (a new `src`, `data`, a retry) replaced the one on screen. */
  replaced(dataset: Dataset): Promise<void>;
}

/** The result of a start's first load, with where the dataset came from for messages. */
export interface FirstLoad {
  result: LoadResult;
  source: string;
}

/**
 * Where the dataset comes from: `src` (or the built-in file) or the `data` property, always validated. The latest
 * request wins: a new `src` aborts the download before it, and `data` set during the first download replaces it.
 * A failure keeps the dataset on screen, says why (`error`, rendered by the host) and fires `data-error`.
 */
export class DatasetSource {
  /** The dataset on screen. */
  dataset: Dataset | undefined;
  /** The last failure, until a dataset is accepted or the reader retries. */
  error: DataErrorDetail | undefined;
  /** The `src` whose dataset is on screen, so a later change of `src` is noticed. */
  private loadedSrc: string | undefined;
  private pending: { value: unknown } | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: DatasetSourceHost,
    private readonly options: DatasetSourceOptions,
  ) {}

  /** Cancels the download under way, if any (the host's teardown, a moment after it leaves the page). */
  cancel(): void {
    this.abort?.abort();
  }

  /** `data` set before the first dataset arrived: the start takes it instead of the download. */
  queue(value: unknown): void {
    this.pending = { value };
  }

  /** The next start shows the built-in dataset: no `src`, and no `data` set by the page. */
  get builtInNext(): boolean {
    return !this.pending && this.host.src === undefined;
  }

  /** `data` set once a dataset is on screen: validated, then shown, or refused with `data-error`. */
  async set(value: unknown): Promise<void> {
    await this.apply(await acceptDataset(value), 'data');
  }

  /**
   * The first dataset of a start: the page's `data` if it set one, else `src` or the built-in file. The page setting
   * `data` while the file downloads wins (the latest, if several). Undefined when `stale()` says the start was
   * superseded.
   */
  async loadFirst(stale: () => boolean): Promise<FirstLoad | undefined> {
    let source = this.pending ? 'data' : (this.host.src ?? datasetUrl());
    let result: LoadResult;
    if (this.pending) {
      const { value } = this.pending;
      this.pending = undefined;
      result = await acceptDataset(value);
    } else {
      this.abort?.abort();
      this.abort = new AbortController();
      result = await loadDataset(source, {
        signal: this.abort.signal,
        timeoutMs: this.host.loadTimeout,
        notFoundHint: notFoundHint(this.host.src),
      });
    }
    if (stale()) return undefined;
    while (this.pending) {
      const { value } = this.pending;
      this.pending = undefined;
      result = await acceptDataset(value);
      source = 'data';
    }
    if (stale()) return undefined;
    if (result.ok) this.loadedSrc = source === 'data' ? undefined : this.host.src;
    if (result.ok && source === datasetUrl()) builtIn.add(result.dataset);
    return { result, source };
  }

  /** Call when `src` changed: once a dataset is on screen, a different `src` loads the new one. */
  srcChanged(): void {
    if (this.dataset && this.host.src !== this.loadedSrc) void this.reload();
  }

  /** Loads `src` again; the dataset on screen stays if it fails. */
  async reload(): Promise<void> {
    const src = this.host.src ?? datasetUrl();
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const result = await loadDataset(src, {
      signal: abort.signal,
      timeoutMs: this.host.loadTimeout,
      notFoundHint: notFoundHint(this.host.src),
    });
    if (abort.signal.aborted) return;
    this.loadedSrc = this.host.src;
    if (result.ok && src === datasetUrl()) builtIn.add(result.dataset);
    await this.apply(result, src);
  }

  /** Shows a dataset (the host fits itself to it first), or reports why it was refused. */
  accept(dataset: Dataset): void {
    const before = this.host.data;
    this.error = undefined;
    this.options.adopt(dataset);
    this.dataset = dataset;
    this.host.requestUpdate('data', before);
  }

  private async apply(result: LoadResult, source: string): Promise<void> {
    if (!result.ok) {
      this.report(source, result.problems);
      return;
    }
    this.accept(result.dataset);
    await this.options.replaced(result.dataset);
  }

  /** Says on the map, in the console and with `data-error` why a dataset was refused. */
  report(source: string, problems: Problem[]): void {
    this.error = { source, problems };
    this.host.requestUpdate();
    console.warn(`relations-map: ${source}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    dispatch<DataErrorDetail>(this.host, 'data-error', { source, problems });
  }

  /** The reader dismissed the message with Retry. */
  clearError(): void {
    this.error = undefined;
    this.host.requestUpdate();
  }
}

import type { Dataset } from './schema';
import type { Problem } from './validate';

import { loadValidator, type Validator } from './validator-loader';

let validatorModule: Promise<Validator> | undefined;
function validator(): Promise<Validator> {
  validatorModule ??= loadValidator();
  return validatorModule;
}

export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: Problem[]; retryable: boolean };

export interface LoadOptions {
  signal?: AbortSignal;
  /** A server that has not answered by then is treated as failed, with a message saying so. */
  timeoutMs?: number;
  /** Larger files are refused before parsing: nobody's dataset of trade relations is that big. */
  maxBytes?: number;
  /** Said after a 404: what to check (default: the `src` address). */
  notFoundHint?: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

function failure(path: string, message: string, retryable: boolean): LoadResult {
  return { ok: false, problems: [{ path, message }], retryable };
}

/** Fetches a dataset and validates it. Never throws; every way it can fail is a problem with a plain message. */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const validating = validator();
  // Awaited after the download; a failed chunk load is reported there, not as an unhandled rejection now.
  validating.catch(() => {});
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      if (timedOut) {
        return failure(url, `the server did not answer within ${Math.round(timeoutMs / 1000)} s`, true);
      }
      if (options.signal?.aborted) return failure(url, 'loading was cancelled', true);
      return failure(
        url,
        'could not be fetched (network error, or the server does not allow this page to read it: CORS)',
        true,
      );
    }
    if (!response.ok) {
      const hint = response.status === 404 ? `: ${options.notFoundHint ?? 'check the src address'}` : '';
      return failure(
        url,
        `the server answered ${response.status} ${response.statusText}${hint}`.trim(),
        response.status >= 500,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json|text\/plain|octet-stream/i.test(type)) {
      return failure(
        url,
        `is served as "${type.split(';')[0]}", not JSON: is this the right address?`,
        false,
      );
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxBytes) {
      return failure(
        url,
        `is ${megabytes(length)}, more than the ${megabytes(maxBytes)} a dataset may be`,
        false,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (timedOut)
        return failure(
          url,
          `the server did not finish sending within ${Math.round(timeoutMs / 1000)} s`,
          true,
        );
      return failure(url, 'the download broke off', true);
    }
    if (text.length > maxBytes) {
      return failure(
        url,
        `is ${megabytes(text.length)}, more than the ${megabytes(maxBytes)} a dataset may be`,
        false,
      );
    }
    const result = (await validating).validateDatasetText(text);
    return result.ok ? result : { ok: false, problems: result.problems, retryable: false };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Validates a dataset given as an object (the `data` property). */
export async function acceptDataset(value: unknown): Promise<LoadResult> {
  const result = (await validator()).validateDataset(value);
  return result.ok ? result : { ok: false, problems: result.problems, retryable: false };
}

/** Safe HTTP for feeds, and token redaction for anything that shows a feed URL. */
export { safeFetch, HttpError, DEFAULT_DEADLINE_MS, DEFAULT_MAX_BYTES, MAX_REDIRECTS, formatBytes } from './fetch';
export type { SafeFetchOptions, SafeFetchResult, HttpErrorKind } from './fetch';
export { hasSecret, redactUrl, redactText, secretsOf } from './redact';

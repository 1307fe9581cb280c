/**
 * Ollama host handling. Users write the host every way Ollama's own docs show it
 * (`localhost:11434`, `http://gpu-box:11434/`, `https://proxy.example/ollama/api`), so we
 * normalise once and hand ollama-js a base URL it will not mangle further.
 */
import { settingDefault } from '../config/manifest';

/** The manifest's default for deliberate.ollama.host. */
export const DEFAULT_OLLAMA_HOST = settingDefault('ollama.host');
const DEFAULT_PORT = '11434';

/** Thrown for a host setting we cannot turn into an http(s) URL. */
export class InvalidHostError extends Error {
  readonly name = 'InvalidHostError';
}

/**
 * `host:port`, `:port`, bare `host`, and http(s) URLs → `http(s)://host:port[/path]` without a
 * trailing `/api` or slashes. A missing port means Ollama's 11434 only when no scheme was given
 * (an explicit `https://proxy` means 443, as a browser would read it).
 */
export function normaliseHost(raw: string | undefined): string {
  let host = (raw ?? '').trim();
  if (host === '') return DEFAULT_OLLAMA_HOST;
  const explicitScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(host);
  if (host.startsWith(':')) host = `127.0.0.1${host}`;
  let url: URL;
  try {
    url = new URL(explicitScheme ? host : `http://${host}`);
  } catch {
    throw new InvalidHostError(
      `"${host}" is not a valid Ollama host. Use host:port or an http(s) URL, e.g. ${DEFAULT_OLLAMA_HOST}.`
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidHostError(`Ollama host "${host}" must use http or https.`);
  }
  if (!url.hostname) throw new InvalidHostError(`Ollama host "${host}" has no host name.`);
  const port = url.port || (explicitScheme ? '' : DEFAULT_PORT);
  let path = url.pathname.replace(/\/+$/, '');
  if (/\/api$/i.test(path)) path = path.slice(0, -4).replace(/\/+$/, '');
  const auth = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  return `${url.protocol}//${auth}${url.host.replace(/:\d+$/, '')}${port ? `:${port}` : ''}${path}`;
}

/** The host for messages: scheme, name and port, never credentials. */
export function displayHost(normalised: string): string {
  try {
    const url = new URL(normalised);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return normalised;
  }
}

/** Loopback hosts: journal text sent there never leaves the machine. */
export function isLocalHost(normalised: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(normalised).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '::1' ||
    hostname === '0.0.0.0' ||
    /^127(\.\d{1,3}){3}$/.test(hostname) ||
    hostname === '::ffff:127.0.0.1'
  );
}

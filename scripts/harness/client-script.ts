import { contract, SUBSCRIPTIONS } from '../../src/ipc/contract'

/**
 * The browser stand-in for the preload: `window.api` with one named method
 * per contract call, each POSTing to the harness. Written as plain JS because
 * it is served as-is; the wire format matches src/ipc/wire.ts.
 */
export function harnessClientScript(): string {
  const methods = Object.fromEntries(Object.entries(contract).map(([name, spec]) => [name, spec.channel]))
  return `(() => {
  'use strict';
  const methods = ${JSON.stringify(methods)};
  const toB64 = (b) => { let s = ''; for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000)); return btoa(s); };
  const fromB64 = (t) => { const s = atob(t); const b = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; };
  const encode = (v) => JSON.stringify(v === undefined ? null : v, (k, x) => x instanceof Uint8Array ? { $bytes: toB64(x) } : x);
  const decode = (t) => JSON.parse(t, (k, x) => (x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && '$bytes' in x) ? fromB64(x.$bytes) : x);
  const api = {};
  for (const [name, channel] of Object.entries(methods)) {
    api[name] = async (input) => {
      const response = await fetch('/api/' + encodeURIComponent(channel), { method: 'POST', headers: { 'content-type': 'application/json' }, body: encode(input) });
      return decode(await response.text());
    };
  }
  // Main's messages (events) never come in the browser: each subscription is a no-op.
  for (const name of ${JSON.stringify(Object.keys(SUBSCRIPTIONS))}) api[name] = () => () => {};
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();
`
}

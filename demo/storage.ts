// The demo's storage switch: "this browser" (IndexedDB, the embedded default) or "the practice's server"
// (the REST client against `npm run server`, signed in through the server's dev login).
import { createRestIzp } from '../src/client/index.js';
import type { Izp, User } from '../src/core/index.js';

const API = new URL('/api', location.origin).href;

/** True when the page is served by `npm run server` (the API answers), not by `npm start`. */
export async function serverAvailable(): Promise<boolean> {
  try {
    return (await fetch(`${API}/openapi.json`)).ok;
  } catch {
    return false;
  }
}

const tokens = new Map<string, Promise<string>>();

/** A short-lived dev-login token for the demo user (the dev login exists only on the demo server). */
function tokenFor(user: User): Promise<string> {
  let token = tokens.get(user.id);
  if (!token) {
    token = fetch(`${API}/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) })
      .then(async (response) => {
        if (!response.ok) throw new Error(`dev login: ${response.status}`);
        return ((await response.json()) as { token: string }).token;
      });
    token.catch(() => tokens.delete(user.id));
    tokens.set(user.id, token);
  }
  return token;
}

/** The Izp of the practice's server for this user. */
export function serverIzp(user: User): Izp {
  return createRestIzp({ baseUrl: API, user, headers: async () => ({ authorization: `Bearer ${await tokenFor(user)}` }) });
}

// Server-side sessions keyed by a random cookie: the sign-in transaction (PKCE verifier), the citizen,
// the consent token and the prefill receipt never leave the server. In memory: one process, an example.
import { randomBytes, timingSafeEqual } from 'node:crypto';

const COOKIE = 'portal_sid';
const IDLE_MS = 30 * 60_000;

export function sessionStore() {
  const sessions = new Map();
  const idOf = (req) => /(?:^|;\s*)portal_sid=([A-Za-z0-9_-]{43})/.exec(req.headers.cookie ?? '')?.[1];
  const create = (res) => {
    const fresh = randomBytes(32).toString('base64url');
    const data = { csrf: randomBytes(24).toString('base64url') };
    sessions.set(fresh, { touched: Date.now(), data });
    res.setHeader('set-cookie', `${COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Lax`);
    return data;
  };
  return {
    /** The request's session, created when missing or idle too long; sets the cookie when new. */
    of(req, res) {
      const id = idOf(req);
      const found = id ? sessions.get(id) : undefined;
      if (found && Date.now() - found.touched < IDLE_MS) {
        found.touched = Date.now();
        return found.data;
      }
      if (id) sessions.delete(id);
      return create(res);
    },
    /** A new session id (and anti-forgery token) at sign-in: an id planted before it is worth nothing. */
    renew(req, res) {
      const id = idOf(req);
      if (id) sessions.delete(id);
      return create(res);
    },
    /** Forgets the request's session (sign-out). */
    drop(req) {
      const id = idOf(req);
      if (id) sessions.delete(id);
    },
  };
}

/** Whether a posted anti-forgery token is the session's (constant time). */
export function sameToken(session, posted) {
  const a = Buffer.from(session.csrf ?? '');
  const b = Buffer.from(String(posted ?? ''));
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

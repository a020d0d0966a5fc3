/**
 * Authentication. The server takes any `authenticate(request) => user | null`: the host knows how its
 * users sign in. Shipped here: a bearer-JWT verifier for deployments behind an OpenID Connect provider,
 * and a dev login for the demo only. The user the core acts for comes from here, never from a body.
 */
import { SignJWT, createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Person, User } from '../core/model.js';
import { User as UserSchema, roles } from '../core/model.js';

/** Who is asking, and for whom when not themselves (an assistant entering for a GP: NEN 7513 "namens"). */
export interface Principal {
  user: User;
  onBehalfOf?: Person;
}

export type Authenticate = (request: Request) => User | Principal | null | Promise<User | Principal | null>;

export interface JwtOptions {
  /** The provider's JWKS endpoint (`https://login.example/.well-known/jwks.json`) ... */
  jwksUrl?: string | URL;
  /** ... or a key (a public key, a shared secret, or a key-set function). */
  key?: CryptoKey | Uint8Array | JWTVerifyGetKey;
  issuer: string | string[];
  audience: string | string[];
  /** Which claims hold id, name and role; or a function from the verified payload to the user. */
  claims?: { id?: string; name?: string; role?: string } | ((payload: JWTPayload) => User | null);
  /** Accepted algorithms; default asymmetric ones only. */
  algorithms?: string[];
  /** Allowed clock difference in seconds; default 30. */
  clockTolerance?: number;
}

const ROLES = new Set<string>(roles);

/** Verifies `Authorization: Bearer <jwt>` (signature, issuer, audience, expiry) and maps its claims to a user. */
export function jwtAuthenticator(options: JwtOptions): Authenticate {
  if (!options.jwksUrl && !options.key) throw new TypeError('jwtAuthenticator needs jwksUrl or key');
  if (!options.issuer || !options.audience) throw new TypeError('jwtAuthenticator needs issuer and audience');
  const key = options.key ?? createRemoteJWKSet(new URL(String(options.jwksUrl)));
  const map = typeof options.claims === 'function' ? options.claims : claimMapper(options.claims ?? {});
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    algorithms: options.algorithms ?? ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'],
    clockTolerance: options.clockTolerance ?? 30,
    requiredClaims: ['exp'],
  };
  return async (request) => {
    const token = bearer(request);
    if (!token) return null;
    try {
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
      return map(payload);
    } catch {
      // Expired, forged, for another audience: the request is simply not authenticated.
      return null;
    }
  };
}

function claimMapper(names: { id?: string; name?: string; role?: string }): (payload: JWTPayload) => User | null {
  return (payload) => {
    const id = payload[names.id ?? 'sub'];
    const name = payload[names.name ?? 'name'];
    const role = payload[names.role ?? 'izp_role'];
    if (typeof id !== 'string' || typeof name !== 'string' || typeof role !== 'string' || !ROLES.has(role)) return null;
    return { id, name, role: role as User['role'] };
  };
}

export function bearer(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim()) : null;
  return match?.[1] ?? null;
}

export interface DevLogin {
  authenticate: Authenticate;
  /** Signs a short-lived token for a user (the demo's role switch). */
  issue(user: User): Promise<string>;
  /** The public key, in case a second process must verify the demo's tokens. */
  publicJwk(): Promise<JsonWebKey>;
}

const DEV_ISSUER = 'izp-sdk-dev-login';

/**
 * The demo's login: anyone may become anyone, so it refuses to exist when NODE_ENV is production. The
 * signing key is made at start and never written anywhere: a restart signs everyone out.
 */
export async function createDevLogin(options: { ttlSeconds?: number; env?: string | undefined } = {}): Promise<DevLogin> {
  const env = 'env' in options ? options.env : globalThis.process?.env?.NODE_ENV;
  if (env === 'production') throw new Error('The dev login lets anyone sign in as anyone; it does not run with NODE_ENV=production');
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const audience = 'izp-sdk-demo';
  const ttl = options.ttlSeconds ?? 15 * 60;
  return {
    authenticate: jwtAuthenticator({ key: publicKey, issuer: DEV_ISSUER, audience, algorithms: ['ES256'] }),
    issue: (input) => {
      const parsed = UserSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(new TypeError('Not a valid user'));
      const user = parsed.data;
      return new SignJWT({ name: user.name, izp_role: user.role })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(user.id)
        .setIssuer(DEV_ISSUER)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${ttl}s`)
        .sign(privateKey);
    },
    publicJwk: () => exportJWK(publicKey),
  };
}

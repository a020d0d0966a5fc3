// Authentication: the bearer-JWT verifier against a JWKS served on loopback (as an OpenID Connect
// provider would), claim mapping, and the dev login that refuses to run in production.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

const { jwtAuthenticator, createDevLogin } = await import('izp-sdk/server');

const ISSUER = 'https://login.zorggroep.example';
const request = (token) => new Request('http://izp.test/plans', { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('jwtAuthenticator', () => {
  let keys;
  let jwks;
  let url;
  before(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${jwks.address().port}/.well-known/jwks.json`;
  });
  after(() => new Promise((resolve) => jwks.close(resolve)));

  const sign = (claims, { audience = 'izp-api', issuer = ISSUER, expires = '5m', key = keys.privateKey } = {}) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime(expires).sign(key);

  it('maps a verified token\'s claims to the user, with configurable claim names', async () => {
    const authenticate = jwtAuthenticator({ jwksUrl: url, issuer: ISSUER, audience: 'izp-api', claims: { id: 'uzi', name: 'name', role: 'izp_role' } });
    const token = await sign({ uzi: 'poh-sanne', name: 'Sanne de Wit', izp_role: 'practice-nurse', sub: 'ignored' });
    assert.deepEqual(await authenticate(request(token)), { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' });
  });

  it('takes a function for claims the provider shapes its own way', async () => {
    const authenticate = jwtAuthenticator({ jwksUrl: url, issuer: ISSUER, audience: 'izp-api', claims: (p) => ({ id: p.sub, name: p.preferred_username, role: p.groups.includes('huisartsen') ? 'gp' : 'other' }) });
    const token = await sign({ sub: 'ha-verhoeven', preferred_username: 'dr. P. Verhoeven', groups: ['huisartsen'] });
    assert.equal((await authenticate(request(token))).role, 'gp');
  });

  it('refuses a missing, expired, foreign-audience, foreign-issuer or forged token, and an unknown role', async () => {
    const authenticate = jwtAuthenticator({ jwksUrl: url, issuer: ISSUER, audience: 'izp-api' });
    const claims = { sub: 'poh-sanne', name: 'Sanne de Wit', izp_role: 'practice-nurse' };
    assert.ok(await authenticate(request(await sign(claims))), 'the valid one passes');
    assert.equal(await authenticate(request(null)), null);
    assert.equal(await authenticate(request(await sign(claims, { expires: Math.floor(Date.now() / 1000) - 3600 }))), null);
    assert.equal(await authenticate(request(await sign(claims, { audience: 'another-app' }))), null);
    assert.equal(await authenticate(request(await sign(claims, { issuer: 'https://evil.example' }))), null);
    const other = await generateKeyPair('RS256');
    assert.equal(await authenticate(request(await sign(claims, { key: other.privateKey }))), null);
    assert.equal(await authenticate(request(await sign({ ...claims, izp_role: 'admin' }))), null);
  });

  it('needs a key source, an issuer and an audience', () => {
    assert.throws(() => jwtAuthenticator({ issuer: ISSUER, audience: 'izp-api' }));
    assert.throws(() => jwtAuthenticator({ jwksUrl: url, issuer: ISSUER }));
  });
});

describe('the dev login (demo only)', () => {
  it('refuses to run with NODE_ENV=production', async () => {
    await assert.rejects(createDevLogin({ env: 'production' }), /production/);
  });

  it('signs short-lived tokens that only its own server accepts', async () => {
    const a = await createDevLogin({ env: 'development', ttlSeconds: 60 });
    const b = await createDevLogin({ env: 'development' });
    const token = await a.issue({ id: 'pat-yildiz', name: 'Mw. F. Yıldız', role: 'patient' });
    assert.equal((await a.authenticate(request(token))).id, 'pat-yildiz');
    assert.equal(await b.authenticate(request(token)), null, 'a key made at start: another process (or a restart) does not accept it');
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp;
    assert.ok(exp - Date.now() / 1000 <= 60);
    await assert.rejects(a.issue({ id: '', name: 'x', role: 'gp' }));
  });
});

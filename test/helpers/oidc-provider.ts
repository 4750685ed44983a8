/**
 * A tiny OpenID Connect provider on 127.0.0.1 for tests: discovery, JWKS, an /authorize that "logs
 * in" whoever the test says and redirects back with a code, and a /token that checks the client's
 * secret, the redirect URI and the PKCE verifier and returns an RS256-signed ID token. Real HTTP.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Tampering = 'none' | 'signature' | 'nonce' | 'audience' | 'expired' | 'issuer' | 'unverified-email';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who logs in at the next /authorize. */
  nextEmail: string;
  /** How the next ID token is spoiled. */
  tampering: Tampering;
  /** What /token was asked, for assertions. */
  tokenRequests: { authorization: string | undefined; body: URLSearchParams }[];
  close(): Promise<void>;
}

interface Grant {
  nonce: string;
  challenge: string;
  redirectUri: string;
  email: string;
  used: boolean;
}

export async function startTestProvider({
  clientId = 'protokol-test',
  clientSecret = 'hemmelig:nøgle',
}: {
  clientId?: string;
  clientSecret?: string;
} = {}): Promise<TestProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = 'test-key-1';
  const grants = new Map<string, Grant>();
  const provider = {
    issuer: '',
    clientId,
    clientSecret,
    nextEmail: '',
    tampering: 'none' as Tampering,
    tokenRequests: [] as TestProvider['tokenRequests'],
  };

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const idToken = (grant: Grant, key: KeyObject): string => {
    const now = Math.floor(Date.now() / 1000);
    const t = provider.tampering;
    const claims = {
      iss: t === 'issuer' ? 'https://evil.example' : provider.issuer,
      sub: `sub-${grant.email}`,
      aud: t === 'audience' ? 'someone-else' : clientId,
      exp: t === 'expired' ? now - 3600 : now + 300,
      iat: t === 'expired' ? now - 4000 : now,
      nonce: t === 'nonce' ? 'not-the-nonce' : grant.nonce,
      email: grant.email,
      email_verified: t !== 'unverified-email',
      name: 'Test Bruger',
    };
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), t === 'signature' ? stranger : key);
    return `${header}.${payload}.${signature.toString('base64url')}`;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', provider.issuer);
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer: provider.issuer,
        authorization_endpoint: `${provider.issuer}/authorize`,
        token_endpoint: `${provider.issuer}/token`,
        jwks_uri: `${provider.issuer}/jwks`,
        response_types_supported: ['code'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (req.method === 'GET' && url.pathname === '/jwks') {
      return json(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] });
    }
    if (req.method === 'GET' && url.pathname === '/authorize') {
      const q = url.searchParams;
      if (
        q.get('client_id') !== clientId ||
        q.get('response_type') !== 'code' ||
        q.get('code_challenge_method') !== 'S256' ||
        !q.get('code_challenge') ||
        !q.get('nonce') ||
        !q.get('scope')?.split(' ').includes('openid')
      ) {
        return json(res, 400, { error: 'invalid_request' });
      }
      const code = randomBytes(16).toString('hex');
      grants.set(code, {
        nonce: q.get('nonce')!,
        challenge: q.get('code_challenge')!,
        redirectUri: q.get('redirect_uri')!,
        email: provider.nextEmail,
        used: false,
      });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => {
        const body = new URLSearchParams(raw);
        const authorization = req.headers.authorization;
        provider.tokenRequests.push({ authorization, body });
        const expected = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
        if (authorization !== expected) return json(res, 401, { error: 'invalid_client' });
        const grant = grants.get(body.get('code') ?? '');
        const verifier = body.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (
          body.get('grant_type') !== 'authorization_code' ||
          !grant ||
          grant.used ||
          grant.redirectUri !== body.get('redirect_uri') ||
          grant.challenge !== challenge
        ) {
          return json(res, 400, { error: 'invalid_grant' });
        }
        grant.used = true;
        return json(res, 200, {
          access_token: randomBytes(16).toString('hex'),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken(grant, privateKey),
        });
      });
      return;
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(provider, {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

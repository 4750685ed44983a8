/**
 * A small OpenID Connect relying party: the authorization code flow with PKCE (S256), state and
 * nonce; the provider found through discovery (/.well-known/openid-configuration); the ID token
 * validated here — RS256 signature against the provider's JWKS (node:crypto), iss, aud (and azp),
 * exp, iat and nonce. What the app trusts afterwards is only the token's e-mail address.
 */
import { createHash, createPublicKey, type JsonWebKey, type KeyObject, randomBytes, verify } from 'node:crypto';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
}

interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  token_endpoint_auth_methods_supported?: string[];
}

export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
  azp?: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** Why a login through the provider failed; the message is for the log, never the page. */
export class OidcError extends Error {
  override readonly name = 'OidcError';
}

export interface OidcClient {
  /** The provider's login page for this attempt. */
  authorizationUrl(attempt: { state: string; nonce: string; codeVerifier: string }): Promise<string>;
  /** Exchanges the code for tokens and returns the validated ID token's claims. */
  completeLogin(input: { code: string; codeVerifier: string; nonce: string }): Promise<IdTokenClaims>;
}

/** A random value for state, nonce or the PKCE verifier (43 characters, base64url). */
export function randomValue(): string {
  return randomBytes(32).toString('base64url');
}

export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

const TIMEOUT_MS = 10_000;
const CLOCK_SKEW_S = 60;
const METADATA_TTL_MS = 60 * 60_000;

export function createOidcClient(
  settings: OidcSettings,
  { now = () => new Date(), fetchFn = globalThis.fetch }: { now?: () => Date; fetchFn?: typeof fetch } = {},
): OidcClient {
  const provider = providerOf(settings, fetchFn);
  return {
    async authorizationUrl({ state, nonce, codeVerifier }) {
      const { authorization_endpoint } = await provider.discover();
      const url = new URL(authorization_endpoint);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', settings.clientId);
      url.searchParams.set('redirect_uri', settings.redirectUrl);
      url.searchParams.set('scope', 'openid email profile');
      url.searchParams.set('state', state);
      url.searchParams.set('nonce', nonce);
      url.searchParams.set('code_challenge', codeChallenge(codeVerifier));
      url.searchParams.set('code_challenge_method', 'S256');
      return url.toString();
    },

    async completeLogin({ code, codeVerifier, nonce }) {
      const metadata = await provider.discover();
      const request = tokenRequest(settings, metadata, code, codeVerifier);
      const tokens = (await provider.getJson(metadata.token_endpoint, { method: 'POST', ...request })) as {
        id_token?: unknown;
      };
      if (typeof tokens.id_token !== 'string') throw new OidcError('tokensvar uden id_token');
      const { header, claims, signature, signed } = readIdToken(tokens.id_token);
      if (header.alg !== 'RS256') throw new OidcError(`ID-token: algoritmen ${header.alg} accepteres ikke`);
      const key = await provider.keyFor(header.kid);
      if (!verify('sha256', signed, key, signature)) throw new OidcError('ID-token: signaturen passer ikke');
      checkClaims(claims, settings, nonce, Math.floor(now().getTime() / 1000));
      return claims;
    },
  };
}

/** The provider's metadata (discovery, kept an hour) and signing keys (fetched again for a new kid). */
function providerOf(settings: OidcSettings, fetchFn: typeof fetch) {
  let metadata: { value: ProviderMetadata; at: number } | null = null;
  let keys: Map<string, KeyObject> | null = null;

  async function getJson(url: string, init?: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new OidcError(`kan ikke nå ${url}: ${(error as Error).message}`, { cause: error });
    }
    if (!response.ok) throw new OidcError(`${url} svarede ${response.status}`);
    try {
      return await response.json();
    } catch (error) {
      throw new OidcError(`${url} svarede ikke med JSON`, { cause: error });
    }
  }

  async function discover(): Promise<ProviderMetadata> {
    if (metadata && Date.now() - metadata.at < METADATA_TTL_MS) return metadata.value;
    const url = `${settings.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const value = (await getJson(url)) as Partial<ProviderMetadata>;
    if (value.issuer !== settings.issuer) {
      throw new OidcError(`discovery: issuer er "${value.issuer}", ikke "${settings.issuer}"`);
    }
    for (const field of ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
      if (typeof value[field] !== 'string') throw new OidcError(`discovery: ${field} mangler`);
    }
    metadata = { value: value as ProviderMetadata, at: Date.now() };
    keys = null;
    return metadata.value;
  }

  async function loadKeys(): Promise<Map<string, KeyObject>> {
    const { jwks_uri } = await discover();
    const body = (await getJson(jwks_uri)) as { keys?: (JsonWebKey & { kid?: string; use?: string })[] };
    const loaded = new Map<string, KeyObject>();
    for (const [index, jwk] of (body.keys ?? []).entries()) {
      if (jwk.kty !== 'RSA' || (jwk.use && jwk.use !== 'sig')) continue;
      try {
        loaded.set(jwk.kid ?? `#${index}`, createPublicKey({ key: jwk, format: 'jwk' }));
      } catch {
        // a key we cannot read cannot have signed anything we accept
      }
    }
    keys = loaded;
    return loaded;
  }

  /** The key for a token's kid; the JWKS is fetched again once when the kid is new (key rotation). */
  async function keyFor(kid: string | undefined): Promise<KeyObject> {
    const pick = (map: Map<string, KeyObject>) =>
      kid ? map.get(kid) : map.size === 1 ? [...map.values()][0] : undefined;
    const known = keys ? pick(keys) : undefined;
    if (known) return known;
    const fresh = pick(await loadKeys());
    if (!fresh) throw new OidcError(`ID-token: ukendt nøgle ${kid ?? '(uden kid)'}`);
    return fresh;
  }

  return { getJson, discover, keyFor };
}

/** The token request's body and headers; the client authenticates as the provider prefers. */
function tokenRequest(settings: OidcSettings, provider: ProviderMetadata, code: string, codeVerifier: string) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: settings.redirectUrl,
    code_verifier: codeVerifier,
  });
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/json',
  };
  const methods = provider.token_endpoint_auth_methods_supported;
  if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
    body.set('client_id', settings.clientId);
    body.set('client_secret', settings.clientSecret);
  } else {
    // RFC 6749 §2.3.1: form-encode, then Basic.
    const user = encodeURIComponent(settings.clientId);
    const secret = encodeURIComponent(settings.clientSecret);
    headers.Authorization = `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
  }
  return { headers, body };
}

/** A compact JWS's parts: header and claims decoded, the signature and what it signs. */
function readIdToken(idToken: string) {
  const parts = idToken.split('.');
  if (parts.length !== 3) throw new OidcError('ID-token: ikke en JWS');
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  try {
    return {
      header: JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8')) as { alg?: string; kid?: string },
      claims: JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8')) as IdTokenClaims,
      signed: Buffer.from(`${encodedHeader}.${encodedPayload}`),
      signature: Buffer.from(encodedSignature, 'base64url'),
    };
  } catch (error) {
    throw new OidcError('ID-token: kan ikke læses', { cause: error });
  }
}

/** The ID token's claims against the client: issuer, audience, authorized party, times and nonce. */
function checkClaims(claims: IdTokenClaims, settings: OidcSettings, nonce: string, nowS: number): void {
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== settings.issuer) throw new OidcError(`ID-token: iss er "${claims.iss}"`);
  if (!audiences.includes(settings.clientId)) throw new OidcError('ID-token: aud er ikke denne klient');
  if (audiences.length > 1 && claims.azp !== settings.clientId) throw new OidcError('ID-token: azp mangler');
  if (claims.azp !== undefined && claims.azp !== settings.clientId) throw new OidcError('ID-token: azp er forkert');
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_S < nowS) throw new OidcError('ID-token: udløbet');
  if (typeof claims.iat !== 'number' || claims.iat - CLOCK_SKEW_S > nowS)
    throw new OidcError('ID-token: iat i fremtiden');
  if (claims.nonce !== nonce) throw new OidcError('ID-token: nonce passer ikke');
}

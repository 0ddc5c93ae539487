import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import { ROLE_ORDER, type Role } from '@cvm/shared';
import type { Config } from '../config.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../time/clock.ts';
import { hashToken } from './tokens.ts';

// OpenID Connect sign-in with openid-client: authorization code with PKCE, state and nonce, the provider found by
// discovery (read when first needed, kept, read again after a failure). A sign-in under way is a row of
// oidc_requests — its state's hash, the nonce, the PKCE verifier, where the person was going — for ten minutes, so any
// replica can take the callback. The ID token's claims give the person: their subject, a name, and the groups that
// map to a role.

const REQUEST_LIFETIME_MS = 10 * 60_000;

export type OidcSettings = NonNullable<Config['oidc']>;

/** Who the provider says signed in. */
export interface OidcIdentity {
  subject: string;
  username: string;
  displayName: string;
  role: Role;
}

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** A username the console accepts (lower-case letters, digits, . _ -; 2 to 32) from what the provider calls them. */
function usernameFrom(claims: Record<string, unknown>): string {
  const raw = [claims.preferred_username, typeof claims.email === 'string' ? claims.email.split('@')[0] : undefined, claims.sub].find((v) => typeof v === 'string' && v) as string;
  const cleaned = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 32);
  return cleaned.length >= 2 ? cleaned : `sso-${hashToken(String(claims.sub)).slice(0, 8)}`;
}

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcSettings,
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
  ) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (tests, a local IdP); anywhere else, HTTPS.
        ...(isLoopback(this.settings.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new ConsoleError(502, 'SsoProviderUnreachable', `The sign-in provider could not be reached: ${(error as Error).message}`);
      });
    return this.configuration;
  }

  /** The provider's authorization URL for a new sign-in, remembered for the callback. */
  async start(nextPath: string): Promise<URL> {
    const config = await this.config();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    await this.db
      .insertInto('oidc_requests')
      .values({ state_hash: hashToken(state), nonce, code_verifier: verifier, next_path: nextPath, expires_at: new Date(this.clock.now() + REQUEST_LIFETIME_MS) })
      .execute();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /**
   * The callback: its state must be one this console sent (and is used up), the code is exchanged with the PKCE
   * verifier, and the ID token must carry the nonce. Answers who signed in and where they were going.
   */
  async finish(callbackUrl: URL): Promise<{ identity: OidcIdentity; nextPath: string }> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const row = await this.db.deleteFrom('oidc_requests').where('state_hash', '=', hashToken(state)).returningAll().executeTakeFirst();
    if (!row || row.expires_at.getTime() <= this.clock.now()) {
      throw new ConsoleError(400, 'SsoStateInvalid', 'This sign-in was not started here, or started too long ago; sign in again.');
    }
    const config = await this.config();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: row.code_verifier, expectedState: state, expectedNonce: row.nonce });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw new ConsoleError(401, 'SsoRefused', `The sign-in provider's answer was refused: ${(error as Error).message}`);
    }
    return { identity: { ...this.identityOf(claims, String(config.serverMetadata().issuer)) }, nextPath: row.next_path };
  }

  /** The person the claims describe; the highest role their groups map to, or the default, or none (refused). */
  private identityOf(claims: Record<string, unknown>, issuer: string): OidcIdentity {
    const groups = claims[this.settings.groupsClaim];
    const mapped = (Array.isArray(groups) ? groups : []).map((g) => this.settings.roleMap.get(String(g))).filter((r): r is Role => r !== undefined);
    const role = mapped.sort((a, b) => ROLE_ORDER.indexOf(b) - ROLE_ORDER.indexOf(a))[0] ?? this.settings.defaultRole;
    if (!role) throw new ConsoleError(403, 'SsoNoRole', 'None of your groups is given a role in this console; ask an administrator.');
    return {
      subject: `${issuer}#${String(claims.sub)}`,
      username: usernameFrom(claims),
      displayName: typeof claims.name === 'string' && claims.name ? claims.name.slice(0, 64) : usernameFrom(claims),
      role,
    };
  }

  /** Where to send the browser to sign out of the provider too (RP-initiated logout), coming back to `returnTo`. */
  async endSessionUrl(returnTo: string): Promise<string | undefined> {
    try {
      const config = await this.config();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, { client_id: this.settings.clientId, post_logout_redirect_uri: returnTo }).toString();
    } catch {
      return undefined;
    }
  }
}

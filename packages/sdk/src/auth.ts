import type { components } from './generated/schema.js';

export type Session = components['schemas']['Session'];

/** Sign in as a sandbox user; the SDK logs in on first use and refreshes on expiry. */
export interface PasswordAuth {
  username: string;
  password: string;
  /** Space-separated scopes to request; all the user's roles allow when absent. */
  scope?: string;
}

/** A portal's service client (OAuth2 client credentials). */
export interface ClientCredentialsAuth {
  clientId: string;
  clientSecret: string;
  scope?: string;
}

/** Resume a stored session (for example from sessionStorage); it is refreshed when it expires. */
export interface SessionAuth {
  session: Pick<Session, 'accessToken' | 'refreshToken'>;
}

/**
 * How the client authenticates:
 * - a static access token (`'eyJ…'`);
 * - a function returning the current token (the portal owns sign-in, e.g. through SSO);
 * - `{ username, password }`, `{ clientId, clientSecret }` or `{ session }`, which the SDK manages,
 *   refreshing on a 401 (one refresh at a time, then the request is retried once).
 */
export type AuthOption =
  | string
  | (() => string | undefined | Promise<string | undefined>)
  | PasswordAuth
  | ClientCredentialsAuth
  | SessionAuth;

/** The calls the token manager needs, provided by the client (kept apart to avoid a cycle). */
export interface TokenEndpoints {
  login(auth: PasswordAuth): Promise<Session>;
  refresh(refreshToken: string): Promise<Session>;
  clientToken(auth: ClientCredentialsAuth): Promise<{ accessToken: string }>;
}

/** Holds the current token; runs at most one login or refresh at a time. */
export class TokenManager {
  readonly #auth: AuthOption | undefined;
  readonly #endpoints: TokenEndpoints;
  readonly #onSession: ((session: Session) => void) | undefined;
  #accessToken: string | undefined;
  #refreshToken: string | undefined;
  #inflight: Promise<string | undefined> | undefined;

  constructor(
    auth: AuthOption | undefined,
    endpoints: TokenEndpoints,
    onSession?: (session: Session) => void,
  ) {
    this.#auth = auth;
    this.#endpoints = endpoints;
    this.#onSession = onSession;
    if (typeof auth === 'string') this.#accessToken = auth;
    if (auth && typeof auth === 'object' && 'session' in auth) {
      this.#accessToken = auth.session.accessToken;
      this.#refreshToken = auth.session.refreshToken;
    }
  }

  /** Whether a 401 can be answered by getting a new token. */
  get canRenew(): boolean {
    return typeof this.#auth === 'function' || (typeof this.#auth === 'object' && this.#auth !== null);
  }

  /** The token to send now, signing in first when the SDK manages credentials. */
  async token(): Promise<string | undefined> {
    const auth = this.#auth;
    if (typeof auth === 'function') return auth();
    if (this.#accessToken !== undefined) return this.#accessToken;
    if (auth && typeof auth === 'object' && !('session' in auth)) return this.renew(undefined);
    return undefined;
  }

  /**
   * Gets a new token because `stale` was refused. Concurrent callers share one refresh; a caller
   * whose stale token was already replaced just gets the new one.
   */
  renew(stale: string | undefined): Promise<string | undefined> {
    if (typeof this.#auth === 'function') return Promise.resolve(this.#auth());
    if (stale !== undefined && this.#accessToken !== undefined && stale !== this.#accessToken) {
      return Promise.resolve(this.#accessToken);
    }
    this.#inflight ??= this.#obtain().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /** Forgets the tokens (after logout). */
  clear(): void {
    this.#accessToken = undefined;
    this.#refreshToken = undefined;
  }

  /** The refresh token held, for logout. */
  get refreshToken(): string | undefined {
    return this.#refreshToken;
  }

  async #obtain(): Promise<string | undefined> {
    const auth = this.#auth;
    if (!auth || typeof auth !== 'object') return this.#accessToken;
    if ('clientId' in auth) {
      this.#accessToken = (await this.#endpoints.clientToken(auth)).accessToken;
      return this.#accessToken;
    }
    if (this.#refreshToken !== undefined) {
      try {
        return this.#adopt(await this.#endpoints.refresh(this.#refreshToken));
      } catch (error) {
        // A used or expired refresh token: sign in again when we hold credentials.
        this.clear();
        if (!('username' in auth)) throw error;
      }
    }
    if ('username' in auth) return this.#adopt(await this.#endpoints.login(auth));
    return undefined;
  }

  #adopt(session: Session): string {
    this.#accessToken = session.accessToken;
    this.#refreshToken = session.refreshToken;
    this.#onSession?.(session);
    return session.accessToken;
  }
}

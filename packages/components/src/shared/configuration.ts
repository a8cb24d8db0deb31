import { createClient, type ClientOptions, type EOfficeClient } from '@eoffice/sdk';

let pageClient: EOfficeClient | undefined;

/**
 * Sets the page-wide e-Office connection once; every component without its own `client` uses it.
 *
 *   configure({ baseUrl: 'https://eoffice.example.gov.in/api/v1', auth: () => portalSession.token });
 *
 * Returns the client, which the page may use directly too.
 */
export function configure(options: ClientOptions | EOfficeClient): EOfficeClient {
  pageClient = 'api' in options ? options : createClient(options);
  return pageClient;
}

/** The page-wide client set with `configure()`, if any. */
export function configuredClient(): EOfficeClient | undefined {
  return pageClient;
}

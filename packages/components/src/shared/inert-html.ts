// Parsing HTML with DOMParser is a Trusted Types sink: a page served with
// `require-trusted-types-for 'script'` refuses a plain string there. The document DOMParser makes is
// inert (no script runs, nothing loads), and what we parse from it only ever leaves through the note
// schema or the paste cleaner, never as live markup, so a policy that passes the string through is
// sound. It is created once, under a name a page's `trusted-types` directive can list.

/** The Trusted Types policy name to allow when a page restricts policy names (`trusted-types …`). */
export const INERT_HTML_POLICY = 'eoffice-inert-html';

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;

function inertPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  try {
    policy = trustedTypes ? trustedTypes.createPolicy(INERT_HTML_POLICY, { createHTML: (s) => s }) : null;
  } catch {
    // The page's `trusted-types` directive does not allow our name: the parse below then fails with
    // the browser's own Trusted Types error, which names the sink.
    policy = null;
  }
  return policy;
}

/** Parses HTML into a detached, inert document (no script runs, no image loads). */
export function parseInertHtml(html: string): Document {
  const input = inertPolicy()?.createHTML(html) ?? html;
  return new DOMParser().parseFromString(input as string, 'text/html');
}

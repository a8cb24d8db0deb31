// The simulated ESP's browser endpoint: the page posts the ASP's request (form field `eSignRequest`) to
// the transaction's `espUrl`, as to a real ESP, and gets a page saying what is signed and where the OTP
// went. It accepts only requests the sandbox itself issued, byte for byte, for pending transactions.
import type { FastifyInstance } from 'fastify';
import { errorPage, requestPage } from './page.js';

export const ESP_PATH = '/api/v1/sandbox-esp/esign';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** An attribute of the request's XML, with the XML escapes undone (the page escapes for HTML itself). */
function attribute(xml: string, name: string): string | null {
  const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
  if (raw === undefined) return null;
  return raw
    .replace(/&#x([0-9A-F]+);/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export async function sandboxEsp(app: FastifyInstance): Promise<void> {
  app.post(ESP_PATH, async (request, reply) => {
    void reply.header('content-security-policy', CSP).type('text/html; charset=utf-8');
    const form = (request.body ?? {}) as Record<string, unknown>;
    const xml = typeof form.eSignRequest === 'string' ? form.eSignRequest : '';
    const txn = attribute(xml, 'txn');
    const row = txn
      ? await app.services.db
          .selectFrom('esign_transactions')
          .select(['id', 'status', 'digest', 'data', 'expires_at'])
          .where('id', '=', txn)
          .executeTakeFirst()
      : undefined;
    const stored = row ? (JSON.parse(row.data) as { requestXml: string }).requestXml : null;
    if (!row || stored !== xml) {
      return reply.code(400).send(
        errorPage({
          hi: 'यह अनुरोध इस सैंडबॉक्स ने जारी नहीं किया है।',
          en: 'This request was not issued by this sandbox.',
        }),
      );
    }
    if (row.status !== 'pending' || row.expires_at <= app.services.clock().toISOString()) {
      return reply.code(409).send(
        errorPage({
          hi: 'यह लेन-देन अब लंबित नहीं है; नया ई-हस्ताक्षर आरंभ करें।',
          en: 'This transaction is no longer pending; start a new eSign.',
        }),
      );
    }
    return reply.code(200).send(
      requestPage({
        transactionId: row.id,
        docInfo: attribute(xml, 'docInfo') ?? '',
        digestHex: row.digest,
        expiresAt: row.expires_at,
      }),
    );
  });
}

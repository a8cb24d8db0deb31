// Security headers on every answer of the sandbox, API and simulated eSign page alike: no MIME
// sniffing, no referrer leaking a tracking number or ticket in a URL, never framed (clickjacking), and
// Strict-Transport-Security when the request came over TLS (a sandbox behind an HTTPS proxy).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
} as const;

async function securityHeadersPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    return payload;
  });
}

/** Applies to every route (hence fastify-plugin: the hook must reach the root). */
export const securityHeaders = fp(securityHeadersPlugin, {
  name: 'eoffice-security-headers',
  fastify: '5.x',
});

// Liveness and readiness for load balancers and orchestrators (no authentication, no rate limit).
import { checkReadiness } from '../lifecycle/readiness.js';
import { ApiProblem } from '../problem.js';
import type { HandlerGroup } from './context.js';

const NO_STORE = { 'cache-control': 'no-store' };

function unavailable(detail: string): ApiProblem {
  return new ApiProblem(503, 'server.unavailable', detail, undefined, { 'retry-after': '1' });
}

export const healthHandlers = {
  async getHealth() {
    return { status: 200, body: { status: 'ok' }, headers: NO_STORE };
  },

  async getReadiness(ctx) {
    const { drain, db, log } = ctx.services;
    if (drain.draining) throw unavailable('This instance is shutting down.');
    const readiness = await checkReadiness(db);
    if (!readiness.ready) {
      log.warn({ reason: readiness.reason }, 'not ready');
      throw unavailable(`This instance is not ready: ${readiness.reason}.`);
    }
    // Checked again: a shutdown may have started while the database answered.
    if (drain.draining) throw unavailable('This instance is shutting down.');
    return {
      status: 200,
      body: {
        status: 'ready',
        database: readiness.database,
        migrations: { applied: readiness.applied, latest: readiness.latest },
      },
      headers: NO_STORE,
    };
  },
} satisfies HandlerGroup;

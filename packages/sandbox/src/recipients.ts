// Checks on the posts an item is sent to.
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { Principal } from './operations/context.js';
import { ApiProblem } from './problem.js';

export async function checkRecipients(
  db: Kysely<Database>,
  principal: Principal,
  to: string,
  copyTo: string[] = [],
): Promise<void> {
  const all = [to, ...copyTo];
  if (new Set(all).size !== all.length) {
    throw new ApiProblem(422, 'recipient.duplicate', 'A post is named twice among the recipients.');
  }
  for (const [index, postId] of all.entries()) {
    const pointer = index === 0 ? '/to' : `/copyTo/${index - 1}`;
    const post = await db
      .selectFrom('posts')
      .select(['id', 'active'])
      .where('id', '=', postId)
      .executeTakeFirst();
    if (!post || post.active !== 1) {
      throw new ApiProblem(422, 'recipient.invalid', 'The post does not exist or is inactive.', [
        { pointer, message: 'unknown or inactive post', code: 'recipient.invalid' },
      ]);
    }
    if (principal.postIds.includes(postId)) {
      throw new ApiProblem(422, 'recipient.self', 'You cannot send to your own post.', [
        { pointer, message: 'one of your own posts', code: 'recipient.self' },
      ]);
    }
  }
}

const IST_OFFSET_MS = 330 * 60 * 1000;

/** Today's date in IST (`YYYY-MM-DD`). */
export function istToday(now: Date): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

export function checkDueDate(dueDate: string | undefined, now: Date): void {
  if (dueDate && dueDate < istToday(now)) {
    throw new ApiProblem(422, 'request.validation', 'The due date is in the past.', [
      { pointer: '/dueDate', message: 'must not be in the past', code: 'minimum' },
    ]);
  }
}

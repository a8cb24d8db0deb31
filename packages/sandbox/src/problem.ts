// RFC 9457 problem details. Handlers throw ApiProblem; app.ts turns it into the contract's Problem body
// with a title and detail in the caller's language (problem-messages.ts), so every error path produces
// the same shape.
import { PROBLEM_MESSAGES, type Language } from './problem-messages.js';

export interface FieldError {
  pointer: string;
  location?: 'body' | 'query' | 'path' | 'header';
  message: string;
  code?: string;
}

export type { Language };

const GENERIC: Record<number, { en: string; hi: string }> = {
  400: { en: 'Bad request', hi: 'गलत अनुरोध' },
  401: { en: 'Not authenticated', hi: 'प्रमाणित नहीं' },
  403: { en: 'Not allowed', hi: 'अनुमति नहीं' },
  404: { en: 'Not found', hi: 'नहीं मिला' },
  409: { en: 'Conflict', hi: 'टकराव' },
  412: { en: 'Precondition failed', hi: 'पूर्व शर्त विफल' },
  422: { en: 'Cannot be processed', hi: 'संसाधित नहीं किया जा सकता' },
};

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** RFC 6749 `error` member for the token endpoint. */
    readonly oauthError?: string,
  ) {
    super(detail ?? code);
  }
}

/** The code's title in the language; a code outside the catalogue gets a generic title by status. */
export function problemTitle(code: string, status: number, language: Language): string {
  const messages = PROBLEM_MESSAGES[code];
  if (messages) return messages[language].title;
  return (GENERIC[status] ?? { en: 'Error', hi: 'त्रुटि' })[language];
}

/**
 * The problem's detail in the language. In English, the handler's own detail when it gave one (it names
 * what failed, e.g. the missing scope); otherwise, and always in Hindi, the catalogue's detail for the code.
 */
export function problemDetail(problem: ApiProblem, language: Language): string {
  const ownDetail = problem.message !== problem.code ? problem.message : undefined;
  if (language === 'en' && ownDetail) return ownDetail;
  return (
    PROBLEM_MESSAGES[problem.code]?.[language].detail ??
    ownDetail ??
    problemTitle(problem.code, problem.status, language)
  );
}

export function notFound(what: string): ApiProblem {
  return new ApiProblem(404, 'resource.not_found', `${what} was not found.`);
}

/** Picks the first supported language range of an Accept-Language header. */
export function pickLanguage(header: string | undefined): Language {
  for (const range of (header ?? '').split(',')) {
    const tag = range.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag === 'hi' || tag.startsWith('hi-')) return 'hi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

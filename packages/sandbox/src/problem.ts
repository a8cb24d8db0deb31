// RFC 9457 problem details. Handlers throw ApiProblem; app.ts turns it into the contract's Problem body
// with a localised title, so every error path produces the same shape.
export interface FieldError {
  pointer: string;
  location?: 'body' | 'query' | 'path' | 'header';
  message: string;
  code?: string;
}

export type Language = 'en' | 'hi';

/** Titles by code, both languages. Codes without an entry fall back to a generic title by status. */
const TITLES: Record<string, { en: string; hi: string }> = {
  'request.validation': { en: 'The request is not valid', hi: 'अनुरोध मान्य नहीं है' },
  'request.unknown_field': { en: 'The request has an unknown field', hi: 'अनुरोध में अज्ञात फ़ील्ड है' },
  'request.malformed_json': { en: 'The body is not valid JSON', hi: 'अनुरोध का मुख्य भाग मान्य JSON नहीं है' },
  'request.payload_too_large': { en: 'The request is too large', hi: 'अनुरोध बहुत बड़ा है' },
  'request.unsupported_media_type': { en: 'Unsupported content type', hi: 'असमर्थित सामग्री प्रकार' },
  'auth.invalid_credentials': { en: 'Wrong username or password', hi: 'गलत उपयोगकर्ता नाम या पासवर्ड' },
  'auth.token_invalid': { en: 'The access token is not valid', hi: 'एक्सेस टोकन मान्य नहीं है' },
  'auth.token_expired': { en: 'The access token has expired', hi: 'एक्सेस टोकन की अवधि समाप्त हो गई है' },
  'auth.refresh_invalid': { en: 'The refresh token is not valid', hi: 'रिफ़्रेश टोकन मान्य नहीं है' },
  'auth.invalid_client': { en: 'Client authentication failed', hi: 'क्लाइंट प्रमाणीकरण विफल' },
  'auth.unsupported_grant_type': { en: 'Unsupported grant type', hi: 'असमर्थित ग्रांट प्रकार' },
  'auth.invalid_scope': { en: 'Scope not allowed', hi: 'स्कोप की अनुमति नहीं है' },
  'auth.insufficient_scope': { en: 'The token lacks a needed scope', hi: 'टोकन में आवश्यक स्कोप नहीं है' },
  'auth.role_required': { en: 'You lack the role for this', hi: 'इसके लिए आपके पास भूमिका नहीं है' },
  'auth.rate_limited': { en: 'Too many requests', hi: 'बहुत अधिक अनुरोध' },
  'resource.not_found': { en: 'Not found', hi: 'नहीं मिला' },
  'conflict.concurrent_update': { en: 'Someone else acted first', hi: 'किसी और ने पहले कार्रवाई की' },
  'idempotency.key_reused': { en: 'Idempotency key reused', hi: 'आइडेम्पोटेंसी कुंजी दोबारा प्रयुक्त' },
  'idempotency.in_progress': { en: 'The first request is still running', hi: 'पहला अनुरोध अभी चल रहा है' },
  'precondition.failed': { en: 'The item has changed', hi: 'वस्तु बदल गई है' },
  'precondition.required': { en: 'If-Match is required', hi: 'If-Match आवश्यक है' },
  'file.not_with_you': { en: 'The file is not with you', hi: 'फ़ाइल आपके पास नहीं है' },
  'receipt.not_with_you': { en: 'The receipt is not with you', hi: 'आवती आपके पास नहीं है' },
  'server.internal': { en: 'Internal error', hi: 'आंतरिक त्रुटि' },
};

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

export function problemTitle(code: string, status: number, language: Language): string {
  const titles = TITLES[code] ?? GENERIC[status] ?? { en: 'Error', hi: 'त्रुटि' };
  return titles[language];
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

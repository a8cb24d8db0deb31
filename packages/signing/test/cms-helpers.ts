import type { NameAttribute } from '../src/cms/index.js';
import type { DetachedCmsVerification, VerificationStepName } from '../src/index.js';

/** A signer's subject with a bilingual common name, one RDN per attribute. */
export const signerSubject: NameAttribute[] = [
  ['C', 'IN'],
  ['O', 'श्रम विभाग / Labour Department'],
  ['CN', 'रमेश कुमार / Ramesh Kumar'],
];

/** Status of each step, keyed by name, for compact assertions. */
export function statuses(result: DetachedCmsVerification): Record<VerificationStepName, string> {
  return Object.fromEntries(result.steps.map((step) => [step.step, step.status])) as Record<
    VerificationStepName,
    string
  >;
}

export function reasonOf(result: DetachedCmsVerification, name: VerificationStepName): string {
  return result.steps.find((step) => step.step === name)?.reason ?? '';
}

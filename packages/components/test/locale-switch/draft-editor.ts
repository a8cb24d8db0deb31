import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/eo-draft-editor/define.js';
import type { EoDraftEditor } from '../../src/eo-draft-editor/eo-draft-editor.js';
import type { Draft, DraftClient, DraftVersion } from '../../src/eo-draft-editor/types.js';
import * as data from '../fixtures/drafts.js';
import type { Mounted, SwitchCase } from './case.js';

const root = (el: EoDraftEditor) => el.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const plain = (state: string, template: () => ReturnType<typeof html>, ready?: string): SwitchCase => ({
  element: 'eo-draft-editor',
  state,
  mount: async () => {
    const el = await fixture<EoDraftEditor>(template());
    if (ready) await waitUntil(() => root(el).querySelector(ready), `${ready} shown`);
    return { el };
  },
});

/**
 * The fixture letter's copy-to line "कार्यालय प्रति" is the letter's own Hindi (shown under lang="hi"),
 * but reads word for word as the catalogue's Hindi for the register's "Office copy" heading, which the
 * test would take for Hindi left in English. Another copy-to line keeps the letter whole.
 */
function withCopyTo<T extends Draft | DraftVersion>(draft: T): T {
  return { ...draft, content: { ...draft.content, copyTo: ['श्रम आयुक्त, मध्यप्रदेश, इंदौर', 'गार्ड नस्ती'] } };
}

const listing = <T>(items: T[]) => ({ toArray: async () => items });

/** A central-registry operator's client over one draft; `issue` and `get` do what the row needs. */
function client(draft: Draft, overrides: Partial<DraftClient['drafts']> = {}): DraftClient {
  return {
    auth: {
      me: async () => ({ posts: [{ id: data.cru.id }], delegations: [], roles: ['cru_operator'] }) as never,
    },
    files: { get: async () => ({ id: draft.fileId, currentHolder: data.ds }) as never },
    drafts: {
      list: () => listing([draft]),
      get: async () => draft,
      create: async () => draft,
      revise: async () => draft,
      versions: () => listing(data.versions.map(withCopyTo)),
      approve: async () => draft,
      issue: async () => draft,
      ...overrides,
    },
    reports: { dispatchRegister: () => listing(data.register) },
  } as unknown as DraftClient;
}

const refused = (code: string, status = 403) =>
  Object.assign(new Error(String(status)), {
    name: status === 403 ? 'ForbiddenError' : 'ApiError',
    status,
    code,
  });

export const draftEditorCases: SwitchCase[] = [
  plain(
    'list of drafts',
    () => html`<eo-draft-editor .drafts=${[data.draft(), data.issued()]}></eo-draft-editor>`,
  ),
  plain('list, no drafts yet', () => html`<eo-draft-editor .drafts=${[]}></eo-draft-editor>`),
  plain(
    'an issued letter',
    () =>
      html`<eo-draft-editor
        .draft=${withCopyTo(data.issued())}
        .versions=${data.versions.map(withCopyTo)}
        .letterhead=${data.letterhead}
      ></eo-draft-editor>`,
    '[part="issue"]',
  ),
  plain(
    'a draft whose approval lapsed',
    () => html`<eo-draft-editor .draft=${withCopyTo(data.voided())}></eo-draft-editor>`,
  ),
  {
    element: 'eo-draft-editor',
    state: 'versions compared word by word',
    mount: async () => {
      const el = await fixture<EoDraftEditor>(
        html`<eo-draft-editor
          .draft=${withCopyTo(data.draft())}
          .versions=${data.versions.map(withCopyTo)}
        ></eo-draft-editor>`,
      );
      (root(el).querySelector('[data-action="versions"]') as HTMLButtonElement).click();
      await waitUntil(() => root(el).querySelector('[part="comparison"]'), 'comparison shown');
      return { el };
    },
  },
  plain(
    'dispatch register',
    () => html`<eo-draft-editor .register=${data.register}></eo-draft-editor>`,
    '[part="register"]',
  ),
  {
    element: 'eo-draft-editor',
    state: 'server: loading',
    mount: async (): Promise<Mounted> => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const el = await fixture<EoDraftEditor>(
        html`<eo-draft-editor
          draft-id="drf_1"
          .client=${client(data.draft(), {
            get: async () => {
              await held;
              return data.draft();
            },
          })}
        ></eo-draft-editor>`,
      );
      return { el, release };
    },
  },
  ...(
    [
      ['server: refused by a rule (not the holder)', () => refused('file.not_with_you')],
      ['server: refused without a known rule', () => refused('something.else', 409)],
      ['server: offline', () => Object.assign(new Error('offline'), { name: 'NetworkError' })],
    ] as const
  ).map(([state, failure]): SwitchCase => ({
    element: 'eo-draft-editor',
    state,
    mount: async () => {
      const el = await fixture<EoDraftEditor>(
        html`<eo-draft-editor
          draft-id="drf_1"
          .client=${client(data.draft(), {
            get: async () => {
              throw failure();
            },
          })}
        ></eo-draft-editor>`,
      );
      await waitUntil(
        () =>
          root(el).querySelector('[part="status"]') && text(root(el).querySelector('[part="status"]')) !== '',
        'the failure shows',
      );
      return { el };
    },
  })),
  {
    element: 'eo-draft-editor',
    state: 'server: issue refused by a rule',
    mount: async () => {
      const el = await fixture<EoDraftEditor>(
        html`<eo-draft-editor
          draft-id="drf_1"
          .client=${client(withCopyTo(data.approved()), {
            issue: async () => {
              throw refused('signature.invalid', 422);
            },
          })}
        ></eo-draft-editor>`,
      );
      await waitUntil(() => root(el).querySelector('[data-action="issue"]'), 'the issue button shows');
      (root(el).querySelector('[data-action="issue"]') as HTMLButtonElement).click();
      await waitUntil(() => text(root(el).querySelector('#issue-rule')) !== '', 'the rule shows');
      return { el };
    },
  },
  {
    element: 'eo-draft-editor',
    state: 'server: issued, announced',
    mount: async () => {
      const el = await fixture<EoDraftEditor>(
        html`<eo-draft-editor
          draft-id="drf_1"
          .client=${client(withCopyTo(data.approved()), { issue: async () => withCopyTo(data.issued()) })}
        ></eo-draft-editor>`,
      );
      await waitUntil(() => root(el).querySelector('[data-action="issue"]'), 'the issue button shows');
      (root(el).querySelector('[data-action="issue"]') as HTMLButtonElement).click();
      await waitUntil(() => text(root(el).querySelector('[part="announcer"]')) !== '', 'announced');
      return { el };
    },
  },
  {
    element: 'eo-draft-editor',
    state: 'server: register',
    mount: async () => {
      const el = await fixture<EoDraftEditor>(
        html`<eo-draft-editor view="register" .client=${client(data.issued())}></eo-draft-editor>`,
      );
      await waitUntil(() => root(el).querySelector('td.dispatch-number'), 'register shown');
      return { el };
    },
  },
];

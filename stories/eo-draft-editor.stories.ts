import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import type { Draft, DraftClient, DraftVersion } from '@eoffice/components';
import * as data from '../packages/components/test/fixtures/drafts.js';

// ---- a scripted client: one file with its drafts in memory, so stories work without the sandbox ----

interface Script {
  /** The signed-in user's post holds the file. */
  holder?: boolean;
  /** The signed-in user is the central registry's receipt clerk. */
  cru?: boolean;
  drafts?: Draft[];
  /** Every save answers 412: someone else revised the draft meanwhile. */
  stale?: boolean;
  /** Approve and issue answer 403 file.not_with_you. */
  notHolder?: boolean;
  /** Every read fails (never answers, or answers with this). */
  fail?: 'pending' | 'offline' | 'not-found';
}

const problem = (status: number, code: string, name: string) =>
  Object.assign(new Error(code), { status, code, name, detail: code });

function scriptedClient(script: Script = {}): DraftClient {
  let drafts = (script.drafts ?? [data.draft()]).map((d) => structuredClone(d));
  const versions = new Map<string, DraftVersion[]>(drafts.map((d) => [d.id, structuredClone(data.versions)]));
  const me = script.cru ? data.cru : script.holder === false ? data.us : data.so;
  const wait = <T>(value: () => T, ms = 300): Promise<T> =>
    script.fail === 'pending'
      ? new Promise<T>(() => undefined)
      : script.fail
        ? Promise.reject(
            script.fail === 'offline'
              ? Object.assign(new TypeError('Failed to fetch'), { name: 'NetworkError' })
              : problem(404, 'resource.not_found', 'NotFoundError'),
          )
        : new Promise((resolve, reject) =>
            setTimeout(() => {
              try {
                resolve(value());
              } catch (error) {
                reject(error);
              }
            }, ms),
          );
  const listing = <T>(items: () => T[]) => ({ toArray: () => wait(items) });
  const find = (id: string) => {
    const found = drafts.find((d) => d.id === id);
    if (!found) throw problem(404, 'resource.not_found', 'NotFoundError');
    return found;
  };
  const replace = (next: Draft) => {
    drafts = drafts.map((d) => (d.id === next.id ? next : d));
    return structuredClone(next);
  };
  return {
    auth: {
      me: () =>
        wait(() => ({
          user: { id: 'user_story', name: me.name, email: null },
          kind: 'user',
          posts: [me],
          defaultPostId: me.id,
          roles: script.cru ? ['cru_operator'] : ['officer'],
          delegations: [],
          scopes: [],
        })) as never,
    },
    files: {
      get: () =>
        wait(() => ({
          id: 'file_8k2m4q7x9z1a',
          number: 'L-11011/3/2026-Estt.',
          subject: 'वेतन भुगतान शिकायत',
          currentHolder: script.holder === false ? data.ds : data.so,
        })) as never,
    },
    drafts: {
      list: () => listing(() => structuredClone(drafts)),
      get: (id) => wait(() => structuredClone(find(id))),
      create: (_fileId, body) =>
        wait(() => {
          const created = data.draft({
            id: `draft_story${drafts.length}`,
            revision: 1,
            content: { ...body } as never,
          });
          drafts = [created, ...drafts];
          versions.set(created.id, []);
          return structuredClone(created);
        }),
      revise: (id, body, { ifMatch }) =>
        wait(() => {
          const current = find(id);
          if (script.stale || ifMatch !== current.etag) {
            if (script.stale) {
              replace({
                ...current,
                revision: current.revision + 1,
                etag: `"v${current.revision + 1}x"`,
                content: { ...current.content, body: '<p>महोदय, किसी अन्य द्वारा संशोधित पाठ।</p>' },
              });
              script.stale = false;
            }
            throw problem(412, 'precondition.failed', 'PreconditionFailedError');
          }
          const revision = current.revision + 1;
          versions.get(id)?.push({
            revision,
            content: { ...current.content, ...body } as never,
            createdBy: me,
            createdAt: new Date().toISOString(),
            remarks: null,
            revertedFrom: body.revertedFrom ?? null,
          });
          return replace({
            ...current,
            status: 'draft',
            approval: null,
            revision,
            etag: `"v${revision}"`,
            content: { ...current.content, ...body } as never,
          });
        }),
      versions: (id) => listing(() => structuredClone(versions.get(id) ?? [])),
      approve: (id, body) =>
        wait(() => {
          if (script.notHolder) throw problem(403, 'file.not_with_you', 'ForbiddenError');
          const current = find(id);
          return replace({
            ...current,
            status: 'approved',
            approval: {
              approvedBy: me,
              approvedAt: new Date().toISOString(),
              revision: current.revision,
              signatureId: body.signatureId ?? null,
              remarks: null,
            },
            invalidatedApproval: null,
          });
        }),
      issue: (id, body) =>
        wait(() => {
          const current = find(id);
          if (script.notHolder) throw problem(403, 'file.not_with_you', 'ForbiddenError');
          if (current.status !== 'approved') throw problem(409, 'draft.not_approved', 'ConflictError');
          return replace({
            ...current,
            status: 'issued',
            dispatch: {
              dispatchNumber: 'D/4473/2026/Estt.',
              mode: body.mode,
              issuedAt: new Date().toISOString(),
              issuedBy: me,
              correspondenceLabel: 'C/4',
            },
          });
        }),
    },
    reports: { dispatchRegister: () => listing(() => structuredClone(data.register)) },
    directory: {
      unit: () =>
        wait(() => ({
          id: 'unit_estt0001',
          code: 'Estt.',
          name: { en: 'Establishment Section', hi: 'स्थापना अनुभाग' },
          kind: 'section',
          parentId: 'unit_mantralaya',
          path: [
            {
              id: 'unit_lab',
              code: 'LAB',
              name: { en: 'Labour Department, Government of Madhya Pradesh', hi: 'मध्यप्रदेश शासन, श्रम विभाग' },
              kind: 'department',
            },
            {
              id: 'unit_mantralaya',
              code: 'MNT',
              name: { en: 'Mantralaya, Vallabh Bhavan, Bhopal', hi: 'मंत्रालय, वल्लभ भवन, भोपाल' },
              kind: 'office',
            },
          ],
          active: true,
        })) as never,
    },
  };
}

const meta: Meta = {
  title: 'Components/Draft editor',
  component: 'eo-draft-editor',
  tags: ['autodocs'],
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient()}
      file-id="file_8k2m4q7x9z1a"
      autosave-delay="3000"
    ></eo-draft-editor>`,
};
export default meta;
type Story = StoryObj;

/** The drafts of a file: subject, type, language, version, status and who holds the file; "New draft". */
export const DraftsOfAFile: Story = {};

/** No draft on the file yet. */
export const NoDrafts: Story = {
  render: () => html`<eo-draft-editor .drafts=${[]}></eo-draft-editor>`,
};

/** The holder revises the letter in its layout: the fields in their places, the body in the shared editor. */
export const Writing: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient()}
      draft-id="draft_d4f6g8h2j1"
      autosave-delay="3000"
    ></eo-draft-editor>`,
};

/** A draft read by someone who does not hold the file: the letter, versions, no editing. */
export const ReadOnly: Story = {
  render: () =>
    html`<eo-draft-editor
      .draft=${data.draft()}
      .versions=${data.versions}
      .letterhead=${data.letterhead}
    ></eo-draft-editor>`,
};

/** Two versions compared word by word (Hindi letters stay whole). Open "Versions". */
export const Versions: Story = {
  render: () => html`<eo-draft-editor .draft=${data.draft()} .versions=${data.versions}></eo-draft-editor>`,
};

/** Approved and signed: the signed version is locked; the letter carries the approver's signature block. */
export const Approved: Story = {
  render: () =>
    html`<eo-draft-editor
      .draft=${data.approved()}
      .versions=${data.versions}
      .letterhead=${data.letterhead}
    ></eo-draft-editor>`,
};

/** A later revision voided the approval, and says so where every reader sees it. */
export const ApprovalLapsed: Story = {
  render: () => html`<eo-draft-editor .draft=${data.voided()} .versions=${data.versions}></eo-draft-editor>`,
};

/** The receipt clerk issues an approved letter: dispatch mode, then the number the server gives. */
export const ReadyToIssue: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient({ cru: true, drafts: [data.approved()] })}
      draft-id="draft_d4f6g8h2j1"
    ></eo-draft-editor>`,
};

/** Issued: dispatch number and date in the letter; print it with the browser's print (A4). */
export const Issued: Story = {
  render: () =>
    html`<eo-draft-editor
      .draft=${data.issued()}
      .versions=${data.versions}
      .letterhead=${data.letterhead}
    ></eo-draft-editor>`,
};

/** Saving found the draft changed meanwhile: both versions side by side. Type in the body, then save. */
export const Conflict: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient({ stale: true })}
      draft-id="draft_d4f6g8h2j1"
      autosave-delay="1000"
    ></eo-draft-editor>`,
};

/** A rule of the server, in the user's language beside its cause: only the holder approves. Click "Approve". */
export const RuleRefused: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient({ notHolder: true })}
      draft-id="draft_d4f6g8h2j1"
    ></eo-draft-editor>`,
};

/** The dispatch register with its filters and CSV export. */
export const DispatchRegister: Story = {
  render: () => html`<eo-draft-editor .register=${data.register}></eo-draft-editor>`,
};

/** Loading. */
export const Loading: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient({ fail: 'pending' })}
      file-id="file_8k2m4q7x9z1a"
    ></eo-draft-editor>`,
};

/** Offline: the drafts could not be fetched; "Try again". */
export const Offline: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient({ fail: 'offline' })}
      file-id="file_8k2m4q7x9z1a"
    ></eo-draft-editor>`,
};

/** Not found (or not visible to this user). */
export const NotFound: Story = {
  render: () =>
    html`<eo-draft-editor
      .client=${scriptedClient({ fail: 'not-found' })}
      draft-id="draft_missing0001"
    ></eo-draft-editor>`,
};

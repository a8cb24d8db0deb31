// The draft editor's parts a reader rarely needs, loaded with import() on first use so the reader stays
// small: the versions with their word-by-word comparison, issue with its dispatch mode, the dispatch
// register with its CSV export, and the view of both versions after a stale save.
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { BOM } from '../shared/csv.js';
import { currentLocale } from '../shared/localization.js';
import { renderDateInput, type DateEntry } from '../shared/date-input.js';
import { bodyText } from './draft-body.js';
import { DISPATCH_MODES, dispatchModeLabel } from './dispatch-labels.js';
import { registerToCsv } from './register-csv.js';
import type {
  DispatchEntry,
  DispatchMode,
  Draft,
  DraftContent,
  DraftVersion,
  RegisterFilters,
} from './types.js';
import { renderRule, when, type DateOptions } from './views.js';
import { diffWords } from './word-diff.js';
export { formStyles } from './form-styles.js';

export { BOM, registerToCsv };

/** The versions, two of them chosen for comparison, and a revert button on each earlier one. */
export interface VersionsContext {
  versions: readonly DraftVersion[];
  current: number;
  left: number;
  right: number;
  canRevert: boolean;
  choose(side: 'left' | 'right', revision: number): void;
  revert(version: DraftVersion): void;
  error: unknown;
  dates: DateOptions;
}

export function renderVersions(ctx: VersionsContext): TemplateResult {
  const locale = currentLocale();
  return html`<section part="versions" class="versions" aria-labelledby="versions-heading">
    <h3 id="versions-heading">${msg('Versions', { id: 'draft.versions.heading' })}</h3>
    <table class="list">
      <thead>
        <tr>
          <th scope="col">${msg('Version', { id: 'draft.list.version' })}</th>
          <th scope="col">${msg('By', { id: 'draft.versions.by' })}</th>
          <th scope="col">${msg('When', { id: 'draft.versions.when' })}</th>
          <th scope="col">${msg('Remarks', { id: 'draft.versions.remarks' })}</th>
          <th scope="col">${msg('Compare', { id: 'draft.versions.compare' })}</th>
          <th scope="col">
            <span class="visually-hidden">${msg('Revert', { id: 'draft.versions.revert' })}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        ${ctx.versions.map(
          (v) =>
            html`<tr>
              <td>${msg(str`v${v.revision}`, { id: 'draft.version.short' })}</td>
              <td>${v.createdBy.name[locale]}, ${v.createdBy.designation[locale]}</td>
              <td>${when(v.createdAt, ctx.dates)}</td>
              <td>
                ${v.remarks ?? ''}
                ${
                  v.revertedFrom
                    ? html`<span class="muted"
                        >${msg(str`(restores v${v.revertedFrom})`, { id: 'draft.versions.reverted' })}</span
                      >`
                    : nothing
                }
              </td>
              <td class="compare-pick">
                <label
                  ><input
                    type="radio"
                    name="left"
                    .checked=${ctx.left === v.revision}
                    @change=${() => ctx.choose('left', v.revision)}
                  />${msg(str`Older: v${v.revision}`, { id: 'draft.versions.left' })}</label
                >
                <label
                  ><input
                    type="radio"
                    name="right"
                    .checked=${ctx.right === v.revision}
                    @change=${() => ctx.choose('right', v.revision)}
                  />${msg(str`Newer: v${v.revision}`, { id: 'draft.versions.right' })}</label
                >
              </td>
              <td>
                ${
                  ctx.canRevert && v.revision !== ctx.current
                    ? html`<button
                        type="button"
                        part="button"
                        data-revert=${v.revision}
                        @click=${() => ctx.revert(v)}
                      >
                        ${msg(str`Revert to v${v.revision}`, { id: 'draft.versions.revert_to' })}
                      </button>`
                    : nothing
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${renderRule(ctx.error, 'revert-rule')} ${renderComparison(ctx)}
  </section>`;
}

function comparableText(content: DraftContent): string {
  return [content.subject, content.reference ?? '', bodyText(content.body), ...(content.copyTo ?? [])]
    .filter((line) => line !== '')
    .join('\n');
}

function renderComparison(ctx: VersionsContext): TemplateResult | typeof nothing {
  const left = ctx.versions.find((v) => v.revision === ctx.left);
  const right = ctx.versions.find((v) => v.revision === ctx.right);
  if (!left || !right || left === right) return nothing;
  const parts = diffWords(comparableText(left.content), comparableText(right.content));
  return html`<figure part="comparison" class="comparison">
    <figcaption>
      ${msg(str`Changes from v${left.revision} to v${right.revision}`, { id: 'draft.compare.caption' })}
    </figcaption>
    <p class="diff">
      ${parts.map((p) =>
        p.kind === 'same'
          ? p.text
          : p.kind === 'removed'
            ? html`<del
                ><span class="visually-hidden">${msg('removed:', { id: 'draft.compare.removed' })} </span
                >${p.text}</del
              >`
            : html`<ins
                ><span class="visually-hidden">${msg('added:', { id: 'draft.compare.added' })} </span
                >${p.text}</ins
              >`,
      )}
    </p>
  </figure>`;
}

export interface RegisterContext {
  entries: readonly DispatchEntry[];
  filters: RegisterFilters;
  setFilter(name: keyof RegisterFilters, value: string): void;
  /** The date range as typed (day-month-year), and what to do with a new entry. */
  dateEntries: { from: DateEntry; to: DateEntry };
  setDateEntry(name: 'from' | 'to', entry: DateEntry): void;
  search(): void;
  exportCsv(): void;
  dates: DateOptions;
}

export function renderRegister(ctx: RegisterContext): TemplateResult {
  const locale = currentLocale();
  // Day-month-year in both languages, whatever order the browser's own date picker would use.
  const input = (name: 'from' | 'to', label: string) =>
    renderDateInput({
      id: `register-${name}`,
      label,
      entry: ctx.dateEntries[name],
      showProblem: ctx.dateEntries[name].text.trim() !== '',
      onInput: (entry) => ctx.setDateEntry(name, entry),
    });
  return html`<section part="register" class="register" aria-labelledby="register-heading">
    <h2 id="register-heading">${msg('Dispatch register', { id: 'draft.register.heading' })}</h2>
    <form
      class="fields filters"
      @submit=${(e: Event) => {
        e.preventDefault();
        ctx.search();
      }}
    >
      ${input('from', msg('From', { id: 'draft.register.from' }))}
      ${input('to', msg('To', { id: 'draft.register.to' }))}
      <label
        >${msg('Mode', { id: 'draft.register.mode' })}
        <select
          name="mode"
          @change=${(e: Event) => ctx.setFilter('mode', (e.target as HTMLSelectElement).value)}
        >
          <option value="">${msg('All modes', { id: 'draft.register.all_modes' })}</option>
          ${DISPATCH_MODES.map(
            (m) =>
              html`<option value=${m} ?selected=${ctx.filters.mode === m}>${dispatchModeLabel(m)}</option>`,
          )}
        </select></label
      >
      <button type="submit" part="button">${msg('Show', { id: 'draft.register.show' })}</button>
      <button type="button" part="button" data-action="csv" @click=${ctx.exportCsv}>
        ${msg('Export CSV', { id: 'draft.register.csv' })}
      </button>
    </form>
    ${
      ctx.entries.length === 0
        ? html`<p class="muted">
            ${msg('No letters issued in this period.', { id: 'draft.register.empty' })}
          </p>`
        : html`<table class="list">
            <thead>
              <tr>
                <th scope="col">${msg('Dispatch number', { id: 'draft.register.number' })}</th>
                <th scope="col">${msg('Issued at (IST)', { id: 'draft.register.issued_at' })}</th>
                <th scope="col">${msg('Mode', { id: 'draft.register.mode' })}</th>
                <th scope="col">${msg('File number', { id: 'draft.register.file' })}</th>
                <th scope="col">${msg('Subject', { id: 'draft.field.subject' })}</th>
                <th scope="col">${msg('Addressees', { id: 'draft.field.addressees' })}</th>
                <th scope="col">${msg('Issued by', { id: 'draft.register.issued_by' })}</th>
              </tr>
            </thead>
            <tbody>
              ${ctx.entries.map(
                (e) =>
                  html`<tr>
                    <td class="dispatch-number">${e.dispatchNumber}</td>
                    <td>${when(e.issuedAt, ctx.dates)}</td>
                    <td>${dispatchModeLabel(e.mode)}</td>
                    <td>${e.file.number}</td>
                    <td>${e.subject}</td>
                    <td>${e.addressees.join('; ')}</td>
                    <td>${e.issuedBy.name[locale]}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

/** A save refused as stale: the other version and this one, side by side. */
export function renderConflict(
  theirs: Draft,
  mine: DraftContent,
  keepMine: () => void,
  takeTheirs: () => void,
): TemplateResult {
  return html`<section part="conflict" class="conflict" role="alertdialog" aria-labelledby="conflict-heading">
    <h3 id="conflict-heading">
      ${msg(str`This draft changed meanwhile: v${theirs.revision} is on the server.`, {
        id: 'draft.conflict.heading',
      })}
    </h3>
    <div class="side-by-side">
      <div>
        <h4>${msg('On the server', { id: 'draft.conflict.theirs' })}</h4>
        <pre>${comparableText(theirs.content)}</pre>
      </div>
      <div>
        <h4>${msg('Yours', { id: 'draft.conflict.mine' })}</h4>
        <pre>${comparableText(mine)}</pre>
      </div>
    </div>
    <button type="button" part="button" data-action="keep-mine" @click=${keepMine}>
      ${msg('Save mine as the next version', { id: 'draft.conflict.keep' })}
    </button>
    <button type="button" part="button" data-action="take-theirs" @click=${takeTheirs}>
      ${msg('Take the server version', { id: 'draft.conflict.take' })}
    </button>
  </section>`;
}

export interface ApprovalContext {
  draft: Draft;
  canApprove: boolean;
  sign: boolean;
  signingWidget: boolean;
  setSign(sign: boolean): void;
  approve(): void;
  error: unknown;
  busy: boolean;
  dates: DateOptions;
}

/** Approval: who approved which version (signed or not), or the approve control for the holder. */
export function renderApproval(ctx: ApprovalContext): TemplateResult {
  const { draft } = ctx;
  const locale = currentLocale();
  const approval = draft.approval;
  return html`<section part="approval" class="approval" aria-labelledby="approval-heading">
    <h3 id="approval-heading">${msg('Approval', { id: 'draft.approval.heading' })}</h3>
    ${
      approval
        ? html`<p class="approved" part="approved">
            ${
              approval.signatureId
                ? msg(
                    str`v${approval.revision} approved and signed by ${approval.approvedBy.name[locale]} (${approval.approvedBy.designation[locale]}) on ${when(approval.approvedAt, ctx.dates)}. The signed version is locked.`,
                    { id: 'draft.approval.signed' },
                  )
                : msg(
                    str`v${approval.revision} approved by ${approval.approvedBy.name[locale]} (${approval.approvedBy.designation[locale]}) on ${when(approval.approvedAt, ctx.dates)}.`,
                    { id: 'draft.approval.unsigned' },
                  )
            }
          </p>`
        : draft.status === 'draft' && ctx.canApprove
          ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${ctx.sign}
                  @change=${(e: Event) => ctx.setSign((e.target as HTMLInputElement).checked)}
                />${msg('Sign digitally before approving', { id: 'draft.approval.sign' })}</label
              >
              ${
                ctx.sign && ctx.signingWidget
                  ? html`<slot name="signature"></slot>`
                  : html`<button
                      type="button"
                      part="button primary"
                      class="primary"
                      data-action="approve"
                      aria-describedby="approve-rule"
                      ?disabled=${ctx.busy}
                      @click=${ctx.approve}
                    >
                      ${msg('Approve', { id: 'draft.approval.approve' })}
                    </button>`
              }`
          : draft.status === 'draft'
            ? html`<p class="muted">
                ${msg('The officer holding the file approves the draft.', { id: 'draft.approval.holder' })}
              </p>`
            : nothing
    }
    ${renderRule(ctx.error, 'approve-rule')}
  </section>`;
}

export interface IssueContext {
  draft: Draft;
  mode: DispatchMode;
  remarks: string;
  setMode(mode: DispatchMode): void;
  setRemarks(remarks: string): void;
  issue(): void;
  error: unknown;
  busy: boolean;
  dates: DateOptions;
}

export function renderIssue(ctx: IssueContext): TemplateResult {
  const { draft } = ctx;
  const locale = currentLocale();
  const dispatch = draft.dispatch;
  return html`<section part="issue" class="issue" aria-labelledby="issue-heading">
    <h3 id="issue-heading">${msg('Issue', { id: 'draft.issue.heading' })}</h3>
    ${
      dispatch
        ? html`<p class="issued" part="dispatch">
            ${msg(
              str`Issued as ${dispatch.dispatchNumber} by ${dispatch.issuedBy.name[locale]} on ${when(dispatch.issuedAt, ctx.dates)} (${dispatchModeLabel(dispatch.mode)}); office copy at ${dispatch.correspondenceLabel}.`,
              { id: 'draft.issue.done' },
            )}
          </p>`
        : html`<p class="muted">
              ${msg('To:', { id: 'draft.issue.to' })}
              ${draft.content.addressees.map((a) => a.name).join('; ')}
            </p>
            <div class="fields">
              <label
                >${msg('Dispatch mode', { id: 'draft.issue.mode' })}
                <select
                  name="mode"
                  @change=${(e: Event) => ctx.setMode((e.target as HTMLSelectElement).value as DispatchMode)}
                >
                  ${DISPATCH_MODES.map(
                    (m) =>
                      html`<option value=${m} ?selected=${m === ctx.mode}>${dispatchModeLabel(m)}</option>`,
                  )}
                </select></label
              >
              <label
                >${msg('Remarks', { id: 'draft.versions.remarks' })}
                <input
                  name="issue-remarks"
                  .value=${ctx.remarks}
                  @input=${(e: Event) => ctx.setRemarks((e.target as HTMLInputElement).value)}
              /></label>
            </div>
            <button
              type="button"
              part="button primary"
              class="primary"
              data-action="issue"
              aria-describedby="issue-rule"
              ?disabled=${ctx.busy}
              @click=${ctx.issue}
            >
              ${msg('Issue with a dispatch number', { id: 'draft.issue.button' })}
            </button>`
    }
    ${renderRule(ctx.error, 'issue-rule')}
  </section>`;
}

/** Styles of the versions, the comparison and the conflict view, adopted into the shadow root when loaded. */
export const panelStyles = css`
  .compare-pick label {
    display: block;
    white-space: nowrap;
  }
  .diff {
    white-space: pre-wrap;
    border: 1px solid var(--_border);
    padding: var(--_c-space-s);
  }
  ins {
    color: var(--_added);
    background: var(--_added-bg);
    text-decoration: underline;
  }
  del {
    color: var(--_removed);
    background: var(--_removed-bg);
    text-decoration: line-through;
  }
  .side-by-side {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    gap: var(--_c-space-m);
  }
  .side-by-side pre {
    white-space: pre-wrap;
    font-family: inherit;
    border: 1px solid var(--_border);
    padding: var(--_c-space-s);
  }
  @media (forced-colors: active) {
    ins,
    del {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
`;

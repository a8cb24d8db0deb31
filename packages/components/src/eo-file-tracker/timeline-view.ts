import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { actionLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';
import { langOf } from './route.js';
import type { Movement, PostSummary } from './types.js';
import type { TrackerViewContext } from './view.js';

// Spacing is set through the style property (CSSOM), never a style attribute (styleMap writes one on
// first render): portals serve a strict Content-Security-Policy without 'unsafe-inline' for styles.

/**
 * The timeline of steps: every step of a short route, or for a long one (ctx.window set) only the rows
 * in view, a few more on each side and the active row, inside a scrolling box, the rest stood in for
 * by padding of their measured or estimated height. Rows are keyed by movement, so a row keeps its
 * element (and focus) while it stays in the window.
 */
export function renderTimeline(ctx: TrackerViewContext): TemplateResult {
  const rows = ctx.route.rows;
  const label = msg('Movements', { desc: 'Accessible name of the timeline' });
  const slice = ctx.window;
  if (!slice) {
    const list = html`<ol
      part="timeline"
      class="timeline ${ctx.layout}"
      aria-label=${label}
      @keydown=${ctx.on.keydown}
      @focusin=${ctx.on.focusIn}
      @click=${ctx.on.click}
    >
      ${rows.map((m, i) => renderStep(ctx, m, i, rows.length, undefined))}
    </ol>`;
    return ctx.boxed ? html`<div part="viewport" class="viewport">${list}</div>` : list;
  }
  return html`<div part="viewport" class="viewport" @scroll=${ctx.on.scroll}>
    <ol
      part="timeline"
      class="timeline virtual ${ctx.layout === 'compact' ? 'compact' : 'vertical'}"
      aria-label=${label}
      .style=${`padding-block-start: ${slice.before}px; padding-block-end: ${slice.after}px`}
      @keydown=${ctx.on.keydown}
      @focusin=${ctx.on.focusIn}
      @click=${ctx.on.click}
    >
      ${repeat(
        slice.indices,
        (i) => (rows[i] as Movement).id,
        (i) => renderStep(ctx, rows[i] as Movement, i, rows.length, slice.gaps.get(i)),
      )}
    </ol>
  </div>`;
}

function renderPost(ctx: TrackerViewContext, post: PostSummary, role: 'from' | 'to'): TemplateResult {
  const locale = currentLocale();
  return html`<span class="post ${role}">
    <span class="label"
      >${
        role === 'from' ? msg('From', { desc: 'Sending post' }) : msg('To', { desc: 'Receiving post' })
      }</span
    >
    <span class="post-name">${post.name[locale]}</span>
    <span class="designation">${post.designation[locale]}</span>
    <span class="marking">${post.markingAbbreviation}</span>
    ${ctx.layout === 'compact' ? nothing : html`<span class="section">${post.section.name[locale]}</span>`}
  </span>`;
}

/**
 * What a step shows, cached per movement for as long as nothing it depends on changes: scrolling a long
 * list re-renders the rows that stay in the window, and formatting their dates again would be wasted.
 */
const stepBodies = new WeakMap<Movement, { key: string; body: TemplateResult }>();

function renderStep(
  ctx: TrackerViewContext,
  m: Movement,
  index: number,
  total: number,
  gap: number | undefined,
): TemplateResult {
  const isCurrent = index === ctx.route.current;
  const copy = m.kind === 'copy';
  const phase = ctx.route.phase;
  const overdue =
    isCurrent && phase === 'active' && m.dueDate !== null && m.dueDate < ctx.format.today() && !copy;
  const selected = m.id === ctx.selectedId;
  const key = `${ctx.format.key}|${ctx.layout}|${isCurrent}|${phase}|${overdue}|${selected}`;
  let cached = stepBodies.get(m);
  if (cached?.key !== key) {
    cached = { key, body: renderStepBody(ctx, m, isCurrent, overdue, selected) };
    stepBodies.set(m, cached);
  }
  const classes = `step ${m.priority} ${m.action}${copy ? ' copy' : ''}${isCurrent ? ' current' : ''}${
    overdue ? ' overdue' : ''
  }${selected ? ' selected' : ''}`;
  return html`<li
    part=${isCurrent ? 'step current' : 'step'}
    class=${classes}
    tabindex=${index === ctx.activeIndex ? 0 : -1}
    data-index=${index}
    .style=${gap ? `margin-block-start: ${gap}px` : ''}
    aria-posinset=${index + 1}
    aria-setsize=${total}
    aria-current=${ifDefined(isCurrent ? 'step' : undefined)}
  >
    ${cached.body}
  </li>`;
}

function renderStepBody(
  ctx: TrackerViewContext,
  m: Movement,
  isCurrent: boolean,
  overdue: boolean,
  selected: boolean,
): TemplateResult {
  const copy = m.kind === 'copy';
  const phase = ctx.route.phase;
  const times: TemplateResult[] = [
    html`<div>
      <dt>${msg('Sent', { id: 'tracker.time.sent', desc: 'Time label: when the action was taken' })}</dt>
      <dd>${ctx.format.dateTime(m.sentAt)}</dd>
    </div>`,
  ];
  if (m.to && ctx.layout !== 'compact') {
    times.push(
      html`<div>
        <dt>
          ${msg('Received', { id: 'tracker.time.received', desc: 'Time label: when it reached the recipient' })}
        </dt>
        <dd>${m.receivedAt ? ctx.format.dateTime(m.receivedAt) : msg('Not yet', { desc: 'No time yet' })}</dd>
      </div>`,
    );
    times.push(
      html`<div>
        <dt>${msg('Read', { desc: 'Time label: when the recipient opened it' })}</dt>
        <dd>${m.readAt ? ctx.format.dateTime(m.readAt) : msg('Unread', { desc: 'Not opened yet' })}</dd>
      </div>`,
    );
  }
  if (m.dueDate) {
    times.push(
      html`<div class=${overdue ? 'overdue' : ''}>
        <dt>${msg('Due date', { desc: 'Date by which the recipient should act' })}</dt>
        <dd>
          ${ctx.format.date(m.dueDate)}${
            overdue ? html` <strong>${msg('Overdue', { desc: 'Past the due date' })}</strong>` : nothing
          }
        </dd>
      </div>`,
    );
  }
  if (m.kind === 'main' && m.to) {
    times.push(
      html`<div>
        <dt>
          ${
            isCurrent && phase === 'active'
              ? msg('Pending', { desc: 'Label: days with the current holder' })
              : msg('Held', { desc: 'Label: days the recipient held it' })
          }
        </dt>
        <dd>${ctx.format.days(m.daysHeld)}</dd>
      </div>`,
    );
  }
  return html`<span class="marker" aria-hidden="true"></span>
    <div class="body">
      <p class="headline">
        <span class="seq">${ctx.format.number(m.sequence)}.</span>
        <strong class="action">${actionLabel(m.action, m.item.type)}</strong>
        ${
          copy
            ? html`<span class="chip copy-chip"
                >${msg('Copy for information', {
                  desc: 'A copy sent for information only (सूचनार्थ प्रति)',
                })}</span
              >`
            : nothing
        }
        ${m.priority !== 'normal' ? html`<eo-priority-badge priority=${m.priority}></eo-priority-badge>` : nothing}
        ${
          isCurrent
            ? html`<span class="chip current-chip"
                >${
                  phase === 'parked'
                    ? msg('Parked', { id: 'tracker.state.parked', desc: 'File state: out of pendency' })
                    : phase === 'closed'
                      ? msg('Closed', { desc: 'Movement action' })
                      : msg('Current holder', { desc: 'Marks the step of the present holder' })
                }</span
              >`
            : nothing
        }
        ${
          selected
            ? html`<span class="visually-hidden">${msg('Selected', { desc: 'The chosen step' })}</span>`
            : nothing
        }
      </p>
      <p class="route">
        ${m.from ? renderPost(ctx, m.from, 'from') : nothing}
        ${m.from && m.to ? html`<span class="arrow" aria-hidden="true">→</span>` : nothing}
        ${m.to ? renderPost(ctx, m.to, 'to') : nothing}
        ${!m.from && !m.to ? html`<span class="post">${m.by.name[currentLocale()]}</span>` : nothing}
      </p>
      ${
        m.remarks
          ? html`<p part="remarks" class="remarks">
              <span class="label">${msg('Remarks', { desc: 'Remarks sent with a movement (टीप)' })}</span>
              <span class="remarks-text" lang=${ifDefined(langOf(m.remarks))}>${m.remarks}</span>
            </p>`
          : nothing
      }
      <dl class="times">${times}</dl>
    </div>`;
}

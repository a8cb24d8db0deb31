import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { actionLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';
import { langOf } from './route.js';
import type { Movement, PostSummary } from './types.js';
import type { TrackerViewContext } from './view.js';

/** Rows rendered beyond the visible ones on each side in a windowed (virtual) list. */
const OVERSCAN = 8;

/**
 * The timeline of steps: every step of a short route, or for a long one only the rows in view (plus
 * OVERSCAN on each side) inside a scrolling box, padded to the full height.
 */
export function renderTimeline(ctx: TrackerViewContext): TemplateResult {
  const rows = ctx.route.rows;
  const label = msg('Movements', { desc: 'Accessible name of the timeline' });
  if (!ctx.virtual) {
    return html`<ol
      part="timeline"
      class="timeline ${ctx.layout}"
      aria-label=${label}
      @keydown=${ctx.on.keydown}
      @focusin=${ctx.on.focusIn}
      @click=${ctx.on.click}
    >
      ${rows.map((m, i) => renderStep(ctx, m, i, rows.length, ctx.activeIndex))}
    </ol>`;
  }
  const size = ctx.rowSize;
  const first = Math.max(0, Math.floor(ctx.listScroll / size) - OVERSCAN);
  const visible = Math.ceil(ctx.viewportSize / size) + 2 * OVERSCAN;
  const last = Math.min(rows.length, first + visible);
  // The tab stop stays on a rendered row: the active one, or the nearest in the window.
  const tabStop = Math.min(Math.max(ctx.activeIndex, first), last - 1);
  const pieces: TemplateResult[] = [];
  for (let i = first; i < last; i++) {
    pieces.push(renderStep(ctx, rows[i] as Movement, i, rows.length, tabStop));
  }
  return html`<div part="viewport" class="viewport" @scroll=${ctx.on.scroll}>
    <ol
      part="timeline"
      class="timeline virtual ${ctx.layout === 'compact' ? 'compact' : 'vertical'}"
      aria-label=${label}
      style="padding-block-start: ${first * size}px; padding-block-end: ${(rows.length - last) * size}px"
      @keydown=${ctx.on.keydown}
      @focusin=${ctx.on.focusIn}
      @click=${ctx.on.click}
    >
      ${pieces}
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

function renderStep(
  ctx: TrackerViewContext,
  m: Movement,
  index: number,
  total: number,
  tabStop: number,
): TemplateResult {
  const isCurrent = index === ctx.route.current;
  const copy = m.kind === 'copy';
  const phase = ctx.route.phase;
  const overdue =
    isCurrent && phase === 'active' && m.dueDate !== null && m.dueDate < ctx.format.today() && !copy;
  const classes = {
    step: true,
    copy,
    current: isCurrent,
    overdue,
    selected: m.id === ctx.selectedId,
    [m.priority]: true,
    [m.action]: true,
  };
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
  return html`<li
    part=${isCurrent ? 'step current' : 'step'}
    class=${classMap(classes)}
    tabindex=${index === tabStop ? 0 : -1}
    data-index=${index}
    aria-posinset=${index + 1}
    aria-setsize=${total}
    aria-current=${ifDefined(isCurrent ? 'step' : undefined)}
  >
    <span class="marker" aria-hidden="true"></span>
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
          m.id === ctx.selectedId
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
    </div>
  </li>`;
}

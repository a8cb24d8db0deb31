// The scanned letter's part of the form: the size limit stated before upload, the chooser, the
// progress bar, the uploaded scan with Replace and Remove, and its first page.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { currentLocale } from '../shared/localization.js';
import { describedBy, errorLine, optional } from './fields.js';
import type { ReceiptViewContext } from './view.js';
import type { UploadProgress } from './xhr-fetch.js';

/** What the scanned-letter area shows. */
export type ScanState =
  | { kind: 'none' }
  | { kind: 'checking' }
  | { kind: 'uploading'; progress: UploadProgress; fileName: string }
  | { kind: 'uploaded' };

export function megabytes(bytes: number): string {
  return new Intl.NumberFormat(currentLocale() === 'hi' ? 'hi-IN' : 'en-IN', {
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}

function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return msg(str`${megabytes(bytes)} MB`, { id: 'receipt.size-mb', desc: 'File size in megabytes' });
  const kb = new Intl.NumberFormat(currentLocale() === 'hi' ? 'hi-IN' : 'en-IN').format(
    Math.ceil(bytes / 1024),
  );
  return msg(str`${kb} KB`, { id: 'receipt.size-kb', desc: 'File size in kilobytes' });
}

function pagesLabel(pages: number): string {
  return pages === 1
    ? msg('1 page', { id: 'receipt.page-one', desc: 'Page count of the scan: one' })
    : msg(str`${pages} pages`, { id: 'receipt.pages', desc: 'Page count of the scan' });
}

export function renderScan(ctx: ReceiptViewContext): TemplateResult {
  const error = ctx.errors.fields.attachment;
  const scan = ctx.scan;
  const attachment = ctx.draft.attachment;
  const limit = megabytes(ctx.maxUploadBytes);
  const input = html`<input
    id="scan"
    part="file-input"
    type="file"
    accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
    aria-describedby=${describedBy('scan', error, true) ?? ''}
    aria-invalid=${error ? 'true' : 'false'}
    ?disabled=${ctx.disabled || scan.kind === 'uploading'}
    ?hidden=${Boolean(attachment) || scan.kind === 'uploading'}
    @change=${(event: Event) => {
      const target = event.target as HTMLInputElement;
      ctx.on.file(target.files?.[0]);
      target.value = '';
    }}
  />`;
  let body: TemplateResult | typeof nothing = nothing;
  if (scan.kind === 'uploading') {
    const percent =
      scan.progress.total > 0 ? Math.round((scan.progress.loaded / scan.progress.total) * 100) : 0;
    body = html`<div class="scan-card">
      <label for="scan-progress"
        >${msg(str`Uploading ${scan.fileName}: ${percent}%`, { id: 'receipt.uploading', desc: 'Upload progress text' })}</label
      >
      <progress id="scan-progress" part="progress" max="100" .value=${percent}>${percent}%</progress>
      <button type="button" part="button" @click=${ctx.on.cancelUpload}>
        ${msg('Cancel upload', { id: 'receipt.cancel-upload', desc: 'Button: stop the upload' })}
      </button>
    </div>`;
  } else if (attachment) {
    const pages = attachment.pageCount;
    body = html`<div class="scan-card" part="scan">
        <span
          >${attachment.fileName} —
          ${sizeLabel(attachment.size)}${pages ? html`, ${pagesLabel(pages)}` : nothing}</span
        >
        <button type="button" part="button" ?disabled=${ctx.disabled} @click=${ctx.on.replace}>
          ${msg('Replace', { id: 'receipt.replace', desc: 'Button: upload another scan instead' })}
        </button>
        <button type="button" part="button" ?disabled=${ctx.disabled} @click=${ctx.on.remove}>
          ${msg('Remove', { id: 'receipt.remove', desc: 'Button: remove an enclosure or the scan' })}
        </button>
      </div>
      ${renderPreview(ctx)}`;
  }
  // The label, then the "(optional)" marker of every field (fields.ts draws them alike).
  const chooseLabel = msg('Choose the scanned letter', {
    id: 'receipt.choose-scan',
    desc: 'Label of the file input',
  });
  return html`<fieldset part="section upload" class="upload">
    <legend>
      ${msg('Scanned letter', { id: 'receipt.scan', desc: 'Fieldset: the scanned letter (PDF or image)' })}
    </legend>
    <div class="field wide">
      <label for="scan">${chooseLabel}${ctx.draft.nature === 'electronic' ? nothing : optional()}</label>
      <p id="scan-hint" class="hint">
        ${msg(
          str`PDF, JPEG or PNG, up to ${limit} MB. The type is checked from the file's content, not its name.`,
          {
            id: 'receipt.scan-hint',
            desc: 'Size limit and accepted types, stated before upload',
          },
        )}
      </p>
      ${input} ${body} ${errorLine('scan', error)}
    </div>
  </fieldset>`;
}

function renderPreview(ctx: ReceiptViewContext): TemplateResult | typeof nothing {
  const attachment = ctx.draft.attachment;
  if (!attachment || !ctx.previewUrl) return nothing;
  const title = msg('First page of the scanned letter', {
    id: 'receipt.preview',
    desc: 'Accessible name of the preview',
  });
  // A PDF in the browser's own viewer (no library to load); an image as an image.
  return attachment.mediaType === 'application/pdf'
    ? html`<iframe
        part="preview"
        class="preview"
        title=${title}
        src=${`${ctx.previewUrl}#page=1&toolbar=0&view=FitH`}
      ></iframe>`
    : html`<img part="preview" class="preview" alt=${title} src=${ctx.previewUrl} />`;
}

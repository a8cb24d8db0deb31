// The scanned letter's behaviour, as a reactive controller: the size limit and the type read from the
// bytes before anything is sent, the upload with its progress (XMLHttpRequest through the SDK), cancel,
// remove, and the first-page preview (an object URL for the browser's own PDF viewer, a data: URL for an
// image, which a strict portal CSP allows as `img-src data:`).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { textOf, type LocalizedText } from '../shared/localized-text.js';
import { receiptErrors } from './errors.js';
import { megabytes, type ScanState } from './scan-view.js';
import { sniffScanType } from './sniff.js';
import type { Attachment, ReceiptFormClient } from './types.js';
import { xhrFetch } from './xhr-fetch.js';

/** What the controller needs from the form. */
export interface ScanUploadPorts {
  client(): ReceiptFormClient | undefined;
  maxBytes(): number;
  headers(): Record<string, string>;
  /** The scan attached now (kept in the form's draft). */
  attachment(): Attachment | null;
  /** Attaches a scan (or none), clearing the scan's error. */
  attach(attachment: Attachment | null): void;
  /** Shows a problem beside the scan; `error` when it came from the server. */
  fail(message: LocalizedText, error?: unknown): void;
  announce(text: LocalizedText): void;
  uploaded(attachment: Attachment): void;
}

export class ScanUpload implements ReactiveController {
  /** What the scan area shows. */
  state: ScanState = { kind: 'none' };
  /** The first page's URL, once there is one. */
  previewUrl: string | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #ports: ScanUploadPorts;
  #upload: AbortController | undefined;
  #objectUrl: string | undefined;

  constructor(host: ReactiveControllerHost, ports: ScanUploadPorts) {
    this.#host = host;
    this.#ports = ports;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#ports.attachment() && this.state.kind === 'none') this.#set({ kind: 'uploaded' });
  }

  hostDisconnected(): void {
    this.cancel();
    this.#setPreview(undefined);
  }

  get uploading(): boolean {
    return this.state.kind === 'uploading';
  }

  /** Checks a chosen file and uploads it. */
  async choose(file: File): Promise<void> {
    const limit = this.#ports.maxBytes();
    if (file.size > limit) {
      this.#ports.fail(() =>
        msg(str`This file is ${megabytes(file.size)} MB; the limit is ${megabytes(limit)} MB.`, {
          id: 'receipt.too-large',
          desc: 'Upload refused before sending: over the size limit',
        }),
      );
      return;
    }
    this.#set({ kind: 'checking' });
    const type = await sniffScanType(file);
    if (!type) {
      this.#settle();
      this.#ports.fail(() =>
        msg(str`"${file.name}" is not a PDF, JPEG or PNG file (checked from its content).`, {
          id: 'receipt.not-scan',
          desc: 'Upload refused before sending: the bytes are not PDF/JPEG/PNG',
        }),
      );
      return;
    }
    const client = this.#ports.client();
    if (!client) {
      this.#settle();
      this.#ports.fail(() =>
        msg('No connection to e-Office is set up on this page.', {
          id: 'receipt.no-client',
          desc: 'No SDK client configured',
        }),
      );
      return;
    }
    // Sent with the type its bytes show, whatever the name or the browser guessed.
    const typed = new File([file], file.name, { type });
    this.#upload?.abort();
    const controller = new AbortController();
    this.#upload = controller;
    this.#set({ kind: 'uploading', progress: { loaded: 0, total: file.size }, fileName: file.name });
    this.#ports.announce(() =>
      msg(str`Uploading ${file.name}.`, {
        id: 'receipt.upload-started',
        desc: 'Announced when an upload starts',
      }),
    );
    try {
      const attachment = await client.attachments.upload(
        typed,
        {},
        {
          signal: controller.signal,
          headers: this.#ports.headers(),
          // A 20 MB scan on a district office's line takes longer than a call's usual timeout;
          // the clerk can cancel it instead.
          timeout: false,
          fetch: xhrFetch((progress) => {
            if (this.#upload === controller) this.#set({ kind: 'uploading', progress, fileName: file.name });
          }),
        },
      );
      if (this.#upload !== controller) return;
      this.#upload = undefined;
      this.#ports.attach(attachment);
      this.#set({ kind: 'uploaded' });
      await this.showPreview(typed, attachment.mediaType);
      this.#ports.announce(() =>
        msg(str`${file.name} uploaded.`, { id: 'receipt.uploaded', desc: 'Announced when an upload ends' }),
      );
      this.#ports.uploaded(attachment);
    } catch (error) {
      if (this.#upload !== controller) return;
      this.#upload = undefined;
      this.#settle();
      if ((error as { name?: string } | null)?.name === 'AbortError') return;
      const { fields, general } = receiptErrors(error);
      const message = fields.attachment ?? general;
      this.#ports.fail(() => textOf(message), error);
    }
  }

  /** Stops an upload in flight; the scan attached before (if any) stays. */
  cancel(): void {
    const upload = this.#upload;
    this.#upload = undefined;
    upload?.abort();
    this.#settle();
  }

  /** Stops any upload and forgets the preview, for an emptied form (its draft has no scan). */
  clear(): void {
    this.#upload?.abort();
    this.#upload = undefined;
    this.#setPreview(undefined);
    this.#set({ kind: 'none' });
  }

  /** Detaches the scan and forgets its preview. */
  remove(): void {
    this.clear();
    this.#ports.attach(null);
    this.#ports.announce(() =>
      msg('Scanned letter removed.', { id: 'receipt.removed', desc: 'Announced when the scan is removed' }),
    );
  }

  /** After a reload the scan is on the server but not on this page: fetch it again to preview it. */
  async restorePreview(): Promise<void> {
    const attachment = this.#ports.attachment();
    const client = this.#ports.client();
    if (!attachment || this.previewUrl || !client) return;
    try {
      const blob = await client.attachments.download(attachment.id, { headers: this.#ports.headers() });
      if (this.#ports.attachment()?.id === attachment.id) await this.showPreview(blob, attachment.mediaType);
    } catch {
      // The scan is still attached; only its preview is missing.
    }
  }

  async showPreview(blob: Blob, mediaType: string): Promise<void> {
    if (mediaType === 'application/pdf') {
      this.#setPreview(URL.createObjectURL(new Blob([blob], { type: 'application/pdf' })), true);
      return;
    }
    const url = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsDataURL(new Blob([blob], { type: mediaType }));
    });
    this.#setPreview(url);
  }

  /** Back to what the draft holds: its scan, or none. */
  #settle(): void {
    this.#set(this.#ports.attachment() ? { kind: 'uploaded' } : { kind: 'none' });
  }

  #set(state: ScanState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #setPreview(url: string | undefined, objectUrl = false): void {
    if (this.#objectUrl) URL.revokeObjectURL(this.#objectUrl);
    this.#objectUrl = objectUrl ? url : undefined;
    this.previewUrl = url;
    this.#host.requestUpdate();
  }
}

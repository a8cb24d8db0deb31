import type { EoDraftEditor } from "../dist/types/eo-draft-editor/index.js";
import type { EoFileTracker } from "../dist/types/eo-file-tracker/index.js";
import type { EoInbox } from "../dist/types/eo-inbox/index.js";
import type { EoNotesheetEditor } from "../dist/types/eo-notesheet-editor/index.js";
import type { EoPendencyReport } from "../dist/types/eo-pendency-report/index.js";
import type { EoPriorityBadge } from "../dist/types/eo-priority-badge/index.js";
import type { EoReceiptForm } from "../dist/types/eo-receipt-form/index.js";
import type { EoSendDialog } from "../dist/types/eo-send-dialog/index.js";
import type { EoSignatureWidget } from "../dist/types/eo-signature-widget/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type EoDraftEditorProps = {
  /** The file whose drafts are listed (and on which "New draft" composes). */
  "file-id"?: EoDraftEditor["fileId"];
  /** The draft to open. */
  "draft-id"?: EoDraftEditor["draftId"];
  /** `list`, `draft` or `register`; by default `draft` with a `draft-id`, else `list`. */
  view?: EoDraftEditor["view"];
  /** For a new draft: the receipt it replies to (in the file's correspondence). */
  "reply-to"?: EoDraftEditor["replyTo"];
  /** Never edit, approve or issue; only read. */
  readonly?: EoDraftEditor["readonly"];
  /** Pause after the last change before the draft is saved as a new version, in ms. */
  "autosave-delay"?: EoDraftEditor["autosaveDelay"];
  /**  */
  "time-zone"?: EoDraftEditor["timeZone"];
  /**  */
  digits?: EoDraftEditor["digits"];
  /** The SDK client (else the page-wide one from `configure()`). */
  client?: EoDraftEditor["client"];
  /** Plain data: the drafts of a file. */
  drafts?: EoDraftEditor["drafts"];
  /** Plain data: the draft shown. */
  draft?: EoDraftEditor["draft"];
  /** Plain data: the draft's versions. */
  versions?: EoDraftEditor["versions"];
  /** Plain data: the dispatch register's lines. */
  register?: EoDraftEditor["register"];
  /** The letterhead; from the directory in server mode unless set. */
  letterhead?: EoDraftEditor["letterhead"];
  /** What the element shows, or why it shows nothing (`ready` in plain-data mode). */
  currentState?: EoDraftEditor["currentState"];
  /** The draft shown (loaded, saved or set), if any. */
  currentDraft?: EoDraftEditor["currentDraft"];
  /** Where the writer's changes stand. */
  saveState?: EoDraftEditor["saveState"];
  /** The editable body (light DOM), for focusing it or typing into it. */
  editableElement?: EoDraftEditor["editableElement"];
  /** Whether the editor is mounted and the body can be typed into. */
  editorReady?: EoDraftEditor["editorReady"];
  /**  */
  slot?: EoDraftEditor["slot"];
  /**  */
  className?: EoDraftEditor["className"];
  /** A draft was created or revised. `detail: { draft, created }`. */
  "oneo-draft-saved"?: (e: CustomEvent<HTMLElementEventMap["eo-draft-saved"]["detail"]>) => void;
  /** The draft was approved. `detail: { draft, signatureId }`. */
  "oneo-draft-approved"?: (e: CustomEvent<HTMLElementEventMap["eo-draft-approved"]["detail"]>) => void;
  /** Cancelable, before the draft is issued. `detail: { draft, mode, remarks }`. */
  "oneo-before-issue"?: (e: CustomEvent<HTMLElementEventMap["eo-before-issue"]["detail"]>) => void;
  /** The draft was issued. `detail: { draft, dispatchNumber }`. */
  "oneo-draft-issued"?: (e: CustomEvent<HTMLElementEventMap["eo-draft-issued"]["detail"]>) => void;
};

export type EoFileTrackerProps = {
  /** Id of the file (`file_…`) to load and follow live. */
  "file-id"?: EoFileTracker["fileId"];
  /** Id of the receipt (`rcpt_…`) to load and follow live. */
  "receipt-id"?: EoFileTracker["receiptId"];
  /** Public tracking: status only, with `number` and `code`; no names, posts or remarks. */
  public?: EoFileTracker["public"];
  /** File or receipt number for public tracking. */
  number?: EoFileTracker["number"];
  /** A file or receipt number (e.g. `L-42011/27/2026-MW`) to show without knowing its id: the
tracker finds it among the items the user may see. */
  "file-number"?: EoFileTracker["fileNumber"];
  /** Tracking code for public tracking. */
  code?: EoFileTracker["code"];
  /** Shows a search box where the user types a file or receipt number (with a code in `public` mode). */
  search?: EoFileTracker["search"];
  /** `vertical` (default), `compact` (one line per step) or `horizontal`. A windowed (long) history
is always laid out vertically. */
  layout?: EoFileTracker["layout"];
  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  digits?: EoFileTracker["digits"];
  /** IANA time zone for times and overdue checks. */
  "time-zone"?: EoFileTracker["timeZone"];
  /** Forces a state in plain-data mode — `loading`, `empty`, `not-found`, `forbidden`, `offline` or
`error` — for a host that fetches by itself. Ignored in server mode. */
  state?: EoFileTracker["state"];
  /** Above this many movements the list is windowed: only the rows in view (and the focused one) are in
the DOM, each at its natural height, measured as it renders; rows not yet measured are estimated. */
  "virtual-threshold"?: EoFileTracker["virtualThreshold"];
  /** Movements to show (plain-data mode). In server mode the loaded movements replace them. */
  movements?: EoFileTracker["movements"];
  /** The file or receipt the movements belong to (plain-data mode). */
  item?: EoFileTracker["item"];
  /** SDK client for server mode; the page-wide client from `configure()` when unset. */
  client?: EoFileTracker["client"];
  /** The instant "today" and "overdue" are measured against; now when unset. */
  now?: EoFileTracker["now"];
  /** True while data comes from the server (an id, public tracking, or a search). */
  serverMode?: EoFileTracker["serverMode"];
  /** The state shown now. */
  currentState?: EoFileTracker["currentState"];
  /** The movements shown now, in route order. */
  shownMovements?: EoFileTracker["shownMovements"];
  /** The item shown now. */
  shownItem?: EoFileTracker["shownItem"];
  /** A step was chosen with Enter, Space or a click. `detail: { movement }`. */
  "oneo-movement-select"?: (e: CustomEvent<HTMLElementEventMap["eo-movement-select"]["detail"]>) => void;
  /** Server mode finished loading. `detail: { item, movements }`. */
  "oneo-tracker-loaded"?: (e: CustomEvent<HTMLElementEventMap["eo-tracker-loaded"]["detail"]>) => void;
  /** Loading failed. `detail: { error, state }` (`not-found`, `forbidden`, `offline`, `error`). */
  "oneo-tracker-error"?: (e: CustomEvent<HTMLElementEventMap["eo-tracker-error"]["detail"]>) => void;
  /** The retry button was pressed in plain-data mode (the host refetches). */
  "oneo-tracker-retry"?: (e: CustomEvent<HTMLElementEventMap["eo-tracker-retry"]["detail"]>) => void;
};

export type EoInboxProps = {
  /** The folder shown: `inbox`, `created`, `sent`, `parked` or `closed`. */
  folder?: EoInbox["folder"];
  /** `all` (files and receipts), `files` or `receipts`. */
  kind?: EoInbox["kind"];
  /** Sort: a column (`movedAt`, `number`, `subject`, `dueDate`, `priority`), `-` first for descending. */
  sort?: EoInbox["sort"];
  /** Forces a state in plain-data mode (`loading`, `empty`, `forbidden`, `offline`, `error`). */
  state?: EoInbox["state"];
  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  digits?: EoInbox["digits"];
  /** IANA time zone for dates, days pending and overdue. */
  "time-zone"?: EoInbox["timeZone"];
  /** Rows to show (plain-data mode). When set, nothing is fetched. */
  items?: EoInbox["items"];
  /** Counts beside the folders, and `inboxUnread`. In server mode the client's `folders.counts()` replaces
them when it has it. */
  counts?: EoInbox["counts"];
  /** SDK client for server mode and bulk actions; the page-wide client from `configure()` when unset. */
  client?: EoInbox["client"];
  /** The instant "today" is measured against; now when unset. */
  now?: EoInbox["now"];
  /** The query shown now: folder, kind, sort and the filters typed in the form. */
  query?: EoInbox["query"];
  /** True while rows come from the server (no `.items`). */
  serverMode?: EoInbox["serverMode"];
  /** The state shown now. */
  currentState?: EoInbox["currentState"];
  /** The rows in order (loaded so far, in server mode). */
  shownItems?: EoInbox["shownItems"];
  /** The selected rows. */
  selectedItems?: EoInbox["selectedItems"];
  /** A row was opened (Enter, click). `detail: { type, id, number, item }`; the portal shows its own page (reading the item marks it opened). Cancelable: `preventDefault()` keeps the row unopened (bold). */
  "oneo-item-open"?: (e: CustomEvent<HTMLElementEventMap["eo-item-open"]["detail"]>) => void;
  /** The selection changed. `detail: { items }`. */
  "oneo-selection-change"?: (e: CustomEvent<HTMLElementEventMap["eo-selection-change"]["detail"]>) => void;
  /** Server mode loaded the first page of a folder. `detail: { items, query }`. */
  "oneo-inbox-loaded"?: (e: CustomEvent<HTMLElementEventMap["eo-inbox-loaded"]["detail"]>) => void;
  /** Loading failed. `detail: { error, state }` (`forbidden`, `offline`, `error`, `not-found`). */
  "oneo-inbox-error"?: (e: CustomEvent<HTMLElementEventMap["eo-inbox-error"]["detail"]>) => void;
  /** A bulk action finished. `detail: { action, results }`, one result per item. */
  "oneo-inbox-action"?: (e: CustomEvent<HTMLElementEventMap["eo-inbox-action"]["detail"]>) => void;
  /** Folder, filters or sort changed. `detail: { query }`. */
  "oneo-inbox-query-change"?: (e: CustomEvent<HTMLElementEventMap["eo-inbox-query-change"]["detail"]>) => void;
};

export type EoNotesheetEditorProps = {
  /** Id of the file (`file_…`) whose notesheet is shown. */
  "file-id"?: EoNotesheetEditor["fileId"];
  /** Shows the notesheet only, even to the holder of the file. */
  readonly?: EoNotesheetEditor["readonly"];
  /** Disables the editor (also set by a disabled `<fieldset>`). */
  disabled?: EoNotesheetEditor["disabled"];
  /** In a form: an empty yellow note is invalid. */
  required?: EoNotesheetEditor["required"];
  /** Form field name. */
  name?: EoNotesheetEditor["name"];
  /** Language of the note text (`hi` or `en`); from the note's text or `<html lang>` when unset. */
  "content-lang"?: EoNotesheetEditor["contentLang"];
  /** IANA time zone for times. */
  "time-zone"?: EoNotesheetEditor["timeZone"];
  /** Pause after typing before saving, in ms. */
  "autosave-delay"?: EoNotesheetEditor["autosaveDelay"];
  /** "Confirm and send" signs the confirmed note with `<eo-signature-widget>` before the send dialog
opens. Cancelling or a failed signature leaves the note green and unsent, with a button to send it
unsigned. The widget is used by tag name: when the page has not defined it, the note is sent
unsigned and a message says so. */
  "sign-before-send"?: EoNotesheetEditor["signBeforeSend"];
  /** SDK client for server mode; the page-wide client from `configure()` when unset. */
  client?: EoNotesheetEditor["client"];
  /** Notes to show with no server (plain-data mode); green ones in order, a yellow one in the editor. */
  notes?: EoNotesheetEditor["notes"];
  /** Correspondence of the file (plain-data mode), for the reference picker. */
  correspondence?: EoNotesheetEditor["correspondence"];
  /** The yellow note's paragraphs as the API takes them (NFC, blank ones left out). */
  paragraphs?: EoNotesheetEditor["paragraphs"];
  /** The yellow note as HTML: one `<div class="eo-para">` per paragraph (the form value). */
  value?: EoNotesheetEditor["value"];
  /**  */
  form?: EoNotesheetEditor["form"];
  /**  */
  validity?: EoNotesheetEditor["validity"];
  /**  */
  validationMessage?: EoNotesheetEditor["validationMessage"];
  /** The state shown now. */
  currentState?: EoNotesheetEditor["currentState"];
  /** The save status of the yellow note. */
  saveStatus?: EoNotesheetEditor["saveStatus"];
  /** Green notes shown, in notesheet order. */
  greenNotes?: EoNotesheetEditor["greenNotes"];
  /** The user's yellow note as last saved, if any. */
  yellowNote?: EoNotesheetEditor["yellowNote"];
  /** Whether the editor is shown and editable. */
  editable?: EoNotesheetEditor["editable"];
  /** The editable element (light DOM), e.g. to focus it. */
  editableElement?: EoNotesheetEditor["editableElement"];
  /**  */
  slot?: EoNotesheetEditor["slot"];
  /**  */
  className?: EoNotesheetEditor["className"];
  /** The yellow note was saved on the server. `detail: { note }`. */
  "oneo-note-saved"?: (e: CustomEvent<HTMLElementEventMap["eo-note-saved"]["detail"]>) => void;
  /** The yellow note turned green. `detail: { note, send }`. */
  "oneo-note-confirmed"?: (e: CustomEvent<HTMLElementEventMap["eo-note-confirmed"]["detail"]>) => void;
  /** The yellow note was discarded. `detail: { noteId }`. */
  "oneo-note-discarded"?: (e: CustomEvent<HTMLElementEventMap["eo-note-discarded"]["detail"]>) => void;
  /** A reference was activated. `detail: { kind, label, targetId }`. */
  "oneo-reference-open"?: (e: CustomEvent<HTMLElementEventMap["eo-reference-open"]["detail"]>) => void;
  /** "Confirm and send" finished but `<eo-send-dialog>` is not defined on the page. `detail: { fileId, note }`. "Confirm and send" opens `<eo-send-dialog>` by tag name (its `eo-before-send`, `eo-file-sent` and `eo-send-cancel` events bubble out of this element); after a send the notesheet reloads, read-only. The package entry and the CDN bundle define it; a page importing only this element imports `@eoffice/components/eo-send-dialog` too, or handles `eo-send-request` itself. (Not imported here: every reader of the notesheet would load it, and most never send.) With `sign-before-send`, "confirm and send" first shows `<eo-signature-widget>` (mode `sign`, the confirmed note, the same client; its events bubble out too); the send dialog opens once it fires `eo-signed`, and the note shows its signature badge. On `eo-sign-cancel` or `eo-sign-error` the note stays green and unsent, with a message and a "send without signing" button. The widget is used by tag name too (pkijs makes it large): define it with `@eoffice/components/eo-signature-widget`; without it the note is sent unsigned and a message says so. */
  "oneo-send-request"?: (e: CustomEvent<HTMLElementEventMap["eo-send-request"]["detail"]>) => void;
  /** Server mode finished loading. `detail: null`. */
  "oneo-notesheet-loaded"?: (e: CustomEvent<HTMLElementEventMap["eo-notesheet-loaded"]["detail"]>) => void;
  /** Loading failed. `detail: { error, state }`. */
  "oneo-notesheet-error"?: (e: CustomEvent<HTMLElementEventMap["eo-notesheet-error"]["detail"]>) => void;
};

export type EoPendencyReportProps = {
  /** Heading of the plain-data item list. */
  "items-title"?: EoPendencyReport["itemsTitle"];
  /** The unit to review first (server mode); the caller's department when unset. */
  "unit-id"?: EoPendencyReport["unitId"];
  /** Length of each trend period: `week` (default) or `month`. */
  period?: EoPendencyReport["period"];
  /** How many periods the trend covers (1–26). */
  periods?: EoPendencyReport["periods"];
  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  digits?: EoPendencyReport["digits"];
  /** The office's name for the header and print; the reviewed unit's name when unset. */
  "office-name"?: EoPendencyReport["officeName"];
  /** Present mode: large type, one chart a screen, arrow keys to move. */
  present?: EoPendencyReport["present"];
  /** Forces a state in plain-data mode (`loading`, `empty`, `forbidden`, `error` …). */
  state?: EoPendencyReport["state"];
  /** The review to show (plain-data mode). In server mode the loaded review replaces it. */
  review?: EoPendencyReport["review"];
  /** Pending items to list (plain-data mode), shown instead of the review while set. */
  items?: EoPendencyReport["items"];
  /** SDK client for server mode; the page-wide client from `configure()` when unset. */
  client?: EoPendencyReport["client"];
  /** True while data comes from the server. */
  serverMode?: EoPendencyReport["serverMode"];
  /** The review shown now. */
  shownReview?: EoPendencyReport["shownReview"];
  /** The state shown now. */
  currentState?: EoPendencyReport["currentState"];
  /** A pending file or receipt was chosen. `detail: { type, id, number, item }` (`item`: the `PendingItem`). */
  "oneo-item-open"?: (e: CustomEvent<HTMLElementEventMap["eo-item-open"]["detail"]>) => void;
  /** The user moved to another unit or to a list of items. `detail: { level, unitId?, postId?, bucket?, overdue? }`. */
  "oneo-pendency-drill"?: (e: CustomEvent<HTMLElementEventMap["eo-pendency-drill"]["detail"]>) => void;
  /** Server mode loaded a review. `detail: { review }`. */
  "oneo-pendency-loaded"?: (e: CustomEvent<HTMLElementEventMap["eo-pendency-loaded"]["detail"]>) => void;
  /** Loading failed. `detail: { error, state }`. */
  "oneo-pendency-error"?: (e: CustomEvent<never>) => void;
};

export type EoPriorityBadgeProps = {
  /** `normal`, `immediate` or `most_immediate`. Anything else renders nothing. */
  priority?: EoPriorityBadge["priority"];
  /** The label in the current interface language. */
  label?: EoPriorityBadge["label"];
};

export type EoReceiptFormProps = {
  /** Names this form's local draft, e.g. per counter; defaults to the page's path. */
  "draft-key"?: EoReceiptForm["draftKey"];
  /** Where the draft is kept: `session` (default), `local` (survives closing the tab) or `none`. */
  "draft-storage"?: EoReceiptForm["draftStorage"];
  /** The largest scan accepted, in bytes, stated before upload (the contract's 20 MiB by default). */
  "max-upload-bytes"?: EoReceiptForm["maxUploadBytes"];
  /** Which of the user's posts diarises, when they hold several. */
  "diarising-post-id"?: EoReceiptForm["diarisingPostId"];
  /** IANA time zone of "today" for the received date; the server checks in IST. */
  "time-zone"?: EoReceiptForm["timeZone"];
  /** With `required`, the element is invalid in its form until a receipt is diarised. */
  required?: EoReceiptForm["required"];
  /** SDK client; the page-wide client from `configure()` when unset. */
  client?: EoReceiptForm["client"];
  /** Receipt categories (main and sub) as plain data; loaded through the client when unset. */
  categories?: EoReceiptForm["categories"];
  /** Earlier senders to offer as plain data; looked up through the client as the name is typed when unset. */
  senders?: EoReceiptForm["senders"];
  /** Everything typed, as kept in the draft (a copy). Assign to fill the form (e.g. in stories). */
  draft?: EoReceiptForm["draft"];
  /** The diarised receipt, once there is one. */
  receipt?: EoReceiptForm["receipt"];
  /** The form value: the diarised receipt's id, or '' before. */
  value?: EoReceiptForm["value"];
  /**  */
  form?: EoReceiptForm["form"];
  /**  */
  validity?: EoReceiptForm["validity"];
  /**  */
  validationMessage?: EoReceiptForm["validationMessage"];
  /** Cancelable, before anything is sent. `detail: { request, andSend }`; `preventDefault()` and nothing is sent. */
  "oneo-before-diarise"?: (e: CustomEvent<HTMLElementEventMap["eo-before-diarise"]["detail"]>) => void;
  /** The receipt was diarised. `detail: { receipt }` (its `number` is the diary number). */
  "oneo-receipt-diarised"?: (e: CustomEvent<HTMLElementEventMap["eo-receipt-diarised"]["detail"]>) => void;
  /** The scanned letter is stored on the server. `detail: { attachment }`. */
  "oneo-receipt-upload"?: (e: CustomEvent<HTMLElementEventMap["eo-receipt-upload"]["detail"]>) => void;
  /** Loading categories, uploading or diarising failed (the form shows it too). `detail: { error, during }`. */
  "oneo-receipt-error"?: (e: CustomEvent<HTMLElementEventMap["eo-receipt-error"]["detail"]>) => void;
  /** From the inner `<eo-send-dialog>`: the receipt was sent. `detail: { receiptId, receipt, movements }`. */
  "oneo-receipt-sent"?: (e: CustomEvent<HTMLElementEventMap["eo-receipt-sent"]["detail"]>) => void;
};

export type EoSendDialogProps = {
  /** Id of the file (`file_…`) to send. */
  "file-id"?: EoSendDialog["fileId"];
  /** Id of a receipt (`rcpt_…`) to send instead of a file, through `client.receipts.send`; used when
`file-id` is not set (the "Diarise and send" of `<eo-receipt-form>`). */
  "receipt-id"?: EoSendDialog["receiptId"];
  /** File number shown under the title, e.g. `L-42011/27/2026-MW` (optional). */
  "file-number"?: EoSendDialog["fileNumber"];
  /** Which of the user's posts sends, when they hold several (including on charge). */
  "from-post-id"?: EoSendDialog["fromPostId"];
  /** Milliseconds the recipient search waits after the last keystroke. */
  "search-delay"?: EoSendDialog["searchDelay"];
  /** The file's priority now (`normal`, `immediate` or `most_immediate`), which the form proposes. A
portal that learns it after opening the dialog may set it late: the form follows it until the user
picks a priority, and a pick is never replaced. Until it is known (unset) the form proposes
`normal`. */
  priority?: EoSendDialog["priority"];
  /** IANA time zone in which "today" is the earliest due date; the server checks in IST. */
  "time-zone"?: EoSendDialog["timeZone"];
  /** SDK client; the page-wide client from `configure()` when unset. */
  client?: EoSendDialog["client"];
  /** The main recipient's search box. */
  toSearch?: EoSendDialog["toSearch"];
  /** The copies' search box. */
  copySearch?: EoSendDialog["copySearch"];
  /** Whether the dialog is open. */
  open?: EoSendDialog["open"];
  /** The request the form would send now (without checking it). */
  request?: EoSendDialog["request"];
  /** Cancelable, before anything is sent. `detail: { fileId, request }`; call `preventDefault()` and nothing is sent (the dialog stays open). */
  "oneo-before-send"?: (e: CustomEvent<HTMLElementEventMap["eo-before-send"]["detail"]>) => void;
  /** The file was sent. `detail: { fileId, file, movements }` as `client.files.send` returned them. */
  "oneo-file-sent"?: (e: CustomEvent<HTMLElementEventMap["eo-file-sent"]["detail"]>) => void;
  /** Cancelable, before a receipt (`receipt-id`) is sent. `detail: { receiptId, request }`. */
  "oneo-before-receipt-send"?: (e: CustomEvent<HTMLElementEventMap["eo-before-receipt-send"]["detail"]>) => void;
  /** The receipt was sent. `detail: { receiptId, receipt, movements }` as `client.receipts.send` returned them. */
  "oneo-receipt-sent"?: (e: CustomEvent<HTMLElementEventMap["eo-receipt-sent"]["detail"]>) => void;
  /** The user closed the dialog without sending (Cancel or Escape). `detail: { fileId }`. */
  "oneo-send-cancel"?: (e: CustomEvent<HTMLElementEventMap["eo-send-cancel"]["detail"]>) => void;
};

export type EoSignatureWidgetProps = {
  /** `sign` (default) or `verify`. */
  mode?: EoSignatureWidget["mode"];
  /** What `target-id` names: a `note` (default) or a `draft`. */
  "target-type"?: EoSignatureWidget["targetType"];
  /** The note (`note_…`) or draft (`draft_…`) to sign. */
  "target-id"?: EoSignatureWidget["targetId"];
  /** The signature (`sig_…`) to show in verify mode. */
  "signature-id"?: EoSignatureWidget["signatureId"];
  /** Signing methods to offer, in order: `sandbox_key`, `dsc`, `esign` (attribute: space separated).
Default: all; one the server turns out not to offer is dropped after its first refusal. */
  methods?: EoSignatureWidget["methods"];
  /** Base URL of the local DSC signer service (NIC's DSC Signer Service by default). */
  "dsc-bridge-url"?: EoSignatureWidget["dscBridgeUrl"];
  /** Level of the state headings (default 3, under a portal's section heading). */
  "heading-level"?: EoSignatureWidget["headingLevel"];
  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  digits?: EoSignatureWidget["digits"];
  /** IANA time zone for times (India Standard Time by default). */
  "time-zone"?: EoSignatureWidget["timeZone"];
  /** SDK client; the page-wide client from `configure()` when unset. */
  client?: EoSignatureWidget["client"];
  /** A configured bridge (another path, timeout or fetch); overrides `dsc-bridge-url`. */
  dscBridge?: EoSignatureWidget["dscBridge"];
  /** The portal's signing call for its DSC bridge: `(digest, certificate, bridge) => Promise<cms>`.
Without it the DSC method ends in an error saying the portal has not set it up. */
  dscSignAdapter?: EoSignatureWidget["dscSignAdapter"];
  /** The state shown now. */
  currentState?: EoSignatureWidget["currentState"];
  /** Why the last attempt failed, in the `error` state. */
  errorCode?: EoSignatureWidget["errorCode"];
  /** The signature made (sign mode) or shown (verify mode). */
  signature?: EoSignatureWidget["signature"];
  /** Its latest verification. */
  verification?: EoSignatureWidget["verification"];
  /** The Aadhaar eSign transaction in progress (its `id` and expiry), in the OTP state. */
  esignTransaction?: EoSignatureWidget["esignTransaction"];
  /** The methods offered now. */
  offeredMethods?: EoSignatureWidget["offeredMethods"];
  /** Cancelable, before anything is signed. `detail: { target, method, digest }`; `preventDefault()` stops it. */
  "oneo-before-sign"?: (e: CustomEvent<HTMLElementEventMap["eo-before-sign"]["detail"]>) => void;
  /** The signature was stored. `detail: { signature }`. */
  "oneo-signed"?: (e: CustomEvent<HTMLElementEventMap["eo-signed"]["detail"]>) => void;
  /** Loading, signing or submitting failed. `detail: { code, message }`. */
  "oneo-sign-error"?: (e: CustomEvent<HTMLElementEventMap["eo-sign-error"]["detail"]>) => void;
  /** The user cancelled a signing flow. `detail: { target, method }`. */
  "oneo-sign-cancel"?: (e: CustomEvent<HTMLElementEventMap["eo-sign-cancel"]["detail"]>) => void;
};

export type CustomElements = {
  /**
   * Drafts for approval (मसौदा) of an e-Office file, from writing to dispatch: the drafts of a file as a
   * list (subject, type, language, version, status, who holds it); one draft as an office letter
   * (letterhead, number and date lines, addressee, subject, reference, body, signature block, copy-to)
   * that prints on A4; writing and revising with the notesheet's editing core (ProseMirror in the light
   * DOM, IME-safe keys, paste from Word cleaned, tables, NFC; autosave with If-Match and a copy on this
   * device; a stale save shows both versions); the versions with a word-by-word comparison that keeps
   * Hindi letters whole, and revert as a new revision; approval by the holder, optionally signed first
   * with `<eo-signature-widget>` (the signed version is locked; a later revision voids the approval and
   * says so); issue with a dispatch mode and the number the server gives; and the dispatch register
   * (`view="register"`) with filters and CSV export.
   *
   * Server mode: `file-id` (the drafts of a file; "New draft" composes one, as a reply when `reply-to`
   * names a receipt) or `draft-id` (one draft), with `.client` or a page-wide client from `configure()`.
   * Plain data: `.drafts`, `.draft` (with `.versions`, `.letterhead`) or `.register` render with no server
   * and nothing to save. Rules the server enforces (only the holder revises, only an approved draft is
   * issued, only an authorised post issues) are shown in the interface language beside the button that
   * met them.
   *
   * The editing core is the notesheet editor's (`shared/editing-core/`), loaded with `import()` only when
   * a draft becomes editable; a reader of an approved or issued letter never downloads it.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-draft-saved** - A draft was created or revised. `detail: { draft, created }`.
   * - **eo-draft-approved** - The draft was approved. `detail: { draft, signatureId }`.
   * - **eo-before-issue** - Cancelable, before the draft is issued. `detail: { draft, mode, remarks }`.
   * - **eo-draft-issued** - The draft was issued. `detail: { draft, dispatchNumber }`.
   *
   * ### **Methods:**
   *  - **reload(): _Promise<void>_** - Fetches again what the element shows (the register after an issue elsewhere on the page, say).
   * - **save(): _Promise<void>_** - Saves pending changes now (as the Save button does) and waits for the save.
   *
   *
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - **editor** - Filled by the element itself with the editable body (light DOM, so selection and IME work).
   * - **signature** - Filled by the element with `<eo-signature-widget>` when the approver signs.
   *
   * ### **CSS Properties:**
   *  - **--eo-draft-editor-bg** - Background. _(default: undefined)_
   * - **--eo-draft-editor-paper** - Background of the letter. _(default: undefined)_
   * - **--eo-draft-editor-fg** - Text colour. _(default: undefined)_
   * - **--eo-draft-editor-muted** - Secondary text. _(default: undefined)_
   * - **--eo-draft-editor-border** - Borders. _(default: undefined)_
   * - **--eo-draft-editor-accent** - Buttons and links. _(default: undefined)_
   * - **--eo-draft-editor-added** - Added words in a comparison; approved and issued lines. _(default: undefined)_
   * - **--eo-draft-editor-added-bg** - Background of added words. _(default: undefined)_
   * - **--eo-draft-editor-removed** - Removed words; rules and a lapsed approval. _(default: undefined)_
   * - **--eo-draft-editor-removed-bg** - Background of removed words. _(default: undefined)_
   * - **--eo-draft-editor-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **letter** - The letter.
   * - **letterhead** - Its letterhead block.
   * - **addressee** - The addressee block.
   * - **body** - The body of the letter.
   * - **signature-block** - The signature block.
   * - **copy-to** - The copy-to list.
   * - **list** - The drafts of the file.
   * - **versions** - The versions.
   * - **comparison** - The word-by-word comparison.
   * - **approval** - Approval.
   * - **approved** - The line saying who approved which version.
   * - **voided** - The notice of a lapsed approval.
   * - **issue** - Issue.
   * - **dispatch** - The dispatch line (number, date, mode).
   * - **register** - The dispatch register.
   * - **rule** - A rule the server enforced, beside its cause.
   * - **conflict** - Both versions after a stale save.
   * - **toolbar** - The formatting toolbar.
   * - **button** - Every button.
   * - **status** - State boxes (loading, errors).
   * - **announcer** - The polite live region.
   * - **alert-announcer** - The assertive live region.
   */
  "eo-draft-editor": Partial<EoDraftEditorProps & BaseProps & BaseEvents>;

  /**
   * Where an e-Office file (नस्ती) or receipt (आवती) is and how it got there: a timeline of its
   * movements — from which post to which, the action, remarks, priority, due date, sent / received /
   * read times in IST and days held at each desk — with the current holder and days pending on top.
   *
   * Plain data: set `.movements` (and optionally `.item`). Server mode: set `file-id` or `receipt-id`
   * (with `.client`, or a page-wide client from `configure()`); `public` with `number` and `code` shows
   * the public status only; `search` shows a box to look a number up. Long histories are windowed.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-movement-select** - A step was chosen with Enter, Space or a click. `detail: { movement }`.
   * - **eo-tracker-loaded** - Server mode finished loading. `detail: { item, movements }`.
   * - **eo-tracker-error** - Loading failed. `detail: { error, state }` (`not-found`, `forbidden`, `offline`, `error`).
   * - **eo-tracker-retry** - The retry button was pressed in plain-data mode (the host refetches).
   *
   * ### **Methods:**
   *  - **refresh(): _Promise<void>_** - Loads again from the server (server mode) or asks the host to (`eo-tracker-retry`).
   * - **toCsv(): _string_** - The shown movements as CSV text (CRLF, no BOM), in the interface language.
   * - **exportCsv(options: _{ download?: boolean; filename?: string }_): _Blob_** - The shown movements as a CSV file with a UTF-8 byte order mark (so Excel shows Hindi), offered
   * as a download unless `download` is false. Returns the Blob.
   * - **focusStep(index: _number_): _Promise<void>_** - Moves the roving focus to the step at `index` (route order), scrolling it into view.
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-tracker-bg** - Background. _(default: undefined)_
   * - **--eo-tracker-fg** - Text colour. _(default: undefined)_
   * - **--eo-tracker-muted** - Secondary text (labels, times). _(default: undefined)_
   * - **--eo-tracker-border** - Lines and step borders. _(default: undefined)_
   * - **--eo-tracker-accent** - Timeline markers, buttons, the current step. _(default: undefined)_
   * - **--eo-tracker-current-bg** - Background of the current step. _(default: undefined)_
   * - **--eo-tracker-selected-bg** - Background of the selected step. _(default: undefined)_
   * - **--eo-tracker-overdue-fg** - Overdue text. _(default: undefined)_
   * - **--eo-tracker-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-tracker-gap** - Space between steps. _(default: undefined)_
   * - **--eo-tracker-max-block-size** - Height of the scrolling box of a long timeline, and the space a loading timeline reserves (32rem). _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-radius** - Corner radius (global token). _(default: undefined)_
   * - **--eo-focus-ring-width** - Width of the focus outline (global token). _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **header** - The item's number, subject, status and current holder.
   * - **holder** - The current holder and days pending.
   * - **toolbar** - Refresh and export buttons.
   * - **button** - Every button.
   * - **search** - The search form.
   * - **status** - Loading, empty and error messages.
   * - **viewport** - The scrolling box around a long (windowed) timeline.
   * - **timeline** - The ordered list of steps.
   * - **step** - One movement.
   * - **current** - The step of the current holder (with `step`).
   * - **remarks** - The remarks of a step.
   * - **public** - The public status card.
   * - **announcer** - The polite live region that announces live updates.
   */
  "eo-file-tracker": Partial<EoFileTrackerProps & BaseProps & BaseEvents>;

  /**
   * The signed-in officer's files (नस्ती) and receipts (आवती) by folder, as e-Office keeps them: inbox
   * (unopened in bold), created, sent (with pull back while the recipient has not opened it), parked and
   * closed, with counts. Columns: number, subject as written, from (marking and name), received on, days
   * pending, due date and priority; overdue and most-immediate rows are marked in words and shape, not by
   * colour alone. Search, filters and sort are done by the server page by page; the list is windowed, so
   * thousands of rows stay quick.
   *
   * Keyboard: the list is a grid with one tab stop — Up/Down, Page Up/Down, Home/End move between rows,
   * Left/Right between cells, Enter opens, Space selects, Ctrl+A selects all. Selected rows can be acted
   * on together: receipts sent together through `<eo-send-dialog>`, files parked, items closed or pulled
   * back, with one result line per item.
   *
   * Server mode (the default): set `.client` (or `configure()` a page-wide client); new items arrive live
   * from the event stream and are announced politely, and an item someone else moves away leaves the
   * list. Plain-data mode: set `.items` (and optionally `.counts`); search, filters and sort then apply to
   * those items here.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-item-open** - A row was opened (Enter, click). `detail: { type, id, number, item }`; the portal shows its own page (reading the item marks it opened). Cancelable: `preventDefault()` keeps the row unopened (bold).
   * - **eo-selection-change** - The selection changed. `detail: { items }`.
   * - **eo-inbox-loaded** - Server mode loaded the first page of a folder. `detail: { items, query }`.
   * - **eo-inbox-error** - Loading failed. `detail: { error, state }` (`forbidden`, `offline`, `error`, `not-found`).
   * - **eo-inbox-action** - A bulk action finished. `detail: { action, results }`, one result per item.
   * - **eo-inbox-query-change** - Folder, filters or sort changed. `detail: { query }`.
   *
   * ### **Methods:**
   *  - **setFilters(filters: _Omit<InboxQuery, 'folder' | 'kind' | 'sort'>_): _void_** - Sets the search and filters (as the form does) and reloads.
   * - **refresh(): _Promise<void>_** - Loads the folder again (server mode).
   * - **loadMore(): _Promise<void>_** - Loads the next page, if there is one (server mode; scrolling near the end does it by itself).
   * - **focusCell(row: _number_, column): _Promise<void>_** - Moves the roving focus to a cell, scrolling its row into view.
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-inbox-bg** - Background. _(default: undefined)_
   * - **--eo-inbox-fg** - Text colour. _(default: undefined)_
   * - **--eo-inbox-muted** - Secondary text. _(default: undefined)_
   * - **--eo-inbox-border** - Lines between rows. _(default: undefined)_
   * - **--eo-inbox-accent** - Buttons and the current folder. _(default: undefined)_
   * - **--eo-inbox-selected-bg** - Background of a selected row. _(default: undefined)_
   * - **--eo-inbox-overdue-fg** - Overdue text and failed results. _(default: undefined)_
   * - **--eo-inbox-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-inbox-row-block-size** - Height of each row. _(default: undefined)_
   * - **--eo-inbox-max-block-size** - Height of the scrolling list. _(default: undefined)_
   * - **--eo-inbox-columns** - `grid-template-columns` of the eight columns. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens, set by a theme class on an ancestor; the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **folders** - The folder list.
   * - **folder** - One folder button (the current one has `aria-current="page"`).
   * - **filters** - The search and filter form.
   * - **input** - Every text, date and select input.
   * - **button** - Every button.
   * - **bulk-bar** - The actions on the selected rows.
   * - **results** - The result lines of the last bulk action.
   * - **error** - A message about a bulk action that could not start.
   * - **grid** - The grid.
   * - **sort-button** - A column header's sort button.
   * - **viewport** - The scrolling box of the rows.
   * - **row** - One row; also `selected`, `unread` and `overdue` when they apply.
   * - **status** - Loading, empty and error messages.
   * - **announcer** - The polite live region (arrivals, results).
   */
  "eo-inbox": Partial<EoInboxProps & BaseProps & BaseEvents>;

  /**
   * The notesheet (नोटशीट) of an e-Office file: confirmed (green) notes with paragraph (अनुच्छेद) numbers
   * running across the whole notesheet, author, designation, time in IST and signature, and below them the
   * signed-in user's draft (yellow) note in a rich-text editor — bold, italic, underline, lists, simple
   * tables (rows × columns; Tab between cells; add or delete rows and columns), references to
   * correspondence (C/1 …) and earlier paragraphs, undo/redo — saved automatically (with a copy on this
   * device), confirmed (turned green), discarded, or confirmed and sent.
   *
   * Server mode: set `file-id` (with `.client`, or a page-wide client from `configure()`). Plain data:
   * set `.notes` (and `.correspondence`) to show a notesheet with no server. The editor is shown only to
   * the current holder of the file, never with `readonly`.
   *
   * The editing core (ProseMirror's view, commands and history, and the toolbar) is loaded with `import()`
   * when the note first becomes editable, so people who only read the green notes never download it.
   * Meanwhile the draft note says "Loading the editor…"; if the load fails (the network dropped) an alert
   * offers "Try again", and the text of the note is kept. `await el.updateComplete` also waits for that
   * load and the update after it, so the editor is ready once it resolves.
   *
   * Form-associated: in a `<form>` its value is the yellow note as HTML (one `<div class="eo-para">` per
   * paragraph); `required` makes an empty note invalid.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-note-saved** - The yellow note was saved on the server. `detail: { note }`.
   * - **eo-note-confirmed** - The yellow note turned green. `detail: { note, send }`.
   * - **eo-note-discarded** - The yellow note was discarded. `detail: { noteId }`.
   * - **eo-reference-open** - A reference was activated. `detail: { kind, label, targetId }`.
   * - **eo-send-request** - "Confirm and send" finished but `<eo-send-dialog>` is not defined on the page. `detail: { fileId, note }`. "Confirm and send" opens `<eo-send-dialog>` by tag name (its `eo-before-send`, `eo-file-sent` and `eo-send-cancel` events bubble out of this element); after a send the notesheet reloads, read-only. The package entry and the CDN bundle define it; a page importing only this element imports `@eoffice/components/eo-send-dialog` too, or handles `eo-send-request` itself. (Not imported here: every reader of the notesheet would load it, and most never send.) With `sign-before-send`, "confirm and send" first shows `<eo-signature-widget>` (mode `sign`, the confirmed note, the same client; its events bubble out too); the send dialog opens once it fires `eo-signed`, and the note shows its signature badge. On `eo-sign-cancel` or `eo-sign-error` the note stays green and unsent, with a message and a "send without signing" button. The widget is used by tag name too (pkijs makes it large): define it with `@eoffice/components/eo-signature-widget`; without it the note is sent unsigned and a message says so.
   * - **eo-notesheet-loaded** - Server mode finished loading. `detail: null`.
   * - **eo-notesheet-error** - Loading failed. `detail: { error, state }`.
   *
   * ### **Methods:**
   *  - **save(): _Promise<void>_** - Saves pending changes now.
   * - **refresh(): _Promise<void>_** - Loads the notesheet again.
   * - **confirm(options: _{ send?: boolean }_): _Promise<Note | undefined>_** - Confirms the yellow note (turns it green); with `send`, opens the send dialog afterwards.
   * - **discard(): _Promise<void>_** - Discards the yellow note without asking (the discard button asks first).
   * - **resolveConflict(choice: _'mine' | 'theirs'_): _Promise<void>_** - Resolves a save conflict: keep this window's text (overwriting) or take the saved version.
   *
   *
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - **editor** - Filled by the element itself with the editable area (light DOM, so selection and IME work).
   *
   * ### **CSS Properties:**
   *  - **--eo-notesheet-bg** - Background. _(default: undefined)_
   * - **--eo-notesheet-fg** - Text colour. _(default: undefined)_
   * - **--eo-notesheet-muted** - Secondary text (times, status). _(default: undefined)_
   * - **--eo-notesheet-border** - Lines. _(default: undefined)_
   * - **--eo-notesheet-accent** - Buttons, links, pressed toolbar buttons. _(default: undefined)_
   * - **--eo-notesheet-green-bg** - Background of a green note. _(default: undefined)_
   * - **--eo-notesheet-green-border** - Edge of a green note; verified badge. _(default: undefined)_
   * - **--eo-notesheet-yellow-bg** - Background of the draft note. _(default: undefined)_
   * - **--eo-notesheet-yellow-border** - Edge of the draft note. _(default: undefined)_
   * - **--eo-notesheet-error-fg** - Errors, conflicts, unverified signatures. _(default: undefined)_
   * - **--eo-notesheet-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-notesheet-gap** - Space between notes. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-radius** - Corner radius (global token). _(default: undefined)_
   * - **--eo-focus-ring-width** - Width of the focus outline (global token). _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **notesheet** - The whole notesheet.
   * - **heading** - The file number and subject.
   * - **notes** - The list of green notes.
   * - **note** - One green note.
   * - **paragraph** - One numbered paragraph of a green note.
   * - **signoff** - Author, designation, time and signature of a note.
   * - **signature** - The signature badge.
   * - **reference** - A reference link in a green note.
   * - **yellow** - The draft note: toolbar, editor, status and actions.
   * - **toolbar** - The formatting toolbar.
   * - **button** - Every button.
   * - **picker** - The reference picker.
   * - **save-status** - The save status (a polite live region).
   * - **conflict** - Both versions after a conflicting save.
   * - **actions** - Confirm, confirm and send, discard, print.
   * - **sign** - Signing before sending (`sign-before-send`): the widget, a message, "send without signing".
   * - **status** - Loading and error messages.
   * - **announcer** - The polite live region for confirm and discard.
   */
  "eo-notesheet-editor": Partial<EoNotesheetEditorProps & BaseProps & BaseEvents>;

  /**
   * The weekly pendency review (लंबित प्रकरणों की साप्ताहिक समीक्षा) of an office or department: files and
   * receipts pending by unit, section and officer in the age buckets 0–7, 8–15, 16–30 and over 30 days,
   * overdue counts, the oldest items, the electronic vs physical share (e-adoption), the trend of what
   * was created, received, disposed and pending per week or month, and the change since last week.
   * Charts are SVG with a text summary and a table alternative each.
   *
   * Drill down by click or keyboard: a unit row opens that unit's review, an officer row (or any bucket
   * or overdue count) opens the list of pending items a page at a time, and an item fires
   * `eo-item-open` for the portal to show its tracker. The server aggregates: the element never fetches
   * every item.
   *
   * Server mode: set `.client` (scope `reports:read`) or a page-wide client with `configure()`, and
   * optionally `unit-id`. Plain-data mode: set `.review` (and `.items` for a list); drill-downs then
   * only fire `eo-pendency-drill` for the host to supply the next level.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-item-open** - A pending file or receipt was chosen. `detail: { type, id, number, item }` (`item`: the `PendingItem`).
   * - **eo-pendency-drill** - The user moved to another unit or to a list of items. `detail: { level, unitId?, postId?, bucket?, overdue? }`.
   * - **eo-pendency-loaded** - Server mode loaded a review. `detail: { review }`.
   * - **eo-pendency-error** - Loading failed. `detail: { error, state }`.
   *
   * ### **Methods:**
   *  - **refresh(): _Promise<void>_** - Loads the shown unit's review again (server mode), or for the first time when a client is there
   * (the page-wide one from `configure()` after the portal signed in) and no plain data was given.
   * - **toCsv(): _string_** - The shown review (or item list) as CSV text (CRLF, no BOM), in the interface language.
   * - **exportCsv(options: _{ download?: boolean; filename?: string }_): _Blob_** - The CSV as a Blob (UTF-8 with BOM, for Excel), saved as a download unless `download` is false.
   * - **print(): _void_** - Prints the review on A4 landscape. `@page` rules do not apply from a shadow root, so the page size
   * goes into the document for the time of printing — as a constructed stylesheet, which a strict
   * Content-Security-Policy allows where a <style> element would be blocked.
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-pendency-bg** - Background. _(default: undefined)_
   * - **--eo-pendency-fg** - Text colour. _(default: undefined)_
   * - **--eo-pendency-muted** - Secondary text. _(default: undefined)_
   * - **--eo-pendency-border** - Lines. _(default: undefined)_
   * - **--eo-pendency-accent** - Links, buttons and the pendency line. _(default: undefined)_
   * - **--eo-pendency-overdue-fg** - Overdue counts and a rise in pendency. _(default: undefined)_
   * - **--eo-pendency-success-fg** - A fall in pendency. _(default: undefined)_
   * - **--eo-pendency-bucket-1** - Fill of 0–7 days (solid). _(default: undefined)_
   * - **--eo-pendency-bucket-2** - Fill of 8–15 days (hatched). _(default: undefined)_
   * - **--eo-pendency-bucket-3** - Fill of 16–30 days (dotted) and the disposal line. _(default: undefined)_
   * - **--eo-pendency-bucket-4** - Fill of over 30 days (cross-hatched). _(default: undefined)_
   * - **--eo-pendency-pattern-ink** - Colour of the patterns drawn over the fills. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens, set by a theme class on an ancestor. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **header** - Office name, heading, period and date of generation.
   * - **toolbar** - Period, export, print and present controls.
   * - **button** - Every button.
   * - **breadcrumb** - The units above the reviewed one.
   * - **picker** - The unit picker.
   * - **figures** - Key figures with the week-on-week change.
   * - **table** - The table of rows.
   * - **drill** - A row's drill-down button.
   * - **figure** - A chart with its summary and table alternative.
   * - **chart** - A chart's SVG.
   * - **legend** - A chart's legend.
   * - **table-alternative** - A chart's table alternative.
   * - **items** - The list of pending items.
   * - **item** - One pending item.
   * - **status** - Loading, empty and error messages.
   * - **announcer** - The polite live region.
   */
  "eo-pendency-report": Partial<EoPendencyReportProps & BaseProps & BaseEvents>;

  /**
   * The priority marking of a file or receipt — सामान्य / तत्काल / अति तत्काल — as a small label.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-priority-normal-bg** - Background of a normal marking. _(default: undefined)_
   * - **--eo-priority-normal-fg** - Text colour of a normal marking. _(default: undefined)_
   * - **--eo-priority-immediate-bg** - Background of an "immediate" marking. _(default: undefined)_
   * - **--eo-priority-immediate-fg** - Text colour of an "immediate" marking. _(default: undefined)_
   * - **--eo-priority-most-immediate-bg** - Background of a "most immediate" marking. _(default: undefined)_
   * - **--eo-priority-most-immediate-fg** - Text colour of a "most immediate" marking. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-radius** - Corner radius (global token). _(default: undefined)_
   * - **--eo-focus-ring-width** - Width of the focus outline (global token). _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **badge** - The label.
   */
  "eo-priority-badge": Partial<EoPriorityBadgeProps & BaseProps & BaseEvents>;

  /**
   * A form to diarise dak (डाक): a physical or electronic receipt with its sender (looked up from
   * earlier letters), letter number and date, received date, mode of receipt, category and sub-category,
   * subject, language, priority, classification, remarks and enclosures, and the scanned letter (PDF,
   * JPEG or PNG, checked by its content, uploaded with a progress bar and previewed). "Diarise" registers
   * it and shows the diary number the server gives; "Diarise and send" then opens `<eo-send-dialog>`.
   *
   * Everything typed is kept in a local draft (session storage by default) on every change, so a reload,
   * a failed upload or a refused request loses nothing. The server's problem details are shown beside the
   * fields they concern, in the page's language. Dates are typed day-month-year.
   *
   * Form-associated: inside a `<form>` its value (under its `name`) is the diarised receipt's id, and
   * with `required` it is invalid until a receipt is diarised; a form reset clears it and its draft.
   *
   * Without a client it renders from plain data (`.categories`, `.senders`, `.draft`) for stories and tests.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-before-diarise** - Cancelable, before anything is sent. `detail: { request, andSend }`; `preventDefault()` and nothing is sent.
   * - **eo-receipt-diarised** - The receipt was diarised. `detail: { receipt }` (its `number` is the diary number).
   * - **eo-receipt-upload** - The scanned letter is stored on the server. `detail: { attachment }`.
   * - **eo-receipt-error** - Loading categories, uploading or diarising failed (the form shows it too). `detail: { error, during }`.
   * - **eo-receipt-sent** - From the inner `<eo-send-dialog>`: the receipt was sent. `detail: { receiptId, receipt, movements }`.
   *
   * ### **Methods:**
   *  - **showErrors(errors: _Partial<Record<ReceiptField, string>>_, general: _string_): _void_** - Shows errors as the server would place them (stories, or a portal's own checks).
   * - **reset(): _void_** - Empties the form and forgets its draft (after diarising, "Diarise another" does this).
   * - **diarise(options: _{ andSend?: boolean }_): _Promise<Receipt | undefined>_** - Diarises what is typed, as the buttons do; resolves with the receipt, or undefined if refused.
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-receipt-bg** - Background. _(default: undefined)_
   * - **--eo-receipt-fg** - Text colour. _(default: undefined)_
   * - **--eo-receipt-muted** - Hints and "(optional)". _(default: undefined)_
   * - **--eo-receipt-border** - Borders of fieldsets and inputs. _(default: undefined)_
   * - **--eo-receipt-accent** - Primary buttons, the progress bar and the result box. _(default: undefined)_
   * - **--eo-receipt-accent-fg** - Text on primary buttons. _(default: undefined)_
   * - **--eo-receipt-error-fg** - Error text and invalid borders. _(default: undefined)_
   * - **--eo-receipt-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-receipt-preview-size** - Width of the first-page preview (default 24rem). _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens, set by a theme class on an ancestor; the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form** - The form.
   * - **section** - Each fieldset (letter, sender, scanned letter, handling).
   * - **field** - Each field with its label, hint and error.
   * - **input** - Text inputs, selects and text areas.
   * - **sender-search** - The sender name input with the look-up (with `input`).
   * - **file-input** - The file chooser of the scanned letter.
   * - **progress** - The upload progress bar.
   * - **scan** - The uploaded scan's name, size and buttons.
   * - **preview** - The first page of the scan (an iframe for a PDF, an image otherwise).
   * - **error** - Each error message (per field and general).
   * - **actions** - The rows of buttons.
   * - **button** - Every button.
   * - **diarise-button** - The Diarise button (with `button`).
   * - **diarise-send-button** - The Diarise and send button (with `button`).
   * - **result** - The box with the diary number after diarising.
   * - **diary-number** - The diary number.
   * - **status** - Loading and failure states (no access, offline).
   * - **announcer** - The polite live region.
   * - **alert-announcer** - The assertive live region.
   */
  "eo-receipt-form": Partial<EoReceiptFormProps & BaseProps & BaseEvents>;

  /**
   * A modal dialog to send (mark) an e-Office file onward: one main recipient who becomes its
   * holder, optional copies for information (सूचनार्थ प्रति), remarks (टीप), priority (सामान्य /
   * तत्काल / अति तत्काल) and a due date. Recipients are searched by name, designation, marking or
   * section, in Hindi or English, through the SDK's recipient search.
   *
   * Open it with `show()`, which resolves with the main movement once the file is sent, or `null`
   * when the user cancels. Errors from the server (not the holder, a recipient refused, a due date in
   * the past) are shown next to the fields they concern; nothing typed is lost. A double click sends
   * once: the button is disabled while sending and a retry of the same request reuses its
   * Idempotency-Key.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-before-send** - Cancelable, before anything is sent. `detail: { fileId, request }`; call `preventDefault()` and nothing is sent (the dialog stays open).
   * - **eo-file-sent** - The file was sent. `detail: { fileId, file, movements }` as `client.files.send` returned them.
   * - **eo-before-receipt-send** - Cancelable, before a receipt (`receipt-id`) is sent. `detail: { receiptId, request }`.
   * - **eo-receipt-sent** - The receipt was sent. `detail: { receiptId, receipt, movements }` as `client.receipts.send` returned them.
   * - **eo-send-cancel** - The user closed the dialog without sending (Cancel or Escape). `detail: { fileId }`.
   *
   * ### **Methods:**
   *  - **show(): _Promise<SendMovement | null>_** - Opens the dialog as a modal. Resolves with the main `send` movement once the file is sent, or
   * `null` when the user cancels. Calling it while open returns the same promise.
   * - **cancel(): _void_** - Closes the dialog as the Cancel button does.
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-send-bg** - Background of the dialog. _(default: undefined)_
   * - **--eo-send-fg** - Text colour. _(default: undefined)_
   * - **--eo-send-muted** - Hints, counter and section names. _(default: undefined)_
   * - **--eo-send-border** - Borders of the dialog and inputs. _(default: undefined)_
   * - **--eo-send-accent** - Send button and the active option outline. _(default: undefined)_
   * - **--eo-send-accent-fg** - Text on the Send button. _(default: undefined)_
   * - **--eo-send-active-bg** - Background of the active option. _(default: undefined)_
   * - **--eo-send-error-fg** - Error text and invalid borders. _(default: undefined)_
   * - **--eo-send-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-send-backdrop** - Backdrop behind the modal dialog. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-radius** - Corner radius (global token). _(default: undefined)_
   * - **--eo-focus-ring-width** - Width of the focus outline (global token). _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **dialog** - The `<dialog>` element (style `::backdrop` through `--eo-send-backdrop`).
   * - **form** - The form inside the dialog.
   * - **title** - The heading.
   * - **field** - Each field with its label, hint and error.
   * - **input** - Text, date and search inputs and the remarks box.
   * - **search** - The two recipient search inputs (with `input`).
   * - **listbox** - The list of matching posts.
   * - **option** - One matching post; the active one also has `active-option`.
   * - **active-option** - The option under the keyboard cursor.
   * - **chosen** - The list of chosen recipients.
   * - **counter** - The remarks character counter.
   * - **error** - Each error message (per field and general).
   * - **actions** - The Send and Cancel buttons' row.
   * - **button** - Every button.
   * - **send-button** - The Send button (with `button`).
   * - **cancel-button** - The Cancel button (with `button`).
   */
  "eo-send-dialog": Partial<EoSendDialogProps & BaseProps & BaseEvents>;

  /**
   * Signs a note (टिप्पणी) or draft (मसौदा) and shows whether a signature holds. In `sign` mode it
   * fetches the signing payload, shows what will be signed (title, author, SHA-256 fingerprint), lets the
   * user choose the sandbox key, a DSC token through the local signer service, or Aadhaar eSign, runs
   * that flow state by state, submits the signature and shows its verification. A signer that returns a
   * CMS over any other digest is stopped before anything is submitted. In `verify` mode it shows a stored
   * signature re-verified against the current content: valid, content changed after signing, issuer not
   * trusted, certificate expired at signing time, revoked or unknown — with the six checks in a details
   * panel. Signing needs a secure (HTTPS) page; pkijs is loaded only when signing.
   * ---
   *
   *
   * ### **Events:**
   *  - **eo-before-sign** - Cancelable, before anything is signed. `detail: { target, method, digest }`; `preventDefault()` stops it.
   * - **eo-signed** - The signature was stored. `detail: { signature }`.
   * - **eo-sign-error** - Loading, signing or submitting failed. `detail: { code, message }`.
   * - **eo-sign-cancel** - The user cancelled a signing flow. `detail: { target, method }`.
   *
   * ### **Methods:**
   *  - **reload(): _Promise<void>_** - Fetches again: the payload (sign mode) or the signature and a fresh verification (verify mode).
   * - **sign(method: _SigningMethod | undefined_): _Promise<void>_** - Signs with `method` (or the chosen one), as the Sign button does.
   *
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eo-signature-bg** - Background. _(default: undefined)_
   * - **--eo-signature-fg** - Text colour. _(default: undefined)_
   * - **--eo-signature-muted** - Secondary text. _(default: undefined)_
   * - **--eo-signature-border** - Borders. _(default: undefined)_
   * - **--eo-signature-accent** - Buttons and links. _(default: undefined)_
   * - **--eo-signature-accent-fg** - Text on the primary button. _(default: undefined)_
   * - **--eo-signature-ok** - Valid verdict and passed checks. _(default: undefined)_
   * - **--eo-signature-ok-bg** - Background of a valid verdict. _(default: undefined)_
   * - **--eo-signature-bad** - Failed verdicts, checks and errors. _(default: undefined)_
   * - **--eo-signature-bad-bg** - Background of a failed verdict. _(default: undefined)_
   * - **--eo-signature-focus** - Focus ring colour. _(default: undefined)_
   * - **--eo-signature-gap** - Space between blocks. _(default: undefined)_
   * - **--eo-font-family** - Font stack (global token); the default covers Devanagari. _(default: undefined)_
   * - **--eo-radius** - Corner radius (global token). _(default: undefined)_
   * - **--eo-focus-ring-width** - Width of the focus outline (global token). _(default: undefined)_
   * - **--eo-color-*** - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The heading of each state (focus moves here when the state changes).
   * - **summary** - What will be signed: title, author, fingerprint.
   * - **fingerprint** - The SHA-256 fingerprint of the content.
   * - **methods** - The choice of signing method.
   * - **review** - The review-and-sign state.
   * - **certificates** - The DSC certificate choice.
   * - **otp** - The eSign OTP form.
   * - **status** - Busy, not-running and error states (with `error` for errors).
   * - **signature** - A signature with its verdict and facts.
   * - **verdict** - The verdict box.
   * - **details** - The six verification checks.
   * - **button** - Every button (with `sign-button` on the main sign button).
   * - **announcer** - The polite live region announcing state changes.
   */
  "eo-signature-widget": Partial<EoSignatureWidgetProps & BaseProps & BaseEvents>;
};

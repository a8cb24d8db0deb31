import type * as PromptsModule from './prompts.js';
import type * as ReferencesModule from './references.js';
import type * as TablesModule from '../shared/editing-core/tables.js';
import type * as TableStylesModule from '../shared/editing-core/table-styles.js';

/** What the loaded parts need from the element. */
export interface LazyPartsHost {
  requestUpdate(): void;
  /** A part failed to load (the network dropped): shown as an action error; a later use retries. */
  failed(error: unknown): void;
  /** The table tools arrived: the editor can edit tables from now on. */
  tablesLoaded(tables: typeof TablesModule): void;
  /** The trees the table styles go into: the page (for the light-DOM editor) and the shadow root. */
  styleRoots(): Node[];
}

/**
 * The notesheet's optional parts, each loaded with import() once, when first needed, so a reader who
 * never edits a table, resolves a conflict or picks a reference never downloads them: the table tools
 * (prosemirror-tables), the table styles, the conflict view and discard prompt, and the reference picker.
 */
export class LazyParts {
  tables: typeof TablesModule | undefined;
  prompts: typeof PromptsModule | undefined;
  references: typeof ReferencesModule | undefined;
  #tableStyles: typeof TableStylesModule | undefined;
  #loadingTables: Promise<typeof TablesModule | undefined> | undefined;
  #loadingTableStyles: Promise<void> | undefined;
  #loadingPrompts: Promise<typeof PromptsModule | undefined> | undefined;
  readonly #host: LazyPartsHost;

  constructor(host: LazyPartsHost) {
    this.#host = host;
  }

  /** Whether the table tools are loaded or loading. */
  get tablesRequested(): boolean {
    return this.#loadingTables !== undefined;
  }

  /** Whether the table styles are loaded or loading. */
  get tableStylesRequested(): boolean {
    return this.#loadingTableStyles !== undefined;
  }

  /** Loads the table tools once (most notes have no table). */
  loadTables(): Promise<typeof TablesModule | undefined> {
    this.#loadingTables ??= import('../shared/editing-core/tables.js').then(
      (tables) => {
        this.tables = tables;
        this.#tableStyles = tables;
        this.#host.tablesLoaded(tables);
        this.adoptTableStyles();
        this.#host.requestUpdate();
        return tables;
      },
      (error: unknown) => {
        this.#loadingTables = undefined;
        this.#host.failed(error);
        return undefined;
      },
    );
    return this.#loadingTables;
  }

  /** Loads the table styles once; without them a table still reads, only without borders. */
  loadTableStyles(): void {
    this.#loadingTableStyles ??= import('../shared/editing-core/table-styles.js').then(
      (styles) => {
        this.#tableStyles = styles;
        this.adoptTableStyles();
      },
      () => {
        this.#loadingTableStyles = undefined;
      },
    );
  }

  /** Puts the table styles, once loaded, into the element's trees (again after a move). */
  adoptTableStyles(): void {
    for (const root of this.#host.styleRoots()) this.#tableStyles?.adoptTableStyles(root);
  }

  /** Loads the conflict view and discard prompt once. */
  loadPrompts(): Promise<typeof PromptsModule | undefined> {
    this.#loadingPrompts ??= import('./prompts.js').then(
      (prompts) => {
        this.prompts = prompts;
        this.#host.requestUpdate();
        return prompts;
      },
      (error: unknown) => {
        this.#loadingPrompts = undefined;
        this.#host.failed(error);
        return undefined;
      },
    );
    return this.#loadingPrompts;
  }

  /** Loads the reference picker and resolver once. */
  async loadReferences(): Promise<typeof ReferencesModule | undefined> {
    try {
      return (this.references ??= await import('./references.js'));
    } catch (error) {
      this.#host.failed(error);
      return undefined;
    }
  }
}

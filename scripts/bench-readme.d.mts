// Types of scripts/bench-readme.mjs for the TypeScript tests that import it.
export const START: string;
export const END: string;

export interface BenchFigure {
  name: string;
  value: number | null;
  budget: number | null;
  unit: string | null;
  ok: boolean;
  p50?: number;
  note?: string;
}

export interface BenchFigures {
  measuredAt: string;
  results: BenchFigure[];
  growth: ({ name: string; unit: string } & Record<string, string | number | null>)[] | null;
  /** The largest size's figures on SQLite and PostgreSQL (a full run), or null. */
  sideBySide?: { name: string; unit: string; sqlite: number | null; postgres: number | null }[] | null;
}

/** The machine the figures were measured on, in one line. */
export function machine(): string;
/** The Markdown that goes between the markers. */
export function benchMarkdown(figures: BenchFigures): string;
/** `text` with what is between the markers replaced by `markdown`. */
export function replaceBetweenMarkers(text: string, markdown: string): string;
/** Writes the figures into `path` between the markers, formatted by Prettier. */
export function writeBenchIntoReadme(path: string, figures: BenchFigures): Promise<void>;

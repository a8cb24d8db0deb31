// Every Hindi interface string uses the glossary's term for the concept it names (docs/glossary.md):
// the components' translations, the example portal's pages and scripts, and the sandbox's messages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

interface Rule {
  concept: string;
  use: string;
  avoid: string[];
}

/** The glossary table's rows: concept | use | not | why. */
function rules(): Rule[] {
  const text = readFileSync(join(root, 'docs', 'glossary.md'), 'utf8');
  const rows = text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| concept') && !line.startsWith('| ---'));
  return rows.map((line) => {
    const [concept = '', use = '', avoid = ''] = line
      .split('|')
      .slice(1)
      .map((cell) => cell.trim());
    return {
      concept,
      use,
      avoid:
        avoid === '—'
          ? []
          : avoid
              .split(',')
              .map((word) => word.trim())
              .filter(Boolean),
    };
  });
}

function filesUnder(dir: string, accept: (name: string) => boolean, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (skip.includes(entry.name)) return [];
    if (entry.isDirectory()) return filesUnder(path, accept, skip);
    return accept(entry.name) ? [path] : [];
  });
}

/** The Hindi interface text of each source, line by line, with where it stands. */
function hindiStrings(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  const xliff = join(root, 'packages', 'components', 'xliff', 'hi.xlf');
  readFileSync(xliff, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const [, target] of line.matchAll(/<target>(.*?)<\/target>/g)) {
        found.push({ where: `${relative(root, xliff)}:${index + 1}`, text: target ?? '' });
      }
    });
  const sources = [
    ...filesUnder(join(root, 'examples'), (name) => /\.(html|js|mjs)$/.test(name)),
    // The sandbox's own messages; the demo seed quotes officers and is not interface text.
    ...filesUnder(join(root, 'packages', 'sandbox', 'src'), (name) => name.endsWith('.ts'), [
      'seed',
      'generated',
    ]),
  ];
  for (const file of sources) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (/[\u0900-\u097F]/.test(line))
          found.push({ where: `${relative(root, file)}:${index + 1}`, text: line });
      });
  }
  return found;
}

/** Matches `word` only where no Devanagari letter or sign touches it (so नोट is not found in नोटशीट). */
function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\u0900-\\u097F])${escaped}(?![\\u0900-\\u097F])`, 'u');
}

describe('Hindi glossary', () => {
  const glossary = rules();

  it('reads the glossary', () => {
    assert.ok(glossary.length >= 15, `only ${glossary.length} rows read from docs/glossary.md`);
    assert.ok(glossary.some((rule) => rule.use === 'नस्ती' && rule.avoid.includes('फ़ाइल')));
  });

  it('finds Hindi interface strings to check', () => {
    assert.ok(hindiStrings().length > 200);
  });

  it('uses one term for each concept in every interface string', () => {
    const strings = hindiStrings();
    const offences: string[] = [];
    for (const rule of glossary) {
      for (const word of rule.avoid) {
        for (const { where, text } of strings) {
          if (wholeWord(word).test(text))
            offences.push(`${where}: "${word}" — use "${rule.use}" (${rule.concept})`);
        }
      }
    }
    assert.deepEqual(offences, []);
  });
});

// Translated text is built from whole sentences with placeholders, never by joining pieces: Hindi puts
// the verb last and the date before तक, so "valid until" + date reads backwards once translated
// ("वैध तिथि तक 15 जनवरी 2028" instead of "15 जनवरी 2028 तक वैध"). This reads every source file of
// the components with the TypeScript parser and fails on the shapes that join a msg() result to
// other text:
//   - msg(…) as an operand of `+`;
//   - msg(…) inside an untagged template literal beside any other text or value;
//   - in an html`` template, a msg(…) and another value with only punctuation or spaces between
//     them, no markup: a sentence put together out of pieces in the page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function isMsg(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';
}

/** The expression with parentheses, `as` and non-null assertions taken off. */
function bare(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current)
  )
    current = current.expression;
  return current;
}

/** Literal text between two substitutions joins them into one phrase when it holds no markup. */
function joins(text: string): boolean {
  return !/[<>]/.test(text) && /^[\s:;,.—–\-()'"]*$/.test(text) && !/^\s*\n\s*$/.test(text);
}

export function concatenations(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      if (isMsg(bare(node.left)) || isMsg(bare(node.right))) found.push(`${where(node)} msg() joined with +`);
    }
    if (ts.isTemplateExpression(node)) {
      const tag = ts.isTaggedTemplateExpression(node.parent) ? node.parent.tag.getText(source) : undefined;
      const spans = node.templateSpans;
      if (tag === undefined && !ts.isTaggedTemplateExpression(node.parent)) {
        const text = node.head.text + spans.map((s) => s.literal.text).join('');
        if (spans.some((s) => isMsg(bare(s.expression))) && (spans.length > 1 || text.trim() !== ''))
          found.push(`${where(node)} msg() inside a template string`);
      } else if (tag === 'html') {
        spans.forEach((span, i) => {
          const next = spans[i + 1];
          if (!next) return;
          const a = bare(span.expression);
          const b = bare(next.expression);
          if ((isMsg(a) || isMsg(b)) && joins(span.literal.text))
            found.push(`${where(span)} msg() beside another value in html\`\``);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('translated text is whole sentences', () => {
  it('finds the shapes it forbids', () => {
    const bad = [
      "const a = msg('Valid until') + ' ' + date;",
      'const b = `${msg("Valid until")} ${date}`;',
      'const c = html`<span>${msg("Issuer")}: ${issuer}; ${msg("valid until")} ${when}</span>`;',
    ];
    for (const line of bad) assert.equal(concatenations(join(root, 'probe.ts'), line).length > 0, true, line);
    const good = [
      'const a = msg(str`Valid until ${date}`);',
      'const b = html`<dt>${msg("Issuer")}</dt><dd>${issuer}</dd>`;',
      'const c = html`<p>${msg("Saved")}</p>\n  ${button}`;',
    ];
    for (const line of good) assert.deepEqual(concatenations(join(root, 'probe.ts'), line), [], line);
  });

  it('holds for every source file of the components', () => {
    const found = sources(root).flatMap((file) => concatenations(file, readFileSync(file, 'utf8')));
    assert.deepEqual(found, []);
  });
});

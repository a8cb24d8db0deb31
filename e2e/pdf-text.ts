// A small PDF reader for tests: the page count and the text of a PDF that Chromium printed. Chromium
// (Skia) writes plain objects with Flate-compressed streams, Type0/CID fonts subset per page, and a
// ToUnicode map per font; text is shown with hex glyph strings (Tj, TJ). That is all this handles.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | undefined;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const latin = pdf.toString('latin1');
  const pattern = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(latin))) {
    const start = match.index + match[0].length;
    const end = latin.indexOf('endobj', start);
    const body = latin.slice(start, end);
    const streamAt = body.indexOf('stream');
    let stream: Buffer | undefined;
    let dict = body;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      let dataStart = start + streamAt + 'stream'.length;
      if (latin[dataStart] === '\r') dataStart++;
      if (latin[dataStart] === '\n') dataStart++;
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const raw = pdf.subarray(dataStart, dataStart + length);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    out.set(Number(match[1]), { dict, stream });
  }
  return out;
}

/** The glyph → text map of a ToUnicode CMap (bfchar and bfrange). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, from, to] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(from ?? '', 16), utf16(to ?? ''));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, to] of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = parseInt(to ?? '', 16);
      for (let code = parseInt(lo ?? '', 16); code <= parseInt(hi ?? '', 16); code++)
        map.set(code, String.fromCharCode(first + code - parseInt(lo ?? '', 16)));
    }
  return map;
}

/** Page count and, per page, the text in drawing order (runs joined with spaces). */
export function readPdf(pdf: Buffer): { pages: number; text: string[]; mediaBoxes: number[][] } {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const pages = [...objs.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict));
  const text: string[] = [];
  const mediaBoxes: number[][] = [];
  for (const page of pages) {
    const box = /\/MediaBox\s*\[([^\]]+)\]/.exec(page.dict)?.[1];
    mediaBoxes.push((box ?? '').trim().split(/\s+/).map(Number));
    // Fonts of the page: resource name → glyph map.
    let resources = page.dict;
    const resourcesRef = ref(page.dict, 'Resources');
    if (Number.isFinite(resourcesRef)) resources = objs.get(resourcesRef)?.dict ?? '';
    const fontDictRef = ref(resources, 'Font');
    const fontDict = Number.isFinite(fontDictRef)
      ? (objs.get(fontDictRef)?.dict ?? '')
      : (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '');
    const fonts = new Map<string, Map<number, string>>();
    for (const [, name, id] of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objs.get(Number(id));
      const cmap = font ? objs.get(ref(font.dict, 'ToUnicode'))?.stream : undefined;
      fonts.set(name ?? '', cmap ? toUnicode(cmap.toString('latin1')) : new Map());
    }
    const contentRefs = [
      ...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
    ];
    const content = contentRefs
      .map(([, id]) => objs.get(Number(id))?.stream?.toString('latin1') ?? '')
      .join('\n');
    let glyphs = new Map<number, string>();
    const runs: string[] = [];
    const decode = (hex: string) => {
      const width = hex.length % 4 === 0 ? 4 : 2;
      return (hex.match(new RegExp(`.{${width}}`, 'g')) ?? [])
        .map((code) => glyphs.get(parseInt(code, 16)) ?? '')
        .join('');
    };
    for (const op of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)) {
      if (op[1]) glyphs = fonts.get(op[1]) ?? new Map();
      else if (op[2] !== undefined) runs.push(decode(op[2]));
      else if (op[3] !== undefined)
        runs.push([...op[3].matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, hex]) => decode(hex ?? '')).join(''));
    }
    text.push(runs.join(' '));
  }
  return { pages: pages.length, text, mediaBoxes };
}

// The custom-elements manifest (custom-elements.json) is read from the element classes' JSDoc
// (`@fires`, `@slot`, `@csspart`, `@cssprop`) and Lit's decorators; from it come the JSX typings for
// React 19, Preact, Solid and Vue, VS Code's custom data and JetBrains' web-types. `npm run generate` writes them all;
// `npm run check:generated` fails when they are stale. Globs cover every source file, so elements
// moved into new files or onto a shared base are picked up as they are.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Every element's folder index re-exports its class; its declarations ship under dist/types. */
const componentTypePath = (_name, tag) => `../dist/types/${tag}/index.js`;

/**
 * The analyzer lists modules in the order the file system globs them, which differs between machines
 * (a fresh clone in another folder gave another order): sort them by path so every output is the same
 * wherever it is generated. First in the list, so the typings and editor data made after it agree.
 */
function modulesInPathOrder() {
  return {
    name: 'eoffice-modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Elements are registered through `defineElement('eo-…', Class)` (which skips a tag already defined),
 * not `customElements.define`, so the analyzer cannot see their tags: read them from those calls.
 */
function tagsFromDefineElement() {
  return {
    name: 'eoffice-tags-from-define-element',
    packageLinkPhase({ customElementsManifest }) {
      const tags = new Map();
      for (const file of sourceFiles('src')) {
        for (const call of readFileSync(file, 'utf8').matchAll(
          /defineElement\(\s*['"](eo-[\w-]+)['"]\s*,\s*(\w+)/g,
        )) {
          tags.set(call[2], call[1]);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = declaration.kind === 'class' ? tags.get(declaration.name) : undefined;
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          module.exports = [
            ...(module.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: module.path },
            },
          ];
        }
      }
      const missing = [...tags].filter(
        ([name]) => !customElementsManifest.modules.some((m) => m.declarations?.some((d) => d.name === name)),
      );
      if (missing.length > 0)
        throw new Error(
          `custom-elements manifest: no class found for ${missing.map(([, tag]) => tag).join(', ')}`,
        );
    },
  };
}

/**
 * `@fires` gives an event's name and description; its detail type is declared in the global
 * `HTMLElementEventMap`. Typing each `eo-*` event through that map keeps the typings exact without
 * importing every detail type into them.
 */
function eventDetailTypes() {
  return {
    name: 'eoffice-event-detail-types',
    packageLinkPhase({ customElementsManifest }) {
      const declared = new Set();
      for (const file of sourceFiles('src')) {
        const text = readFileSync(file, 'utf8');
        for (const block of text.matchAll(/interface HTMLElementEventMap\s*\{([^}]*)\}/g)) {
          for (const entry of block[1].matchAll(/['"](eo-[\w-]+)['"]\s*:\s*CustomEvent</g))
            declared.add(entry[1]);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // A generic dispatch helper (`new CustomEvent(type, …)`) reads as an event named after its
          // variable; our events are all `eo-*` and documented with `@fires`.
          if (declaration.events)
            declaration.events = declaration.events.filter((e) => e.name?.startsWith('eo-'));
          for (const event of declaration.events ?? []) {
            if (declared.has(event.name))
              event.type = { text: `HTMLElementEventMap['${event.name}']['detail']` };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cdn.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    modulesInPathOrder(),
    tagsFromDefineElement(),
    eventDetailTypes(),
    customElementJsxPlugin({ outdir: 'types', fileName: 'jsx.d.ts', componentTypePath, hideLogs: true }),
    customElementSolidJsPlugin({
      outdir: 'types',
      fileName: 'solid.d.ts',
      componentTypePath,
      hideLogs: true,
    }),
    customElementVuejsPlugin({ outdir: 'types', fileName: 'vue.d.ts', componentTypePath, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', hideLogs: true }),
    customElementVsCodePlugin({
      outdir: 'vscode',
      htmlFileName: 'html-custom-data.json',
      cssFileName: 'css-custom-data.json',
      hideLogs: true,
    }),
  ],
};

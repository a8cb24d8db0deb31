// Solid JSX for the eo-* elements: `import type {} from '@eoffice/components/solid';` once in the app.
// The element types come from the generated solid.d.ts (`npm run generate`).
import type { CustomElements } from './solid.js';

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into JSX's own interface
    interface IntrinsicElements extends CustomElements {}
  }
}

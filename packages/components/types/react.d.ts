// React 19 JSX for the eo-* elements (properties, attributes and `on<event-name>` handlers with typed
// details): `import type {} from '@eoffice/components/react';` once in the app. The element types come
// from the generated jsx.d.ts (`npm run generate`).
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into JSX's own interface
    interface IntrinsicElements extends CustomElements {}
  }
}

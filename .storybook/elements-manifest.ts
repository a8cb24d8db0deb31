// Storybook learns our elements from the custom-elements manifest (`npm run generate`): the docs
// tables list each element's properties, attributes, events, slots, CSS parts and CSS properties, and
// every `eo-*` event an element fires is logged in the Actions panel.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import manifest from '../packages/components/custom-elements.json';

interface ManifestDeclaration {
  customElement?: boolean;
  events?: { name?: string }[];
}

setCustomElementsManifest(manifest);

/** Every event named in the manifest; they bubble and are composed, so the document hears them all. */
export const elementEvents = [
  ...new Set(
    manifest.modules
      .flatMap((module) => (module.declarations ?? []) as ManifestDeclaration[])
      .filter((declaration) => declaration.customElement)
      .flatMap((declaration) => declaration.events ?? [])
      .map((event) => event.name)
      .filter((name): name is string => Boolean(name?.startsWith('eo-'))),
  ),
];

for (const name of elementEvents) {
  const log = action(name);
  document.addEventListener(name, (event) => log((event as CustomEvent).detail));
}

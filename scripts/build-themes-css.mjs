// Writes @eoffice/components/themes.css from the built theme module, so a page can opt into the dark
// and high-contrast themes with a <link> instead of script (`adoptThemes`). One source: themeCss.
import { writeFileSync } from 'node:fs';
import { themeCss } from '../packages/components/dist/themes/index.js';

writeFileSync(new URL('../packages/components/dist/themes.css', import.meta.url), themeCss);

/**
 * The one-script-tag bundle: lit, the SDK and every component in one ES module, Hindi strings and
 * heavy parts (signing) in lazily loaded chunks beside it.
 *
 *   <script type="module" src="https://…/eoffice.js"></script>
 */
export * from './index.js';
// The SDK rides along so a page without a bundler can call the API too.
export * from '@eoffice/sdk';

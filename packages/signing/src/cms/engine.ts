import * as pkijs from 'pkijs';
import { subtleCrypto } from '../digest.js';

let engine: pkijs.CryptoEngine | undefined;

/**
 * pkijs's crypto engine over the platform WebCrypto. pkijs does not reliably find one by itself (it
 * looks for `self.crypto`, absent in Node), so it is set explicitly, once, for browsers and Node alike.
 */
export function cryptoEngine(): pkijs.CryptoEngine {
  if (!engine) {
    subtleCrypto(); // throws InsecureContextError on plain-HTTP origins, with a message that says why
    engine = new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto });
    pkijs.setEngine('webcrypto', engine);
  }
  return engine;
}

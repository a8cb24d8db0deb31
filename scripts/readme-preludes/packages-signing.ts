// What the signing README's fragments talk about, declared once (see scripts/test/readme-examples.node.test.ts).
import type { EOfficeClient } from '@eoffice/sdk';
import { loadCms, signDigest, type Signer } from '@eoffice/signing';

declare const client: EOfficeClient;
declare const noteId: string;
declare const signer: Signer;
void [loadCms, signDigest];

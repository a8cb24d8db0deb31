// What the signing README's fragments talk about, declared once (see scripts/test/readme-examples.node.test.ts).
/* eslint-disable @typescript-eslint/no-unused-vars -- declared for the README fragments appended after this prelude */
import type { EOfficeClient } from '@eoffice/sdk';
import { loadCms, signDigest, type Signer } from '@eoffice/signing';

declare const client: EOfficeClient;
declare const noteId: string;
declare const signer: Signer;

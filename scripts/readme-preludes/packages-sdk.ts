// What the SDK README's fragments talk about, declared once (see scripts/test/readme-examples.node.test.ts).
/* eslint-disable @typescript-eslint/no-unused-vars -- declared for the README fragments appended after this prelude */
import { ConflictError, type EOfficeClient, type Schemas } from '@eoffice/sdk';
import { signDigest, type Signer } from '@eoffice/signing';

declare const client: EOfficeClient;
declare const fileId: string;
declare const noteId: string;
declare const postId: string;
declare const file: Blob;
declare const paragraphs: Schemas['ParagraphInput'][];
declare const signer: Signer;
declare function fromBase64(text: string): Uint8Array;
declare function toBase64(bytes: Uint8Array): string;
declare function showMessage(text: string | undefined): void;
declare function refresh(movement: unknown): void;

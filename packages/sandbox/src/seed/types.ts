// Shapes of the demo seed (seed/data.ts). The runner consumes exactly these.
export interface SeedUnit {
  key: string;
  kind: 'department' | 'organisation' | 'office' | 'section';
  parentKey: string | null;
  code: string;
  name: { en: string; hi: string };
}
export interface SeedPost {
  key: string;
  unitKey: string;
  designation: { en: string; hi: string };
  marking: string;
  roles?: string[];
}
export interface SeedUser {
  key: string;
  username: string;
  password: string;
  name: { en: string; hi: string };
  email: string;
  postKeys: string[];
}
export interface SeedServiceClient {
  key: string;
  clientId: string;
  clientSecret: string;
  name: string;
  scopes: string[];
  postKey?: string;
}
export interface SeedStep {
  at: string;
  actor: string;
  operationId: string;
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  saveAs?: string;
  /**
   * For submitDraftSignature / submitNoteSignature: the runner signs the target's current signing
   * payload with a key certified by the sandbox CA for the actor, and sends that CMS as the body.
   */
  signWithSandboxKey?: boolean;
}
export interface SeedData {
  units: SeedUnit[];
  posts: SeedPost[];
  users: SeedUser[];
  serviceClients: SeedServiceClient[];
  steps: SeedStep[];
}

// A copy of the yellow note on this device (IndexedDB), written on every change, so text survives a
// reload, a crash or a dropped network until the server has it.

/** What is kept per file and user. */
export interface LocalCopy {
  /** `fileId|userId`. */
  key: string;
  fileId: string;
  userId: string;
  /** The paragraphs as the API takes them. */
  paragraphs: string[];
  /** When this copy was written (ms since the epoch, this device's clock). */
  savedAt: number;
  /** The yellow note this copy edits, once the server has one. */
  noteId: string | undefined;
  /** ETag of the server version this copy was based on. */
  baseEtag: string | undefined;
  /** True when the server holds exactly this text. */
  synced: boolean;
}

const DB_NAME = 'eoffice-notesheet';
const STORE = 'drafts';

export function localKey(fileId: string, userId: string): string {
  return `${fileId}|${userId}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the database: let it, and reopen next time.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB open blocked'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(STORE, mode);
  const result = await request(body(tx.objectStore(STORE)));
  if (mode === 'readwrite') {
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  }
  return result;
}

/** Writes run in order, and a read waits for the writes before it (a reload must see the last keystroke). */
let writes: Promise<unknown> = Promise.resolve();

function queued<T>(body: () => Promise<T>): Promise<T> {
  const next = writes.then(body, body);
  writes = next.catch(() => undefined);
  return next;
}

/** The copy kept for a file and user, if any. */
export async function readLocal(key: string): Promise<LocalCopy | undefined> {
  await writes;
  return (await run('readonly', (s) => s.get(key) as IDBRequest<LocalCopy | undefined>)) ?? undefined;
}

/** Copies waiting for their write, by key: typing is fast and IndexedDB is not. */
const waiting = new Map<string, { copy: LocalCopy; done: Promise<void> }>();

/**
 * Writes (replaces) the copy, after the writes before it. A copy still waiting for its turn is replaced
 * by a newer one of the same key, so a burst of typing becomes one write.
 */
export function writeLocal(copy: LocalCopy): Promise<void> {
  const pending = waiting.get(copy.key);
  if (pending) {
    pending.copy = copy;
    return pending.done;
  }
  const entry = { copy, done: Promise.resolve() };
  waiting.set(copy.key, entry);
  entry.done = queued(async () => {
    waiting.delete(copy.key);
    await run('readwrite', (s) => s.put(entry.copy));
  });
  return entry.done;
}

/** Forgets the copy (after confirm or discard). */
export function deleteLocal(key: string): Promise<void> {
  return queued(async () => {
    await run('readwrite', (s) => s.delete(key));
  });
}

// Writes years of synthetic but rule-abiding work into a sandbox database that already holds an
// organisation (the demo seed, or a test directory): files moved between the organisation's posts with
// a long tail of movements, returns, pull backs, copies, parked and closed files, notes in Hindi and
// English, receipts diarised, sent, received and put in files. Deterministic from its seed.
//
// Rows are inserted directly with prepared statements in large transactions (replaying a million
// movements through the API would take hours); the secondary indexes are dropped first and rebuilt at
// the end, which is several times faster than maintaining them row by row.
import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { REBUILD_SUMMARIES } from '../db/migrations/0007_report_summaries.js';
import { REBUILD_REVIEW_SUMMARIES } from '../db/migrations/0010_review_summaries.js';
import { REBUILD_FILE_ORIGINS } from '../db/migrations/0008_folders_and_origins.js';
import { seededIds, trackingCode } from '../ids.js';
import { fileHeads } from '../master-data.js';
import { seededRandom, type Random } from './random.js';

export interface GenerateOptions {
  /** Files to create; receipts are about half as many. */
  files: number;
  seed?: number;
  /** The last instant of the history; every movement is before it. */
  until?: Date;
  /** How far back the oldest file goes. */
  years?: number;
  /** Called after each committed batch with the files written so far. */
  onProgress?: (files: number) => void;
}

export interface GenerateSummary {
  files: number;
  receipts: number;
  movements: number;
  notes: number;
  milliseconds: number;
}

/** A fixed end, so the same seed gives the same database whenever it runs. */
export const DEFAULT_UNTIL = new Date('2026-12-01T00:00:00.000Z');
const DAY = 86_400_000;
const BATCH = 2_000;
/** One file in a thousand has a very long history (the tracker's worst case). */
const LONG_FILE_SHARE = 0.001;
const LONG_FILE_MOVES = 1_000;

interface Post {
  id: string;
  unitId: string;
  officeId: string;
  userId: string;
}

interface Org {
  posts: Post[];
  bySection: Map<string, Post[]>;
  byOffice: Map<string, Post[]>;
  sections: { id: string; code: string }[];
  unitCode: Map<string, string>;
}

const OFFICE_KINDS = new Set(['office', 'organisation', 'department']);

function loadOrg(sqlite: SQLite.Database): Org {
  const units = sqlite.prepare('select id, kind, parent_id, code from units').all() as {
    id: string;
    kind: string;
    parent_id: string | null;
    code: string;
  }[];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const officeOf = (unitId: string) => {
    let unit = unitById.get(unitId);
    let last = unitId;
    while (unit) {
      if (OFFICE_KINDS.has(unit.kind)) return unit.id;
      last = unit.id;
      unit = unit.parent_id ? unitById.get(unit.parent_id) : undefined;
    }
    return last;
  };
  // Staffed posts only: someone has to act on each movement.
  const rows = sqlite
    .prepare(
      `select p.id, p.unit_id, (select up.user_id from user_posts up join users u on u.id = up.user_id
         where up.post_id = p.id and u.kind = 'user' order by up.position, u.id limit 1) as user_id
       from posts p where p.active = 1 order by p.id`,
    )
    .all() as { id: string; unit_id: string; user_id: string | null }[];
  const posts: Post[] = rows
    .filter((r) => r.user_id !== null)
    .map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      officeId: officeOf(r.unit_id),
      userId: r.user_id as string,
    }));
  const group = (key: (p: Post) => string) => {
    const map = new Map<string, Post[]>();
    for (const post of posts) map.set(key(post), [...(map.get(key(post)) ?? []), post]);
    return map;
  };
  const bySection = group((p) => p.unitId);
  const sections = units
    .filter((u) => u.kind === 'section' && bySection.has(u.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((u) => ({ id: u.id, code: u.code }));
  if (sections.length === 0 || posts.length < 2) {
    throw new Error('The database has no staffed sections: load the demo seed (--seed) first.');
  }
  return {
    posts,
    bySection,
    byOffice: group((p) => p.officeId),
    sections,
    unitCode: new Map(units.map((u) => [u.id, u.code])),
  };
}

const SUBJECTS = [
  { en: 'Non-payment of wages by contractor', hi: 'ठेकेदार द्वारा वेतन का भुगतान न किया जाना' },
  { en: 'Leave application of staff', hi: 'कर्मचारी का अवकाश आवेदन' },
  { en: 'Inspection of factory premises', hi: 'कारखाना परिसर का निरीक्षण' },
  { en: 'Registration of establishment', hi: 'स्थापना का पंजीयन' },
  { en: 'Budget estimates for the next year', hi: 'आगामी वर्ष के बजट अनुमान' },
  { en: 'Reply to Legislative Assembly question', hi: 'विधानसभा प्रश्न का उत्तर' },
  { en: 'Promotion of Assistant Grade-3', hi: 'सहायक ग्रेड-3 की पदोन्नति' },
  { en: 'Minimum wages revision', hi: 'न्यूनतम वेतन का पुनरीक्षण' },
  { en: 'RTI application regarding inspections', hi: 'निरीक्षणों के संबंध में सूचना का अधिकार आवेदन' },
  { en: 'Audit para compliance', hi: 'लेखा परीक्षा कंडिका का पालन' },
];
const REMARKS = [
  'Please examine and put up.',
  'For approval.',
  'Discussed. Issue the letter.',
  'Seen. May be filed.',
  'कृपया परीक्षण कर प्रस्तुत करें।',
  'अनुमोदनार्थ प्रस्तुत।',
  'चर्चा की गई। पत्र जारी करें।',
  'देखा गया, नस्ती में रखें।',
  null,
  null,
];
const NOTES = [
  'The proposal has been examined in the light of the rules in force.',
  'The representation may be forwarded to the district office for a report.',
  'प्रस्ताव का परीक्षण प्रचलित नियमों के प्रकाश में किया गया है।',
  'अभ्यावेदन पर जिला कार्यालय से प्रतिवेदन प्राप्त करना उचित होगा।',
  'अनुमोदन हेतु प्रस्तुत है।',
];
const SENDERS = [
  { name: 'Ramesh Kumar Verma', city: 'Bhopal' },
  { name: 'रमेश कुमार वर्मा', city: 'भोपाल' },
  { name: 'Collector, Sehore', city: 'Sehore' },
  { name: 'कलेक्टर, रायसेन', city: 'रायसेन' },
];
const PRIORITIES = [
  'normal',
  'normal',
  'normal',
  'normal',
  'normal',
  'normal',
  'immediate',
  'most_immediate',
];

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();

interface Statements {
  file: SQLite.Statement;
  receipt: SQLite.Statement;
  movement: SQLite.Statement;
  note: SQLite.Statement;
}

interface Movement {
  type: 'file' | 'receipt';
  itemId: string;
  action: string;
  kind: 'main' | 'copy';
  from: string | null;
  to: string | null;
  actor: string;
  remarks: string | null;
  at: number;
  readAt: number | null;
  pulledBackAt?: number | null;
  data: Record<string, unknown>;
}

/**
 * Secondary indexes and triggers of the bulk tables, dropped while inserting and made again afterwards
 * (the summaries the triggers keep are then rebuilt in one pass).
 */
function dropIndexes(sqlite: SQLite.Database): string[] {
  const objects = sqlite
    .prepare(
      `select type, name, sql from sqlite_master where type in ('index', 'trigger') and sql is not null
       and tbl_name in ('files', 'receipts', 'movements', 'notes')`,
    )
    .all() as { type: string; name: string; sql: string }[];
  for (const object of objects) sqlite.exec(`drop ${object.type} "${object.name}"`);
  return objects.map((i) => i.sql);
}

/** Times of `count` events after `start`, before `end`, with gaps that look like office work. */
function eventTimes(random: Random, start: number, end: number, count: number): number[] {
  const span = Math.max(end - start, 60_000);
  const gaps: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const gap = random.exponential(3 * DAY) + 60_000;
    gaps.push(gap);
    total += gap;
  }
  // A file cannot outlive the history: squeeze its gaps when they would run past the end.
  const scale = total > span * 0.98 ? (span * 0.98) / total : 1;
  const times: number[] = [];
  let at = start;
  for (const gap of gaps) {
    at += Math.max(1_000, Math.floor(gap * scale));
    times.push(at);
  }
  return times;
}

export function generateHistory(sqlite: SQLite.Database, options: GenerateOptions): GenerateSummary {
  const started = performance.now();
  const random = seededRandom(options.seed ?? 1);
  const ids = seededIds(`generated-history:${options.seed ?? 1}`);
  const until = (options.until ?? DEFAULT_UNTIL).getTime();
  const span = (options.years ?? 6) * 365 * DAY;
  const org = loadOrg(sqlite);
  const counters = new Map(
    (sqlite.prepare('select name, value from counters').all() as { name: string; value: number }[]).map(
      (c) => [c.name, c.value],
    ),
  );
  const nextCounter = (name: string, start: number) => {
    const value = (counters.get(name) ?? start - 1) + 1;
    counters.set(name, value);
    return value;
  };
  const codes = new Set<string>();
  for (const table of ['files', 'receipts']) {
    for (const row of sqlite.prepare(`select tracking_code from ${table}`).all() as {
      tracking_code: string;
    }[])
      codes.add(row.tracking_code);
  }
  const newCode = (id: string) => {
    for (let attempt = 0; ; attempt++) {
      const code = trackingCode(createHash('sha256').update(`${id}:${attempt}`).digest());
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };

  const insert: Statements = {
    file: sqlite.prepare(
      `insert into files (id, version, holder_post_id, section_id, creator_user_id, status, number,
        tracking_code, data, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    receipt: sqlite.prepare(
      `insert into receipts (id, version, holder_post_id, section_id, creator_user_id, status, number,
        tracking_code, data, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    movement: sqlite.prepare(
      `insert into movements (id, item_type, item_id, action, kind, from_post_id, to_post_id,
        actor_user_id, remarks, sent_at, read_at, pulled_back_at, data)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    note: sqlite.prepare(
      `insert into notes (id, file_id, version, status, author_user_id, author_post_id, sequence, data,
        created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  let movementCount = 0;
  const writeMovement = (m: Movement) => {
    movementCount += 1;
    insert.movement.run(
      ids.next('mov'),
      m.type,
      m.itemId,
      m.action,
      m.kind,
      m.from,
      m.to,
      m.actor,
      m.remarks,
      iso(m.at),
      m.readAt === null ? null : iso(m.readAt),
      m.pulledBackAt ? iso(m.pulledBackAt) : null,
      JSON.stringify(m.data),
    );
  };
  /** Someone else to send to: mostly in the same section, often in the same office, sometimes anywhere. */
  const recipient = (from: Post): Post => {
    const roll = random.next();
    const pool =
      roll < 0.55
        ? (org.bySection.get(from.unitId) ?? [])
        : roll < 0.85
          ? (org.byOffice.get(from.officeId) ?? [])
          : org.posts;
    const others = pool.filter((p) => p.id !== from.id);
    return random.pick(others.length > 0 ? others : org.posts.filter((p) => p.id !== from.id));
  };
  const age = () => span * Math.pow(random.next(), 1.6);

  const indexes = dropIndexes(sqlite);
  const filesBySection = new Map<
    string,
    { id: string; createdAt: number; nature: string; data: FileDataRow }[]
  >();
  let notes = 0;
  const writeFiles = sqlite.transaction((from: number, to: number) => {
    // The first file always has the long history, so even a small database has the tracker's worst case.
    for (let i = from; i < to; i++) generateFile(i === 0);
  });

  interface FileDataRow {
    correspondence: unknown[];
    [key: string]: unknown;
  }

  function generateFile(long: boolean) {
    const section = random.pick(org.sections);
    const creator = random.pick(org.bySection.get(section.id) ?? []);
    const fileAge = age();
    const createdAt = until - fileAge;
    const id = ids.next('file');
    const nature = random.chance(0.7) ? 'electronic' : 'physical';
    const priority = random.pick(PRIORITIES);
    const subject = random.pick(SUBJECTS);
    const language = random.chance(0.5) ? 'hi' : 'en';
    const sends =
      random.chance(LONG_FILE_SHARE) || long
        ? LONG_FILE_MOVES
        : Math.min(200, Math.floor(random.exponential(7)));
    const old = fileAge > 365 * DAY;
    const roll = random.next();
    const fate: 'closed' | 'parked' | 'open' =
      roll < (old ? 0.8 : 0.3) ? 'closed' : roll < (old ? 0.88 : 0.38) ? 'parked' : 'open';
    const times = eventTimes(random, createdAt, until, sends + 3);
    let t = 0;
    const at = () => times[t++] as number;
    const moves: Movement[] = [
      {
        type: 'file',
        itemId: id,
        action: 'create',
        kind: 'main',
        from: null,
        to: creator.id,
        actor: creator.userId,
        remarks: null,
        at: createdAt,
        readAt: createdAt,
        data: { priority, dueDate: null },
      },
    ];
    let holder = creator;
    let sender: Post | null = null;
    let everSent = false;
    let dueDate: string | null = null;
    const noteAuthors: { post: Post; at: number }[] = [];
    for (let s = 0; s < sends && moves.length < sends; s++) {
      const when = at();
      const roll = random.next();
      if (roll < 0.03 && moves.length + 2 <= sends) {
        // Parked for a while, then taken up again.
        for (const action of ['park', 'activate']) {
          moves.push({
            type: 'file',
            itemId: id,
            action,
            kind: 'main',
            from: holder.id,
            to: holder.id,
            actor: holder.userId,
            remarks: action === 'park' ? 'Awaiting report. / प्रतिवेदन की प्रतीक्षा।' : null,
            at: action === 'park' ? when : when + 1_000,
            readAt: when,
            data: { priority, dueDate: null },
          });
        }
        continue;
      }
      const back = roll < 0.13 && sender !== null && sender.id !== holder.id;
      const to = back ? (sender as Post) : recipient(holder);
      const due = !back && random.chance(0.1) ? isoDate(when + random.int(7, 30) * DAY) : null;
      if (due) dueDate = due;
      if (random.chance(0.04)) noteAuthors.push({ post: holder, at: when - 30_000 });
      const main: Movement = {
        type: 'file',
        itemId: id,
        action: back ? 'return' : 'send',
        kind: 'main',
        from: holder.id,
        to: to.id,
        actor: holder.userId,
        remarks: random.pick(REMARKS),
        at: when,
        readAt: when + Math.floor(random.exponential(DAY / 2)),
        data: { priority, dueDate: due },
      };
      moves.push(main);
      everSent = true;
      if (random.chance(0.06)) {
        const copy = recipient(holder);
        moves.push({ ...main, action: 'copy', kind: 'copy', to: copy.id, readAt: null });
      }
      if (!back && random.chance(0.03) && moves.length + 1 <= sends) {
        // Sent to the wrong desk and pulled back before it was opened.
        main.readAt = null;
        main.pulledBackAt = when + 60_000;
        moves.push({
          type: 'file',
          itemId: id,
          action: 'pull_back',
          kind: 'main',
          from: to.id,
          to: holder.id,
          actor: holder.userId,
          remarks: null,
          at: when + 60_000,
          readAt: when + 60_000,
          data: { priority, dueDate: null },
        });
        continue;
      }
      sender = holder;
      holder = to;
    }
    let status = everSent ? 'in_movement' : 'created';
    const finalAt = at();
    const data: FileDataRow = {
      numbering: {},
      computerNumber: nextCounter('file-computer-number', 1_000_001),
      nature,
      subject: `${subject[language]} (${id.slice(-5)})`,
      description: null,
      category: null,
      classification: random.chance(0.03) ? 'confidential' : 'normal',
      priority,
      creatorPostId: creator.id,
      dueDate,
      closedAt: null,
      parkedAt: null,
      everSent,
      correspondence: [],
    };
    if (fate === 'closed') {
      if (holder.id !== creator.id) {
        moves.push({
          type: 'file',
          itemId: id,
          action: 'return',
          kind: 'main',
          from: holder.id,
          to: creator.id,
          actor: holder.userId,
          remarks: 'Action completed. / कार्रवाई पूर्ण।',
          at: finalAt - 60_000,
          readAt: finalAt - 30_000,
          data: { priority, dueDate: null },
        });
        holder = creator;
      }
      moves.push({
        type: 'file',
        itemId: id,
        action: 'close',
        kind: 'main',
        from: creator.id,
        to: creator.id,
        actor: creator.userId,
        remarks: 'Closed. / नस्ती बंद।',
        at: finalAt,
        readAt: finalAt,
        data: { priority, dueDate: null },
      });
      status = 'closed';
      data.closedAt = iso(finalAt);
    } else if (fate === 'parked') {
      moves.push({
        type: 'file',
        itemId: id,
        action: 'park',
        kind: 'main',
        from: holder.id,
        to: holder.id,
        actor: holder.userId,
        remarks: 'Awaiting court decision. / न्यायालय के निर्णय की प्रतीक्षा।',
        at: finalAt,
        readAt: finalAt,
        data: { priority, dueDate: null },
      });
      status = 'parked';
      data.parkedAt = iso(finalAt);
    } else {
      // Some of what is pending has not been opened yet.
      const last = [...moves].reverse().find((m) => m.kind === 'main');
      if (last && last.action !== 'create' && last.action !== 'pull_back' && random.chance(0.3))
        last.readAt = null;
    }
    for (const m of moves) {
      if (m.readAt !== null) m.readAt = Math.min(m.readAt, until - 1);
      writeMovement(m);
    }
    // Notes: green ones along the way, and sometimes the holder's draft.
    noteAuthors.unshift({ post: creator, at: createdAt + 1_000 });
    let sequence = 0;
    for (const author of noteAuthors) {
      sequence += 1;
      const noteId = ids.next('note');
      insert.note.run(
        noteId,
        id,
        2,
        'green',
        author.post.userId,
        author.post.id,
        sequence,
        JSON.stringify({
          paragraphs: [{ number: sequence, html: `<p>${random.pick(NOTES)}</p>` }],
          references: [],
          confirmedAt: iso(author.at),
          locked: true,
          signatureId: null,
        }),
        iso(author.at),
        iso(author.at),
      );
    }
    if (fate === 'open' && random.chance(0.2)) {
      const noteId = ids.next('note');
      sequence += 1;
      insert.note.run(
        noteId,
        id,
        1,
        'yellow',
        holder.userId,
        holder.id,
        null,
        JSON.stringify({
          paragraphs: [{ number: null, html: `<p>${random.pick(NOTES)}</p>` }],
          references: [],
          confirmedAt: null,
          locked: false,
          signatureId: null,
        }),
        iso(finalAt),
        iso(finalAt),
      );
    }
    notes += sequence;
    const head = random.pick(fileHeads);
    const year = new Date(createdAt).getUTCFullYear();
    const prefix = `${head.basicHead}-${head.primaryHead}`;
    const serial = nextCounter(`sfs:${prefix}:${year}:${section.code}`, 1);
    data.numbering = {
      scheme: 'sfs',
      basicHead: head.basicHead,
      primaryHead: head.primaryHead,
      secondaryHead: null,
      serial,
      year,
      sectionCode: section.code,
    };
    const lastAt = moves[moves.length - 1]?.at ?? createdAt;
    const entry = { id, createdAt, nature, data };
    filesBySection.set(section.id, [...(filesBySection.get(section.id) ?? []), entry]);
    insert.file.run(
      id,
      moves.length + 1,
      holder.id,
      section.id,
      creator.userId,
      status,
      `${prefix}/${serial}/${year}-${section.code}`,
      newCode(id),
      JSON.stringify(data),
      iso(createdAt),
      iso(lastAt),
    );
  }

  const touchedFiles = new Set<{ id: string; data: FileDataRow }>();
  let receiptCount = 0;
  function generateReceipt() {
    receiptCount += 1;
    const diariser = random.pick(org.posts);
    const receiptAge = age();
    const createdAt = until - receiptAge;
    const id = ids.next('rcpt');
    const nature = random.chance(0.6) ? 'electronic' : 'physical';
    const priority = random.pick(PRIORITIES);
    const subject = random.pick(SUBJECTS);
    const year = new Date(createdAt + 330 * 60_000).toISOString().slice(0, 4);
    const unitCode =
      (org.unitCode.get(diariser.unitId) ?? 'X')
        .toUpperCase()
        .replace(/[^A-Z0-9.()-]/g, '')
        .slice(0, 20) || 'X';
    const running = nextCounter(`receipt:${diariser.unitId}:${year}`, 1);
    const sends = Math.min(12, Math.floor(random.exponential(2.5)));
    const times = eventTimes(random, createdAt, until, sends * 2 + 2);
    let t = 0;
    const at = () => times[t++] as number;
    const moves: Movement[] = [
      {
        type: 'receipt',
        itemId: id,
        action: 'create',
        kind: 'main',
        from: null,
        to: diariser.id,
        actor: diariser.userId,
        remarks: null,
        at: createdAt,
        readAt: createdAt,
        data: { priority, dueDate: null },
      },
    ];
    let holder = diariser;
    let received = true;
    for (let s = 0; s < sends; s++) {
      const when = at();
      const to = recipient(holder);
      const main: Movement = {
        type: 'receipt',
        itemId: id,
        action: 'send',
        kind: 'main',
        from: holder.id,
        to: to.id,
        actor: holder.userId,
        remarks: random.pick(REMARKS),
        at: when,
        readAt: when + Math.floor(random.exponential(DAY / 2)),
        data: { priority, dueDate: null },
      };
      moves.push(main);
      if (random.chance(0.05))
        moves.push({ ...main, action: 'copy', kind: 'copy', to: recipient(holder).id, readAt: null });
      holder = to;
      received = nature === 'electronic';
      if (nature === 'physical' && (s < sends - 1 || random.chance(0.8))) {
        // The paper reaches the desk some time after the electronic entry.
        const paper = Math.min(at(), when + Math.floor(random.exponential(DAY)) + 60_000);
        main.data = { ...main.data, receivedAt: iso(paper) };
        moves.push({
          type: 'receipt',
          itemId: id,
          action: 'receive',
          kind: 'main',
          from: holder.id,
          to: holder.id,
          actor: holder.userId,
          remarks: null,
          at: paper,
          readAt: paper,
          data: { priority, dueDate: null },
        });
        received = true;
      }
    }
    const finalAt = at();
    const old = receiptAge > 365 * DAY;
    const roll = random.next();
    let status = sends > 0 ? 'sent' : 'diarised';
    let holderId: string | null = holder.id;
    let fileId: string | null = null;
    let label: string | null = null;
    let closedBy: string | null = null;
    const candidates = (filesBySection.get(holder.unitId) ?? []).filter(
      (f) => f.createdAt < finalAt && !(nature === 'electronic' && f.nature === 'physical'),
    );
    if (received && roll < (old ? 0.6 : 0.35) && candidates.length > 0) {
      const file = random.pick(candidates.slice(-200));
      label = `C/${file.data.correspondence.length + 1}`;
      file.data.correspondence.push({
        label,
        receiptId: id,
        draftId: null,
        addedAt: iso(finalAt),
        addedByPostId: holder.id,
        dispatchNumber: null,
        subject: subject.en,
        date: isoDate(createdAt),
      });
      touchedFiles.add(file);
      fileId = file.id;
      status = 'put_in_file';
      holderId = null;
      moves.push({
        type: 'receipt',
        itemId: id,
        action: 'put_in_file',
        kind: 'main',
        from: holder.id,
        to: holder.id,
        actor: holder.userId,
        remarks: null,
        at: finalAt,
        readAt: finalAt,
        data: { priority, dueDate: null },
      });
    } else if (received && roll < (old ? 0.9 : 0.55)) {
      status = 'closed';
      closedBy = holder.id;
      moves.push({
        type: 'receipt',
        itemId: id,
        action: 'close',
        kind: 'main',
        from: holder.id,
        to: holder.id,
        actor: holder.userId,
        remarks: 'Filed. / अभिलेख में रखा गया।',
        at: finalAt,
        readAt: finalAt,
        data: { priority, dueDate: null },
      });
    }
    for (const m of moves) {
      if (m.readAt !== null) m.readAt = Math.min(m.readAt, until - 1);
      writeMovement(m);
    }
    const sender = random.pick(SENDERS);
    const data = {
      nature,
      classification: 'normal',
      priority,
      vip: random.chance(0.05),
      subject: subject[random.chance(0.5) ? 'hi' : 'en'],
      categoryId: random.pick(['cat_grvwages1', 'cat_grvsafety', 'cat_estleave1', 'cat_rtiappl01', null]),
      subCategoryId: null,
      language: random.chance(0.6) ? 'hi' : 'en',
      letterNumber: `${random.int(1, 999)}/${year}`,
      letterDate: isoDate(createdAt - random.int(1, 10) * DAY),
      receivedDate: isoDate(createdAt),
      diarisedDate: isoDate(createdAt),
      deliveryMode: nature === 'electronic' ? 'email' : 'ordinary_post',
      sender: { name: sender.name, address: sender.city },
      enclosures: [],
      remarks: null,
      diarisingPostId: diariser.id,
      received,
      fileId,
      correspondenceLabel: label,
      closedByPostId: closedBy,
      everSent: sends > 0,
    };
    insert.receipt.run(
      id,
      moves.length + 1,
      holderId,
      diariser.unitId,
      diariser.userId,
      status,
      `${running}/${year}/${unitCode}`,
      newCode(id),
      JSON.stringify(data),
      iso(createdAt),
      iso(moves[moves.length - 1]?.at ?? createdAt),
    );
  }

  for (let done = 0; done < options.files; done += BATCH) {
    writeFiles(done, Math.min(options.files, done + BATCH));
    options.onProgress?.(Math.min(options.files, done + BATCH));
  }
  const receipts = Math.round(options.files / 2);
  const writeReceipts = sqlite.transaction((count: number) => {
    for (let i = 0; i < count; i++) generateReceipt();
  });
  for (let done = 0; done < receipts; done += BATCH) writeReceipts(Math.min(BATCH, receipts - done));
  sqlite.transaction(() => {
    const update = sqlite.prepare('update files set data = ? where id = ?');
    for (const file of touchedFiles) update.run(JSON.stringify(file.data), file.id);
    const upsert = sqlite.prepare(
      'insert into counters (name, value) values (?, ?) on conflict (name) do update set value = excluded.value',
    );
    for (const [name, value] of counters) upsert.run(name, value);
  })();
  for (const ddl of indexes) sqlite.exec(ddl);
  sqlite.transaction(() => {
    for (const statement of [...REBUILD_SUMMARIES, ...REBUILD_REVIEW_SUMMARIES, ...REBUILD_FILE_ORIGINS])
      sqlite.exec(statement);
  })();
  sqlite.exec('analyze');
  return {
    files: options.files,
    receipts: receiptCount,
    movements: movementCount,
    notes,
    milliseconds: Math.round(performance.now() - started),
  };
}

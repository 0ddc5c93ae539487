import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Shape } from './zod-shape.ts';

// The example requests of the CVM reference (shared/seeds/001_*.txt, "4. 示例" / "5. 示例" of each action): per action,
// each example's title, its request parameters as the JSON an API 3.0 POST would carry, and the example answer's
// `Response`. The text was extracted from a PDF: page breaks drop the next page's title, its "最近更新时间" line, its
// "推荐使用 API Explorer" line and a run of link URLs into the middle of a JSON body or a GET URL, and long lines are cut
// in two. The reader below skips what cannot be JSON and joins a string or a URL cut across lines.

/** Where the reference lives, beside the repository (absent where only the repository is checked out). */
export const REFERENCE_PATH = fileURLToPath(new URL('../../../shared/seeds/001_1184e455eb353fcf.txt', import.meta.url));
export const referencePresent = () => existsSync(REFERENCE_PATH);

export interface ReferenceExample {
  action: string;
  /** 1 for "示例1"; the reference's own numbering. */
  number: number;
  title: string;
  /** The line of the reference where the example's "示例N" heading is (1-based). */
  line: number;
  /** How the reference sends it: a POST with a JSON body, or a GET with the parameters in the query string. */
  style: 'json' | 'query';
  /** The X-TC-Language header the example sets, if any. */
  language?: string;
  /**
   * The parameters: the JSON body as written, or the query string turned into the same nested form
   * (`Filters.0.Values.0=x` → `{ Filters: [{ Values: ['x'] }] }`), every value still a string.
   */
  params: Record<string, unknown>;
  /** The example answer's `Response` (RequestId included). */
  response: Record<string, unknown>;
}

export interface ReferenceExamples {
  /** Every action of the reference, in the order it documents them, with its examples (none for a few). */
  actions: Map<string, ReferenceExample[]>;
  /** What could not be read: `<action> 示例<n>: <why>`. Empty when the reader copes with the whole reference. */
  problems: string[];
}

const ACTION_LINE = /Action\s+是\s+String\s+公共参数，本接口取值：(\w+)。/;
const EXAMPLES_HEADING = /^\d\.\s*示例$/;
const SECTION_END = /^\d\.\s*(开发者资源|错误码)/;
const EXAMPLE_HEADING = /^示例(\d+)\s*(.*)$/;

/** Lines a page break drops into the text: links, the next page's dates and its API Explorer prompt. */
function isPageJunk(line: string): boolean {
  return /^(https?:\/\/|最近更新时间|推荐使用 API Explorer)/.test(line);
}

/**
 * The reference's lines with what page breaks dropped in blanked out (so line numbers stay): the links, the
 * "最近更新时间" line, the API Explorer prompt, and the page title just before the date — a line of Chinese text that is
 * none of the example's own markers (a break right after "输入示例" has no title before its date).
 */
export function blankPageBreaks(lines: readonly string[]): string[] {
  const out = lines.map((line) => (isPageJunk(line.trim()) ? '' : line));
  lines.forEach((line, i) => {
    if (!line.trim().startsWith('最近更新时间')) return;
    let before = i - 1;
    while (before >= 0 && out[before]!.trim() === '') before--;
    const title = out[before]?.trim() ?? '';
    if (/[\u4e00-\u9fff]/.test(title) && !/^(输入示例|输出示例|示例\d|\d\.\s|[{}[\]"&<])/.test(title)) out[before] = '';
  });
  return out;
}

/** Where a JSON line ends: inside a string (a cut line), or not. `start` says whether it starts inside one. */
function endsInsideString(line: string, start: boolean): boolean {
  let inside = start;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inside && c === '\\') i++;
    else if (c === '"') inside = !inside;
  }
  return inside;
}

/**
 * The JSON in `lines` (a body or an answer): page junk and blank lines dropped, a line that cannot start or continue JSON
 * (a page title) dropped, a string cut across lines joined back together.
 */
export function joinJson(lines: readonly string[]): string {
  let text = '';
  let inString = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || isPageJunk(line)) continue;
    if (inString) {
      // The rest of a cut string: kept as it is, joined without a space (the cut falls where the PDF wrapped).
      text += line;
      inString = endsInsideString(line, true);
      continue;
    }
    if (!/^[{}[\]",:\-0-9]|^(true|false|null)\b/.test(line)) continue;
    // A line wrapped after a key's colon, or between array items, is joined with a space.
    text += (text === '' ? '' : '\n') + line;
    inString = endsInsideString(line, false);
  }
  return text;
}

/** Sets `value` at a GET parameter's dotted name (`Filters.0.Values.0`), making arrays for numeric steps. */
function setPath(target: Record<string, unknown>, name: string, value: string): void {
  const steps = name.split('.');
  let at: Record<string, unknown> | unknown[] = target;
  steps.forEach((step, i) => {
    const key: string | number = /^\d+$/.test(step) && Array.isArray(at) ? Number(step) : step;
    const last = i === steps.length - 1;
    const container = at as Record<string | number, unknown>;
    if (last) {
      container[key] = value;
      return;
    }
    if (container[key] === undefined) container[key] = /^\d+$/.test(steps[i + 1]!) ? [] : {};
    at = container[key] as Record<string, unknown> | unknown[];
  });
}

/** A GET example's query string (`Action=…&InstanceIds.0=ins-…&<公共请求参数>`) as the nested JSON an API 3.0 POST carries. */
export function queryToParams(query: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of query.split('&')) {
    if (pair === '' || pair.startsWith('<')) continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (name === 'Action' || name === 'Version' || name === 'Region') continue;
    setPath(params, name, decodeURIComponent(value.replace(/\+/g, '%20')));
  }
  return params;
}

interface RequestPart {
  style: 'json' | 'query';
  language?: string;
  params: Record<string, unknown>;
}

function readRequest(lines: readonly string[]): RequestPart {
  const kept = lines.map((l) => l.trim()).filter((l) => l !== '');
  const first = kept.findIndex((l) => /^(GET|POST)\b/.test(l));
  if (first < 0) throw new Error('no request line');
  if (kept[first]!.startsWith('GET')) {
    // The URL, cut wherever the PDF wrapped it; its pieces join without spaces.
    const url = kept
      .slice(first)
      // What else a page break leaves (a section heading's broken pieces) is Chinese text with no parameter in it.
      .filter((l) => /^(GET|&)/.test(l) || l.includes('=') || !/[\u4e00-\u9fff]/.test(l))
      .join('')
      .replace(/^GET\s*/, '');
    const query = url.slice(url.indexOf('?') + 1);
    return { style: 'query', params: queryToParams(query) };
  }
  const language = kept.map((l) => /^X-TC-Language:\s*(\S+)/.exec(l)?.[1]).find((l) => l !== undefined);
  const bodyAt = kept.findIndex((l) => l.startsWith('<公共请求参数>'));
  const body = joinJson(kept.slice(bodyAt < 0 ? first + 1 : bodyAt + 1).filter((l) => !/^[\w-]+:\s/.test(l) || l.startsWith('"')));
  return { style: 'json', ...(language ? { language } : {}), params: body === '' ? {} : (JSON.parse(body) as Record<string, unknown>) };
}

function readResponse(lines: readonly string[]): Record<string, unknown> {
  const parsed = JSON.parse(joinJson(lines)) as { Response?: Record<string, unknown> };
  if (!parsed.Response || typeof parsed.Response !== 'object') throw new Error('the answer has no Response');
  return parsed.Response;
}

/** Reads every action's examples from the reference's text. */
export function parseReferenceExamples(text: string): ReferenceExamples {
  const raw = text.split('\n');
  const lines = blankPageBreaks(raw);
  const actions = new Map<string, ReferenceExample[]>();
  const problems: string[] = [];
  let action: string | undefined;
  let inExamples = false;
  /** The example being read: its heading and where its input and output start. */
  let current: { number: number; title: string; line: number; input?: number; output?: number } | undefined;

  const finish = (upTo: number) => {
    if (!current || !action) return;
    const { number, title, line, input, output } = current;
    current = undefined;
    if (input === undefined || output === undefined) {
      problems.push(`${action} 示例${number}: no 输入示例 or 输出示例`);
      return;
    }
    try {
      const request = readRequest(lines.slice(input + 1, output));
      const response = readResponse(lines.slice(output + 1, upTo));
      actions.get(action)!.push({ action, number, title, line: line + 1, ...request, response });
    } catch (error) {
      problems.push(`${action} 示例${number} (line ${line + 1}): ${(error as Error).message}`);
    }
  };

  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const named = ACTION_LINE.exec(line);
    if (named) {
      finish(i);
      inExamples = false;
      action = named[1]!;
      if (!actions.has(action)) actions.set(action, []);
      continue;
    }
    if (!action) continue;
    // The data structures, then the old API 2.0 pages (their examples are not API 3.0 requests): the actions are over.
    if (raw[i]!.trim() === '数据结构') break;
    if (EXAMPLES_HEADING.test(line)) {
      inExamples = true;
      continue;
    }
    if (!inExamples) continue;
    if (SECTION_END.test(line)) {
      finish(i);
      inExamples = false;
      continue;
    }
    const heading = EXAMPLE_HEADING.exec(line);
    if (heading) {
      finish(i);
      current = { number: Number(heading[1]), title: heading[2]!.trim(), line: i };
      continue;
    }
    if (!current) continue;
    if (line === '输入示例') current.input = i;
    else if (line === '输出示例') current.output = i;
  }
  finish(i);
  return { actions, problems };
}

// --- Which answer fields may be null -------------------------------------------------------------------------------

/** A field's line in an output table or a data structure: its name, then its type (on the same line or the next ones). */
const FIELD_LINE = /^([A-Z][A-Za-z0-9]*)(?:\s+(.*))?$/;
/** Words that are a type, not a field, when the PDF puts a field's type on lines of its own. */
const TYPE_WORDS = new Set(['String', 'Integer', 'Boolean', 'Float', 'Timestamp', 'ISO8601', 'Array', 'Object', 'Date', 'Long', 'Double']);
/** How the reference says a field may be null: "注意：此字段可能返回 null，表示取不到有效值。", "后付费模式本项为null". */
const NULL_NOTE = /可能返回\s*null|为\s*null/i;

/**
 * Reads the field lines of a table (an action's "3. 输出参数", or a data structure) and calls `nullable` with each field
 * whose description says it may be null. A name alone on its line has its type on the next lines; a line holding only a
 * type word (or "Array of", or the structure named after it) is that type, not a field.
 */
function readNullableFields(lines: readonly string[], nullable: (field: string) => void): void {
  let field: string | undefined;
  let awaitingType = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const match = FIELD_LINE.exec(line);
    if (match && !TYPE_WORDS.has(match[1]!) && !awaitingType) {
      field = match[1]!;
      awaitingType = match[2] === undefined;
      continue;
    }
    if (awaitingType && (match || /^Array of$/.test(line))) {
      awaitingType = /^Array of$/.test(line) || match?.[1] === 'Timestamp';
      continue;
    }
    awaitingType = false;
    if (field !== undefined && NULL_NOTE.test(line)) nullable(field);
  }
}

/**
 * By action: the names of the answer fields the reference says may be null, in the action's output table or in any data
 * structure that names the action among those it is "被如下接口引用" (each structure lists every action that answers it,
 * however deep). By name only: within one action's answer, a name means one thing.
 */
export function nullableFields(text: string): Map<string, Set<string>> {
  const raw = text.split('\n');
  const lines = blankPageBreaks(raw);
  const byAction = new Map<string, Set<string>>();
  const add = (action: string, field: string) => {
    if (!byAction.has(action)) byAction.set(action, new Set());
    byAction.get(action)!.add(field);
  };
  // The output tables: "3. 输出参数" up to the examples, in each action's section.
  let action: string | undefined;
  let start: number | undefined;
  let structures = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const named = ACTION_LINE.exec(line);
    if (named) action = named[1]!;
    else if (action && /^\d\.\s*输出参数$/.test(line)) start = i + 1;
    else if (action && start !== undefined && EXAMPLES_HEADING.test(line)) {
      const forAction = action;
      readNullableFields(lines.slice(start, i), (field) => add(forAction, field));
      start = undefined;
    }
    if (action && raw[i]!.trim() === '数据结构') {
      structures = i;
      break;
    }
  }
  // The data structures: each from its "被如下接口引用：A, B, …。" (which may run over lines) to the next one.
  if (structures < 0) return byAction;
  const references: { at: number; actions: string[]; body: number }[] = [];
  for (let i = structures; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '错误码列表' || raw[i]!.trim() === '更新历史') break;
    if (!line.startsWith('被如下接口引用')) continue;
    let list = line;
    let end = i;
    while (!list.trimEnd().endsWith('。') && end + 1 < lines.length) list += ` ${lines[++end]!.trim()}`;
    references.push({ at: i, actions: list.match(/[A-Z]\w+/g) ?? [], body: end + 1 });
    i = end;
  }
  references.forEach((reference, n) => {
    const until = references[n + 1]?.at ?? reference.body;
    readNullableFields(lines.slice(reference.body, until), (field) => {
      for (const name of reference.actions) add(name, field);
    });
  });
  return byAction;
}

/**
 * What the tests use of the reference, kept in the repository (the reference itself lives beside it and is absent where
 * only the repository is checked out, as in CI): every example, and the nullable answer fields by action. Written by
 * `node --import tsx test/contract/reference-examples.ts --write`; a unit test checks it against the reference where
 * the reference is present.
 */
export const FIXTURE_PATH = fileURLToPath(new URL('./reference-examples.json', import.meta.url));

interface Fixture {
  examples: ReferenceExample[];
  nullable: Record<string, string[]>;
}

/** The fixture as the reference gives it today. */
export function fixtureFromReference(text: string): string {
  const { actions, problems } = parseReferenceExamples(text);
  if (problems.length) throw new Error(`The reference has examples the reader cannot parse:\n${problems.join('\n')}`);
  const nullable = nullableFields(text);
  const fixture: Fixture = {
    examples: [...actions.values()].flat(),
    nullable: Object.fromEntries([...nullable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([action, fields]) => [action, [...fields].sort()])),
  };
  return `${JSON.stringify(fixture, null, 1)}\n`;
}

let fixture: Fixture | undefined;
function readFixture(): Fixture {
  fixture ??= JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Fixture;
  return fixture;
}

/** The reference's nullable answer fields by action. */
export function referenceNullableFields(): Map<string, Set<string>> {
  return new Map(Object.entries(readFixture().nullable).map(([action, fields]) => [action, new Set(fields)]));
}

/** The reference's examples, by action in the reference's order (actions without examples are absent). */
export function referenceExamples(): ReferenceExamples {
  const actions = new Map<string, ReferenceExample[]>();
  for (const example of readFixture().examples) actions.set(example.action, [...(actions.get(example.action) ?? []), example]);
  return { actions, problems: [] };
}

/** The reference's examples read from the reference itself (the parser's own tests). */
export const parseReference = (): ReferenceExamples => parseReferenceExamples(readFileSync(REFERENCE_PATH, 'utf8'));

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  writeFileSync(FIXTURE_PATH, fixtureFromReference(readFileSync(REFERENCE_PATH, 'utf8')));
  console.log(`examples and nullable fields → ${FIXTURE_PATH}`);
}

/**
 * A GET example's string values as the types the action's schema takes (`Limit=10` → 10, `ForceStop=false` → false);
 * a JSON example's quoted numbers and booleans likewise (`"DiskSize": "50"`, `"Enabled": "TRUE"`). Values the schema
 * does not know are left as they are (the emulator then says what it thinks of them).
 */
export function coerceToShape(value: unknown, shape: Shape | undefined): unknown {
  if (shape === undefined) return value;
  if (shape.kind === 'union') {
    for (const option of shape.options) {
      const coerced = coerceToShape(value, option);
      if (coerced !== value) return coerced;
    }
    return value;
  }
  if (typeof value === 'string') {
    if (shape.kind === 'number' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
    if (shape.kind === 'boolean' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
    return value;
  }
  if (Array.isArray(value)) return shape.kind === 'array' ? value.map((item) => coerceToShape(item, shape.element)) : value;
  if (value !== null && typeof value === 'object' && shape.kind === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coerceToShape(item, shape.fields.get(key)?.shape)]));
  }
  return value;
}

export type JsonKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'missing';

export function jsonKind(value: unknown): JsonKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as 'string' | 'number' | 'boolean' | 'object';
}

/**
 * Where an answer differs in shape from an example answer: every key of the example present in the answer with the same
 * JSON kind, recursively into objects and into the first element of arrays; an empty array where the example has items
 * is a difference. A null in the example says nothing about the kind, so anything is accepted there; a null in the
 * answer is accepted where the reference says the field may be null (`nullable`, by field name: see nullableFields).
 * Each difference reads `<path>: <what>`, the path as `InstanceSet[0].Placement.Zone`.
 */
export function shapeDifferences(example: unknown, answer: unknown, nullable: ReadonlySet<string> = new Set(), path = ''): string[] {
  const expected = jsonKind(example);
  if (expected === 'null') return [];
  const got = jsonKind(answer);
  const at = path || '(the answer)';
  const field = /(\w+)$/.exec(path)?.[1];
  if (got === 'null' && field !== undefined && nullable.has(field)) return [];
  if (got !== expected) return [`${at}: ${expected} in the example, ${got} in the answer`];
  if (expected === 'array') {
    const items = example as unknown[];
    if (items.length === 0) return [];
    if ((answer as unknown[]).length === 0) return [`${at}: empty, the example has items`];
    return shapeDifferences(items[0], (answer as unknown[])[0], nullable, `${path}[0]`);
  }
  if (expected === 'object') {
    const given = answer as Record<string, unknown>;
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) =>
      shapeDifferences(value, Object.hasOwn(given, key) ? given[key] : undefined, nullable, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

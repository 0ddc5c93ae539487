import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The error codes the CVM reference (shared/seeds/001_*.txt) documents for each action — the "6. 错误码" table of the
// action's section — and what the emulator makes of them: a code its source answers somewhere, or one its README lists
// among the documented codes it never produces, with why. documented-codes.test.ts holds the three together.

export const REFERENCE_PATH = fileURLToPath(new URL('../../../shared/seeds/001_1184e455eb353fcf.txt', import.meta.url));
export const referencePresent = () => existsSync(REFERENCE_PATH);
/** The extraction for the emulated actions, kept in the repository so the check runs on any checkout. */
export const FIXTURE_PATH = fileURLToPath(new URL('./documented-codes.json', import.meta.url));
export const EMULATOR_SRC = fileURLToPath(new URL('../../packages/emulator/src/', import.meta.url));
export const EMULATOR_README = fileURLToPath(new URL('../../packages/emulator/README.md', import.meta.url));

/** One action's documented codes, each with the reference line it is on (1-based). */
export interface ActionCodes {
  /** The line of the action's "1. 接口描述". */
  line: number;
  codes: [code: string, line: number][];
}

const SECTION_START = '1. 接口描述';
const ACTION_LINE = /^Action 是 String 公共参数，本接口取值：(\w+)。/;
const TABLE_START = '6. 错误码';
/** A code opens its row: letters and digits, dotted, first of the line, then its description or the line's end. */
const CODE = /^([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)(?:\s|$)/;
/** Lines of the PDF text that open with a capital but are no code: SDK lists, headers, links. */
const NOT_A_CODE = /^(SDK|API|Tencent|TencentCloud|GitHub|Gitee)\b/;
/** Where the reference's data structures begin (the last action's table ends there): a structure's "referred to by". */
const STRUCTURES = /^被如下接口引用/;

/**
 * Every API 3.0 action section of the reference and its error-code table. A section runs from its "1. 接口描述" to the
 * next one; its table from "6. 错误码" to the section's end. A row is a code and its description on one line, or the
 * code alone with the description on the lines after (long descriptions wrap); the PDF repeats the table's header
 * ("错误码 描述") and drops links between the rows, neither of which opens with a code.
 */
export function parseDocumentedCodes(text: string): Map<string, ActionCodes> {
  const lines = text.split('\n').map((line) => line.trim());
  const starts = lines.flatMap((line, index) => (line === SECTION_START ? [index] : []));
  const structures = lines.findIndex((line) => STRUCTURES.test(line));
  const sections = new Map<string, ActionCodes>();
  starts.forEach((start, n) => {
    const end = Math.min(starts[n + 1] ?? lines.length, structures > start ? structures : lines.length);
    let action: string | undefined;
    let inTable = false;
    const codes: [string, number][] = [];
    for (let i = start; i < end; i++) {
      const line = lines[i]!;
      action ??= ACTION_LINE.exec(line)?.[1];
      if (line === TABLE_START) {
        inTable = true;
        continue;
      }
      const code = inTable ? CODE.exec(line)?.[1] : undefined;
      // A code has a lower-case letter (no all-capitals heading) and is not a run of prose.
      if (code && !NOT_A_CODE.test(line) && /[a-z]/.test(code)) codes.push([code, i + 1]);
    }
    // The legacy API 2017 pages after the reference's own have no such Action line, and so no section here.
    if (action && !sections.has(action)) sections.set(action, { line: start + 1, codes });
  });
  return sections;
}

export const readFixture = (): Record<string, ActionCodes> => JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, ActionCodes>;

/** These actions' sections, in the emulator's order of actions: what the fixture holds. */
export function fixtureOf(sections: Map<string, ActionCodes>, actions: readonly string[]): Record<string, ActionCodes> {
  return Object.fromEntries(actions.flatMap((action) => (sections.has(action) ? [[action, sections.get(action)!]] : [])));
}

/** The fixture's text: one action a line. */
export function fixtureText(fixture: Record<string, ActionCodes>): string {
  const lines = Object.entries(fixture).map(([action, codes]) => `  ${JSON.stringify(action)}: ${JSON.stringify(codes)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The emulator's source that answers CVM actions: everything but other services' own folders and the messages' table. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return OTHER_SERVICES.some((other) => path.endsWith(other)) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !NOT_ANSWERS.includes(entry.name) ? [path] : [];
  });
}

/**
 * Folders of the services that answer no CVM action (VPC stays in: CVM's actions use its interface rules), and the
 * one file that names every code without answering any: the zh-CN descriptions of all of them (http/error-texts-zh.ts).
 */
const OTHER_SERVICES = ['services/hai', 'services/batch', 'services/tag', 'services/monitor', 'services/sts', 'aliyun'].map((p) => join(...p.split('/')));
const NOT_ANSWERS = ['error-texts-zh.ts'];

/** Every string literal in the emulator's source that is written like a code ('X.Y', "X", `X.Y`). */
export function codesInSource(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(EMULATOR_SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)['"`]/g)) found.add(match[1]!);
  }
  return found;
}

/** The source text of the emulator, for checks on what it does (states it never enters). */
export const emulatorSource = (): string =>
  sourceFiles(EMULATOR_SRC)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

/** The README's section of documented codes the emulator never produces: each row's codes (`backticked`) and why. */
export const NOT_PRODUCED_HEADING = '## Documented codes it never produces';

export function notProducedTable(readme: string): { codes: string[]; why: string }[] {
  const start = readme.indexOf(`\n${NOT_PRODUCED_HEADING}\n`);
  if (start < 0) throw new Error(`The emulator README has no "${NOT_PRODUCED_HEADING}" section`);
  const rest = readme.slice(start + NOT_PRODUCED_HEADING.length + 2);
  const section = rest.slice(0, rest.search(/\n## /) >= 0 ? rest.search(/\n## /) : rest.length);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\|\s*-/.test(line))
    .slice(1) // the header row
    .map((line) => {
      const [codes = '', why = ''] = line.slice(1, -1).split(' | ');
      return { codes: [...codes.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), why: why.trim() };
    });
}

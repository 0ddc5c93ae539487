import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TENCENT_SERVICES } from '@cvm/emulator';
import { INSTANCE_STATES, instanceStateErrorCode } from '@cvm/shared';
import {
  EMULATOR_README,
  FIXTURE_PATH,
  NOT_PRODUCED_HEADING,
  REFERENCE_PATH,
  codesInSource,
  emulatorSource,
  fixtureOf,
  fixtureText,
  notProducedTable,
  parseDocumentedCodes,
  readFixture,
  referencePresent,
} from './documented-codes.ts';

// Every error code the CVM reference documents for an emulated CVM action (the action's "6. 错误码" table) is either
// answered by the emulator — its source has the code as a string, or builds it as a state's code (stateError) for a
// state its instances take — or listed in the emulator README's table of documented codes it never produces, with why;
// never both, and the table names no code the reference does not document. The reference's tables are kept in
// documented-codes.json (so the check runs on any checkout) and compared with the reference where it is present;
// `UPDATE_DOCUMENTED_CODES=1` rewrites the file from it (then `npx biome format --write` it).

const EMULATED = TENCENT_SERVICES.cvm!.map((handler) => handler.spec.action);

/**
 * Instance states the emulator never puts an instance in: it has no live migration. Their UnsupportedOperation.InstanceState*
 * codes are listed in the README; every other state's code is answered by the state rules (stateError).
 */
const STATES_NEVER_ENTERED = ['ENTER_SERVICE_LIVE_MIGRATE', 'SERVICE_LIVE_MIGRATE', 'EXIT_SERVICE_LIVE_MIGRATE'];

describe('the documented codes of the emulated CVM actions', () => {
  it.runIf(referencePresent())('are the reference’s error-code tables, as kept in documented-codes.json', () => {
    const sections = parseDocumentedCodes(readFileSync(REFERENCE_PATH, 'utf8'));
    expect(
      EMULATED.filter((action) => !sections.has(action)),
      'emulated actions the reference has no section for',
    ).toEqual([]);
    // The reader against the English digest's counts (shared/api/instances.md): 28 for StartInstances, 75 for ResetInstancesType.
    expect(sections.get('StartInstances')!.codes).toHaveLength(28);
    expect(sections.get('ResetInstancesType')!.codes).toHaveLength(75);
    expect(sections.get('RunInstances')!.codes).toHaveLength(161);
    const extracted = fixtureOf(sections, EMULATED);
    if (process.env.UPDATE_DOCUMENTED_CODES === '1') writeFileSync(FIXTURE_PATH, fixtureText(extracted));
    expect(readFixture(), 'documented-codes.json is out of date: rerun with UPDATE_DOCUMENTED_CODES=1').toEqual(extracted);
  });

  const fixture = readFixture();
  const documented = new Map<string, string[]>();
  for (const action of EMULATED) for (const [code] of fixture[action]?.codes ?? []) documented.set(code, [...(documented.get(code) ?? []), action]);
  const source = codesInSource();
  const statesEntered = INSTANCE_STATES.filter((state) => !STATES_NEVER_ENTERED.includes(state));
  const produced = (code: string) => source.has(code) || statesEntered.some((state) => instanceStateErrorCode(state) === code);
  const table = notProducedTable(readFileSync(EMULATOR_README, 'utf8'));
  const listed = table.flatMap((row) => row.codes);

  it('covers every emulated CVM action', () => {
    expect(EMULATED.length).toBeGreaterThan(50);
    expect(EMULATED.filter((action) => !fixture[action])).toEqual([]);
  });

  it('are each produced by the emulator or listed in its README as never produced', () => {
    const neither = [...documented].filter(([code]) => !produced(code) && !listed.includes(code)).map(([code, actions]) => `${code} (${actions.join(', ')})`);
    expect(neither, `documented codes neither produced nor in the README's "${NOT_PRODUCED_HEADING}"`).toEqual([]);
  });

  it('lists none the emulator produces, none twice, and none the emulated actions do not document', () => {
    expect(
      listed.filter((code) => produced(code)),
      'codes the README says are never produced that the emulator answers: take them out of the table',
    ).toEqual([]);
    expect(listed.filter((code, index) => listed.indexOf(code) !== index)).toEqual([]);
    expect(listed.filter((code) => !documented.has(code))).toEqual([]);
    expect(table.filter((row) => !row.why || !row.codes.length)).toEqual([]);
  });

  it('never puts an instance in the states whose codes it counts as not produced', () => {
    const source = emulatorSource();
    for (const state of STATES_NEVER_ENTERED) {
      expect(source, state).not.toMatch(new RegExp(`(InstanceState\\s*[:=]|\\bto:|\\bstate:)\\s*'${state}'`));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { actionGroupsIn, collectActions } from './collect-actions.ts';
import type { ActionGroup, Placement } from './ui-action.ts';

const action = (id: string, group: ActionGroup, order: number, offeredIn: Placement[]) => ({ default: { id, group, order, offeredIn } });

describe('collectActions', () => {
  it('orders actions by group, then by their own order, whatever the files are called', () => {
    const actions = collectActions({
      './a.action.ts': action('grow', 'change', 2, ['row']),
      './b.action.ts': action('stop', 'lifecycle', 2, ['toolbar', 'row']),
      './c.action.ts': action('batch', 'handover', 1, ['toolbar']),
      './d.action.ts': action('start', 'lifecycle', 1, ['toolbar', 'row']),
      './e.action.ts': action('rename', 'change', 1, ['row']),
    });
    expect(actions.map((a) => a.id)).toEqual(['start', 'stop', 'rename', 'grow', 'batch']);
  });

  it('refuses two actions with one id, and a file without a default export', () => {
    expect(() => collectActions({ './a.action.ts': action('stop', 'lifecycle', 1, []), './b.action.ts': action('stop', 'change', 1, []) })).toThrow(
      /Two actions have the id "stop"/,
    );
    expect(() => collectActions({ './a.action.ts': {} as never })).toThrow(/a\.action\.ts must export its action as default/);
  });
});

describe('actionGroupsIn', () => {
  it('keeps only the actions offered in a place, grouped, leaving out empty groups', () => {
    const actions = collectActions({
      './a.action.ts': action('start', 'lifecycle', 1, ['toolbar', 'row']),
      './b.action.ts': action('rename', 'change', 1, ['row', 'detail']),
      './c.action.ts': action('batch', 'handover', 1, ['toolbar', 'detail']),
    });
    const ids = (placement: Placement) => actionGroupsIn(actions, placement).map(({ group, actions: inGroup }) => [group, inGroup.map((a) => a.id)]);
    expect(ids('toolbar')).toEqual([
      ['lifecycle', ['start']],
      ['handover', ['batch']],
    ]);
    expect(ids('row')).toEqual([
      ['lifecycle', ['start']],
      ['change', ['rename']],
    ]);
    expect(ids('detail')).toEqual([
      ['change', ['rename']],
      ['handover', ['batch']],
    ]);
  });
});

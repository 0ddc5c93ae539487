import { ACTION_GROUPS, type ActionGroup, type Placement, type UiAction } from './ui-action.ts';

/** What collecting and placing needs of an action, whatever it acts on. */
type AnyAction = Pick<UiAction<unknown, unknown>, 'id' | 'group' | 'order' | 'offeredIn'>;

/**
 * The actions of a feature from its action files, in the order they are shown: by group, then by each one's `order`.
 * Features pass `import.meta.glob('./*.action.ts', { eager: true })`, so adding a file is all it takes to offer an
 * action everywhere it says; no list is kept by hand. Two files with one id would draw two buttons with one key and
 * make one of them unreachable by name: refused here, at load, in every test that renders the feature.
 */
export function collectActions<A extends AnyAction>(modules: Record<string, { default: A }>): readonly A[] {
  const actions = Object.entries(modules).map(([file, module]) => {
    if (!module.default) throw new Error(`${file} must export its action as default`);
    return module.default;
  });
  const ids = new Set<string>();
  for (const action of actions) {
    if (ids.has(action.id)) throw new Error(`Two actions have the id "${action.id}"`);
    ids.add(action.id);
  }
  return actions.sort((a, b) => ACTION_GROUPS.indexOf(a.group) - ACTION_GROUPS.indexOf(b.group) || a.order - b.order);
}

/** The actions offered in `placement`, grouped, in order; empty groups are left out. */
export function actionGroupsIn<A extends AnyAction>(actions: readonly A[], placement: Placement): { group: ActionGroup; actions: A[] }[] {
  return ACTION_GROUPS.map((group) => ({
    group,
    actions: actions.filter((action) => action.group === group && action.offeredIn.includes(placement)),
  })).filter(({ actions: inGroup }) => inGroup.length > 0);
}

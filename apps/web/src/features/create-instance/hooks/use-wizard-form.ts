import { useCallback, useEffect, useState } from 'react';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from '../state/wizard-storage.ts';
import { emptyForm, withRegionChanged, type WizardForm } from '../state/wizard-form.ts';

export type FormUpdate = Partial<WizardForm> | ((form: WizardForm) => WizardForm);

/**
 * The wizard's choices, restored from this tab's sessionStorage and saved back on every change. The region is the
 * page's (from the URL): when it differs from the draft's, the choices that only exist in one region (zone, network,
 * key pair, own image) are dropped and the rest kept.
 */
export function useWizardForm(region: string | undefined) {
  const [state, setState] = useState<StoredDraft & { restored: boolean }>(() => {
    const draft = loadDraft();
    return draft ? { ...draft, restored: true } : { region: '', form: emptyForm(), restored: false };
  });
  // The region of the draft found at load: its choices there are the person's, not defaults to fill in.
  const [restoredRegion] = useState(() => (state.restored ? state.region : undefined));

  // Adjusted during render, so no frame shows another region's zone or network.
  if (region && state.region !== region) {
    setState({ region, form: state.region ? withRegionChanged(state.form) : state.form, restored: state.restored });
  }

  useEffect(() => {
    if (state.region) saveDraft({ region: state.region, form: state.form });
  }, [state.region, state.form]);

  const update = useCallback(
    (change: FormUpdate) =>
      setState((s) => ({ ...s, form: typeof change === 'function' ? change(s.form) : { ...s.form, ...change } })),
    [],
  );
  const replace = useCallback((form: WizardForm) => setState((s) => ({ ...s, form, restored: false })), []);
  // A fresh start counts as a new wizard for the defaults that fill in once (the default security group).
  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => {
    setState((s) => ({ ...s, form: emptyForm(), restored: false }));
    setGeneration((g) => g + 1);
  }, []);
  /** After a purchase: the next wizard starts afresh. */
  const discard = useCallback(() => clearDraft(), []);

  return {
    form: state.form,
    ready: Boolean(region) && state.region === region,
    restored: state.restored,
    restoredRegion,
    generation,
    update,
    replace,
    reset,
    discard,
  };
}

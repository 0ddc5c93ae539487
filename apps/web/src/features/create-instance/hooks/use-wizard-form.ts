import { useCallback, useEffect, useState } from 'react';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from '../state/wizard-storage.ts';
import { emptyForm, withRegionChanged, type WizardForm } from '../state/wizard-form.ts';

export type FormUpdate = Partial<WizardForm> | ((form: WizardForm) => WizardForm);

const apply = (form: WizardForm, change: FormUpdate) => (typeof change === 'function' ? change(form) : { ...form, ...change });

/**
 * The wizard's choices, restored from this tab's sessionStorage and saved back on every change. `place` is the page's
 * account and region (from the URL): when it differs from the draft's, the choices that only exist in one account and
 * region (zone, network, key pair, own image) are dropped and the rest kept.
 *
 * `update` is the person's own change; `fill` is a default the wizard chose for them. Only the former makes a draft
 * worth announcing as "restored" after a reload.
 */
export function useWizardForm(place: string | undefined) {
  const [initial] = useState(loadDraft);
  const [state, setState] = useState<StoredDraft>(() => initial ?? { place: '', form: emptyForm(), touched: false });
  // Whether the page opened on the person's unfinished choices; replaced or reset, it no longer does.
  const [restored, setRestored] = useState(Boolean(initial?.touched));

  // Adjusted during render, so no frame shows another region's zone or network.
  if (place && state.place !== place) {
    setState({ ...state, place, form: state.place ? withRegionChanged(state.form) : state.form });
  }

  useEffect(() => {
    if (state.place) saveDraft(state);
  }, [state]);

  const update = useCallback((change: FormUpdate) => setState((s) => ({ ...s, form: apply(s.form, change), touched: true })), []);
  const fill = useCallback((change: FormUpdate) => setState((s) => ({ ...s, form: apply(s.form, change) })), []);
  const replace = useCallback((form: WizardForm) => {
    setState((s) => ({ ...s, form, touched: true }));
    setRestored(false);
  }, []);
  // A fresh start counts as a new wizard for the defaults that fill in once (the default security group).
  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => {
    setState((s) => ({ ...s, form: emptyForm(), touched: false }));
    setRestored(false);
    setGeneration((g) => g + 1);
  }, []);
  /** After a purchase: the next wizard starts afresh. */
  const discard = useCallback(() => clearDraft(), []);

  return {
    form: state.form,
    ready: Boolean(place) && state.place === place,
    restored,
    /** Where the person's draft found at load was made: its choices there are theirs, not defaults to fill in. */
    restoredPlace: initial?.touched ? initial.place : undefined,
    generation,
    update,
    fill,
    replace,
    reset,
    discard,
  };
}

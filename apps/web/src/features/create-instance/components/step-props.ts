import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { FormUpdate } from '../hooks/use-wizard-form.ts';
import type { WizardLists } from '../hooks/use-wizard-lists.ts';
import type { Problem } from '../state/validate.ts';
import type { WizardForm } from '../state/wizard-form.ts';

/** What every step receives: the choices, a way to change them, the lists to choose from and the current problems. */
export interface StepProps {
  scope: CloudScope | undefined;
  form: WizardForm;
  update: (change: FormUpdate) => void;
  lists: WizardLists;
  problems: Problem[];
  /** The person tried to leave this step: empty required fields are now pointed out too. */
  attempted: boolean;
}

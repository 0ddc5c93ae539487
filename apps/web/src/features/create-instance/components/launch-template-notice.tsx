import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert, FormSuccess } from '../../../components/ui/form-alert.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import type { TemplatePrefill } from '../hooks/use-template-prefill.ts';
import type { LaunchTemplateRef } from '../state/wizard-form.ts';
import { launchTemplateWords } from './launch-template-words.ts';

interface LaunchTemplateNoticeProps {
  prefill: TemplatePrefill | undefined;
  /** The version the wizard buys from, when it was filled in from one or saved as one. */
  from: LaunchTemplateRef | undefined;
  /** Just saved: the words, and where the templates are listed. */
  saved: string | undefined;
  templatesHref: string;
  onStopUsing: () => void;
}

/** Where the wizard stands with launch templates: being filled in from one, buying from one, just saved as one. */
export function LaunchTemplateNotice({ prefill, from, saved, templatesHref, onStopUsing }: LaunchTemplateNoticeProps) {
  const m = useLocalized(launchTemplateWords);
  const note = 'mb-4 rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-fg-muted';
  return (
    <>
      {prefill?.kind === 'loading' && (
        <p className={note} role="status">
          <Spinner className="mr-2" />
          {m.prefilling(prefill.id)}
        </p>
      )}
      {prefill?.kind === 'missing' && <FormAlert className="mb-4">{m.prefillMissing(prefill.id, prefill.version)}</FormAlert>}
      {prefill?.kind === 'failed' && <ErrorPanel className="mb-4" error={prefill.error} title={m.prefillFailed(prefill.id)} />}
      {saved && (
        <FormSuccess className="mb-4">
          {saved}{' '}
          <AppLink href={templatesHref} className="font-medium underline">
            {m.openTemplates}
          </AppLink>
        </FormSuccess>
      )}
      {from && (
        <div className={`${note} flex flex-wrap items-center justify-between gap-2`} data-testid="launch-template-source">
          <p>
            <span className="font-medium text-fg">{m.fromTemplate(from.name, from.version)}</span> {m.fromTemplateHint}
          </p>
          <Button onClick={onStopUsing}>{m.stopUsing}</Button>
        </div>
      )}
    </>
  );
}

import { useId, useMemo, useState, type FormEvent } from 'react';
import { HAI_DISK_TYPES, type HaiApplication, type HaiDiskType } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useFormatCurrency } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useBundleQuotes } from '../api/bundle-quotes.ts';
import { useRunHaiInstances } from '../api/run-hai-instances.ts';
import { defaultDiskSize, emptyHaiForm, haiFormProblems, quoteDiskSize, toPurchase, type HaiForm, type HaiFormProblem } from '../state/hai-form.ts';
import { BundlePicker } from './bundle-picker.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { haiMessages, type HaiMessages } from '../messages.ts';

function problemText(h: HaiMessages, problem: HaiFormProblem | undefined): string | undefined {
  if (!problem) return undefined;
  const words = h.form.problems;
  if (problem.field === 'diskSize') {
    if (problem.kind === 'whole') return words.whole;
    if (problem.kind === 'belowApplication') return words.belowApplication(problem.min, problem.application);
    return words.diskRange(problem.min, problem.max);
  }
  if (problem.field === 'count') return words.countRange(problem.min, problem.max);
  return words.nameTooLong(problem.max, problem.length);
}

interface CreateHaiDialogProps {
  scope: CloudScope;
  applications: HaiApplication[];
  initialApplication?: HaiApplication;
  onClose: () => void;
  onCreated: (instanceIds: string[]) => void;
}

/**
 * Buys HAI instances: application, bundle (priced per hour, sold-out ones disabled), system disk (checked against the
 * application's minimum as it is typed), count and name. One ClientToken per purchase; a refusal shows the cloud's code
 * and RequestId, and every choice stays as it was.
 */
export function CreateHaiDialog({ scope, applications, initialApplication, onClose, onCreated }: CreateHaiDialogProps) {
  const t = useT();
  const h = useLocalized(haiMessages);
  const money = useFormatCurrency();
  const titleId = useId();
  const [form, setForm] = useState<HaiForm>(() => emptyHaiForm(initialApplication ?? applications[0]));
  const application = applications.find((a) => a.ApplicationId === form.applicationId);
  const problems = haiFormProblems(form, application);
  const problemOf = (field: HaiFormProblem['field']) =>
    problemText(
      h,
      problems.find((p) => p.field === field),
    );
  const purchase = toPurchase(form, application);
  const quoteInput = useMemo(
    () => (application ? { applicationId: application.ApplicationId, diskType: form.diskType, diskSize: quoteDiskSize(form, application) } : undefined),
    [application, form],
  );
  const quotes = useBundleQuotes(scope, quoteInput);
  const chosen = form.bundleType ? quotes.quotes[form.bundleType] : undefined;
  const run = useRunHaiInstances(scope);

  const set = (patch: Partial<HaiForm>) => setForm((current) => ({ ...current, ...patch }));
  const chooseApplication = (id: string) => {
    const next = applications.find((a) => a.ApplicationId === id);
    const typed = Number(form.diskSize);
    // A disk already big enough for the new application stays as typed; a smaller one grows to its minimum.
    set({ applicationId: id, ...(next && !(typed >= next.MinSystemDiskSize) ? { diskSize: String(defaultDiskSize(next)) } : {}) });
  };

  const canSubmit = purchase !== undefined && chosen?.status !== 'soldOut' && !run.isPending;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit || !purchase) return;
    run.mutate(purchase, { onSuccess: (response) => onCreated(response.InstanceIdSet) });
  };

  const count = Number(form.count);
  const total = chosen?.status === 'priced' && purchase ? chosen.perHour * count : undefined;

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col" noValidate>
        <DialogHeader id={titleId} title={h.form.title} />
        <DialogBody>
          <FormField id="hai-application" label={h.form.application} hint={application ? h.minDisk(application.MinSystemDiskSize) : undefined}>
            <Select
              id="hai-application"
              value={form.applicationId}
              onChange={(e) => chooseApplication(e.target.value)}
              aria-describedby={describedBy('hai-application', { hint: application })}
              data-autofocus
            >
              {applications.map((app) => (
                <option key={app.ApplicationId} value={app.ApplicationId}>
                  {app.ApplicationName}
                </option>
              ))}
            </Select>
          </FormField>

          <BundlePicker value={form.bundleType} onChange={(bundleType) => set({ bundleType })} quotes={quotes} />

          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="hai-disk-type" label={h.form.diskType}>
              <Select id="hai-disk-type" value={form.diskType} onChange={(e) => set({ diskType: e.target.value as HaiDiskType })}>
                {HAI_DISK_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {h.diskTypes[type]}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField id="hai-disk-size" label={h.form.diskSize} hint={h.form.diskHint(application?.MinSystemDiskSize ?? 80, 1000)} error={problemOf('diskSize')}>
              <TextInput
                id="hai-disk-size"
                inputMode="numeric"
                value={form.diskSize}
                onChange={(e) => set({ diskSize: e.target.value })}
                aria-invalid={problemOf('diskSize') ? true : undefined}
                aria-describedby={describedBy('hai-disk-size', { hint: true, error: problemOf('diskSize') })}
              />
            </FormField>
            <FormField id="hai-count" label={h.form.count} hint={h.form.countHint(1, 10)} error={problemOf('count')}>
              <TextInput
                id="hai-count"
                inputMode="numeric"
                value={form.count}
                onChange={(e) => set({ count: e.target.value })}
                aria-invalid={problemOf('count') ? true : undefined}
                aria-describedby={describedBy('hai-count', { hint: true, error: problemOf('count') })}
              />
            </FormField>
            <FormField id="hai-name" label={h.form.name} hint={h.form.nameHint} error={problemOf('name')}>
              <TextInput
                id="hai-name"
                value={form.name}
                onChange={(e) => set({ name: e.target.value })}
                aria-invalid={problemOf('name') ? true : undefined}
                aria-describedby={describedBy('hai-name', { hint: true, error: problemOf('name') })}
              />
            </FormField>
          </div>

          <dl className="flex items-baseline justify-between rounded-md bg-surface-2 px-4 py-3" aria-busy={quotes.stale || chosen?.status === 'loading' || undefined}>
            <dt className="text-sm font-medium text-fg">{h.form.total}</dt>
            <dd className="text-right">
              <span className={quotes.stale ? 'text-fg-muted' : 'text-base font-semibold text-fg'}>{total !== undefined ? money(total) : t.common.emptyValue}</span>
              {total !== undefined && <span className="ml-2 text-xs text-fg-muted">{h.form.totalFor(count)}</span>}
              {quotes.stale && <span className="ml-2 text-xs text-fg-muted">{h.updating}</span>}
            </dd>
          </dl>

          {run.error && <ErrorPanel error={run.error} title={h.form.refused} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="submit" variant="primary" disabled={!canSubmit}>
            {run.isPending && <Spinner />}
            {run.isPending ? h.form.submitting : h.form.submit}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}

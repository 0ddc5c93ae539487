import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { ChevronLeftIcon, ChevronRightIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { PATHS } from '../../../app/paths.ts';
import { navigate, useUrlState } from '../../../app/url-state.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { FIRST_PAGE_SIZE, instanceListQueryOptions } from '../../../cloud/cvm/describe-instances.ts';
import { announceLaunch } from '../../../cloud/cvm/launched-instances.ts';
import { useRegions } from '../../../cloud/regions/describe-regions.ts';
import { usePriceQuote } from '../api/price-quote.ts';
import { useCheckPurchase, useRunInstances } from '../api/run-instances.ts';
import { useAutoFill } from '../hooks/use-auto-fill.ts';
import { usePrefill, type PrefillOutcome } from '../hooks/use-prefill.ts';
import { useTemplatePrefill } from '../hooks/use-template-prefill.ts';
import { useWizardForm } from '../hooks/use-wizard-form.ts';
import { useWizardLists } from '../hooks/use-wizard-lists.ts';
import { createMessages } from '../messages.ts';
import { isStepId, nextStep, previousStep, type StepId } from '../state/steps.ts';
import { toQuoteParams, toRunParams } from '../state/to-params.ts';
import { validateForm } from '../state/validate.ts';
import type { LoginSecret } from './login-fields.tsx';
import { PricePanel } from './price-panel.tsx';
import { StepImage } from './step-image.tsx';
import { StepInstanceType } from './step-instance-type.tsx';
import { StepLocation } from './step-location.tsx';
import { StepNetwork } from './step-network.tsx';
import type { StepProps } from './step-props.ts';
import { StepReview } from './step-review.tsx';
import { StepSettings } from './step-settings.tsx';
import { StepStorage } from './step-storage.tsx';
import { WizardStepper } from './wizard-stepper.tsx';
import { LaunchTemplateNotice } from './launch-template-notice.tsx';
import { launchTemplateWords } from './launch-template-words.ts';

/** Saving the choices as a launch template: loaded the first time it is asked for. */
const SaveTemplateDialog = lazy(() => import('./save-template-dialog.tsx'));

/**
 * /instances/create: the purchase wizard. Account and region are the URL's (as on the list), the step is `?step=`,
 * the choices live in this tab's sessionStorage (never the password), and the price panel follows every change.
 * Loaded on demand: the instance list's first load does not carry it.
 */
export default function CreateInstancesPage() {
  const m = useLocalized(createMessages);
  const t = useT();
  const client = useQueryClient();
  const cloud = useCloudScope();
  const { scope, region } = cloud;
  const [params, setParams] = useUrlState();
  const stepParam = params.get('step');
  const step: StepId = isStepId(stepParam) ? stepParam : 'location';

  // The draft belongs to one account and region: the network, key pairs and zones of another are not there.
  const place = scope ? `${scope.account} ${scope.region}` : undefined;
  const wizard = useWizardForm(place);
  const { form, update } = wizard;
  const [secret, setSecret] = useState<LoginSecret>({ password: '', confirm: '' });
  const lists = useWizardLists(scope, form);
  useAutoFill(form, wizard.fill, lists, place, wizard.restoredPlace, wizard.generation);
  const prefill = usePrefill(scope, wizard.replace);
  // `?template=` (Launch on the Launch templates page): filled in from a version, which the price and purchase name.
  const templatePrefill = useTemplatePrefill(scope, wizard.replace);
  const lt = useLocalized(launchTemplateWords);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [savedTemplate, setSavedTemplate] = useState<string>();
  const regions = useRegions(scope);
  const regionName = regions.data?.find((r) => r.Region === region)?.RegionName;

  const problems = useMemo(
    () => validateForm(form, { image: lists.image, offering: lists.offering, password: secret.password, confirm: secret.confirm }),
    [form, lists.image, lists.offering, secret.password, secret.confirm],
  );
  const quoteParams = useMemo(() => toQuoteParams(form), [form]);
  const quote = usePriceQuote(scope, quoteParams);

  // Steps the person has tried to leave: their empty required fields are pointed out from then on.
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(() => new Set());
  const [blocked, setBlocked] = useState(false);
  const markVisited = (s: StepId) => setVisited((v) => (v.has(s) ? v : new Set(v).add(s)));

  const run = useRunInstances(scope);
  const check = useCheckPurchase(scope);
  // A check speaks for the purchase it checked: any later change makes its verdict old news.
  const purchaseKey = JSON.stringify([form, secret.password]);
  const [checkedFor, setCheckedFor] = useState<string>();
  const checkCurrent = checkedFor === purchaseKey;

  // Focus follows the step, so keyboard and screen-reader users land on the new step's content.
  const stepRef = useRef<HTMLDivElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [step]);

  const go = (target: StepId) => {
    markVisited(step);
    setBlocked(false);
    setParams({ step: target === 'location' ? null : target }, 'push');
  };
  const onNext = () => {
    const next = nextStep(step);
    markVisited(step);
    if (problems.some((p) => p.step === step)) {
      setBlocked(true);
      return;
    }
    if (next) go(next);
  };

  const listHref = () => {
    const query = new URLSearchParams();
    const account = params.get('account');
    if (account) query.set('account', account);
    if (region) query.set('region', region);
    const text = query.toString();
    return `${PATHS.instances}${text ? `?${text}` : ''}`;
  };
  const templatesHref = () => listHref().replace(PATHS.instances, PATHS.launchTemplates);

  const onCreate = () => {
    if (!scope || problems.length > 0 || run.isPending) return;
    check.reset();
    run.mutate(toRunParams(form, secret.password, undefined), {
      onSuccess: async (response) => {
        // The list's first page, fetched before arriving, so the new instances are there (Creating) at once; the
        // list's status watch then follows them to Running.
        await client.prefetchQuery(instanceListQueryOptions(scope, { filters: [], offset: 0, limit: FIRST_PAGE_SIZE })).catch(() => undefined);
        wizard.discard();
        announceLaunch(scope, response.InstanceIdSet);
        navigate(listHref());
      },
    });
  };
  const onCheck = () => {
    if (!scope || problems.length > 0 || check.isPending) return;
    run.reset();
    const key = purchaseKey;
    check.mutate(toRunParams(form, secret.password, undefined), { onSettled: () => setCheckedFor(key) });
  };
  const startOver = () => {
    wizard.reset();
    setSecret({ password: '', confirm: '' });
    setVisited(new Set());
    setBlocked(false);
    run.reset();
    check.reset();
    setParams({ step: null }, 'push');
  };

  if (cloud.accountsError && !scope) return <ErrorPanel error={cloud.accountsError} title={t.header.accountsFailed} />;
  if (cloud.accounts?.length === 0) return <EmptyState title={t.instances.noAccount} description={t.instances.noAccountHint} />;

  const stepProps: StepProps = { scope, form, update, lists, problems, attempted: visited.has(step) };

  return (
    <>
      <PageHeading
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <>
            <Button variant="ghost" onClick={startOver}>
              {m.startOver}
            </Button>
            <Button onClick={() => setSavingTemplate(true)} disabled={!scope || !wizard.ready}>
              {lt.saveAsTemplate}
            </Button>
            <AppLink href={listHref()} className="inline-flex h-8 items-center rounded-md border border-line bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-2">
              {m.backToList}
            </AppLink>
          </>
        }
      />
      <PrefillNotice outcome={prefill} restored={wizard.restored} />
      <LaunchTemplateNotice
        prefill={templatePrefill}
        from={form.launchTemplate}
        saved={savedTemplate}
        templatesHref={templatesHref()}
        onStopUsing={() => {
          update({ launchTemplate: undefined });
          setSavedTemplate(undefined);
        }}
      />
      {savingTemplate && scope && (
        <Suspense fallback={null}>
          <SaveTemplateDialog
            scope={scope}
            form={form}
            onClose={() => setSavingTemplate(false)}
            onSaved={(saved, message) => {
              setSavingTemplate(false);
              update({ launchTemplate: saved });
              setSavedTemplate(message);
            }}
          />
        </Suspense>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-4">
          <WizardStepper current={step} problems={problems} visited={visited} onGo={go} />
          <div ref={stepRef} tabIndex={-1} className="focus:outline-none">
            {!wizard.ready ? (
              <div className="flex justify-center py-16 text-fg-muted">
                <Spinner label={t.common.loading} />
              </div>
            ) : step === 'location' ? (
              <StepLocation {...stepProps} cloud={cloud} />
            ) : step === 'type' ? (
              <StepInstanceType {...stepProps} />
            ) : step === 'image' ? (
              <StepImage {...stepProps} />
            ) : step === 'storage' ? (
              <StepStorage {...stepProps} />
            ) : step === 'network' ? (
              <StepNetwork {...stepProps} />
            ) : step === 'settings' ? (
              <StepSettings {...stepProps} secret={secret} onSecretChange={setSecret} />
            ) : (
              <StepReview
                {...stepProps}
                attempted
                region={region}
                regionName={regionName}
                onEdit={go}
                onCheck={onCheck}
                onCreate={onCreate}
                checking={check.isPending}
                checkPassed={checkCurrent && check.isSuccess}
                checkError={checkCurrent ? check.error : null}
                creating={run.isPending || run.isSuccess}
                createError={run.error}
              />
            )}
          </div>
          {blocked && problems.some((p) => p.step === step) && <FormAlert>{m.fixFirst}</FormAlert>}
          <div className="flex items-center justify-between gap-2">
            {previousStep(step) ? (
              <Button onClick={() => go(previousStep(step)!)}>
                <ChevronLeftIcon />
                {m.back}
              </Button>
            ) : (
              <span />
            )}
            {nextStep(step) && (
              <Button variant="primary" onClick={onNext}>
                {m.next}
                <ChevronRightIcon />
              </Button>
            )}
          </div>
        </div>
        <div className="lg:sticky lg:top-20">
          <PricePanel form={form} lists={lists} quote={quote} />
        </div>
      </div>
    </>
  );
}

function PrefillNotice({ outcome, restored }: { outcome: PrefillOutcome | undefined; restored: boolean }) {
  const m = useLocalized(createMessages);
  const note = 'mb-4 rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-fg-muted';
  if (outcome?.kind === 'loading')
    return (
      <p className={note} role="status">
        <Spinner className="mr-2" />
        {m.prefilling(outcome.id)}
      </p>
    );
  if (outcome?.kind === 'done')
    return (
      <p className={note} role="status">
        {m.prefilled(outcome.name)}
      </p>
    );
  if (outcome?.kind === 'missing') return <FormAlert className="mb-4">{m.prefillMissing(outcome.id)}</FormAlert>;
  if (outcome?.kind === 'failed') return <ErrorPanel className="mb-4" error={outcome.error} title={m.prefillFailed(outcome.id)} />;
  if (restored) return <p className={note}>{m.restored}</p>;
  return null;
}

import { cvm } from '@cvm/shared';
import { useEffect, useState } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import { retryWhenBusy } from '../../../api/read-retry.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { useInstanceDetail } from '../../../cloud/cvm/describe-instances.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';
import { formFromInstance } from '../state/from-instance.ts';
import type { WizardForm } from '../state/wizard-form.ts';

export type PrefillOutcome = { kind: 'loading'; id: string } | { kind: 'done'; name: string } | { kind: 'missing'; id: string } | { kind: 'failed'; id: string; error: unknown };

/**
 * "Create similar" opens the wizard with `?from=<instance ID>`: the instance (and its image, to tell a public image
 * from an own one) is read, the form replaced with its settings, and `from` dropped from the URL, so a reload keeps
 * the person's later edits (from the stored draft) instead of filling it in again.
 */
export function usePrefill(scope: CloudScope | undefined, replace: (form: WizardForm) => void): PrefillOutcome | undefined {
  const [params, setParams] = useUrlState();
  const from = params.get('from') ?? '';
  const [outcome, setOutcome] = useState<PrefillOutcome>();
  const instance = useInstanceDetail(scope, from, Boolean(from));
  const imageId = instance.data?.ImageId;
  const image = useQuery({
    queryKey: createKeys.image(scope, imageId),
    queryFn: scope && imageId ? ({ signal }) => callAction(cvm.DescribeImages, { ImageIds: [imageId] }, scope, signal) : skipToken,
    select: (data) => data.ImageSet[0],
    // A refusal is the answer, shown at once; only "busy, try again shortly" is asked again.
    retry: retryWhenBusy,
  });
  // The detail query shows a cached list row while it loads; only the fetched answer is used to fill in.
  const loaded = instance.isSuccess && !instance.isPlaceholderData;

  useEffect(() => {
    if (!from) return;
    if (instance.isError) {
      setOutcome({ kind: 'failed', id: from, error: instance.error });
      setParams({ from: null }, 'replace');
      return;
    }
    if (!loaded) {
      setOutcome({ kind: 'loading', id: from });
      return;
    }
    const found = instance.data;
    if (!found) {
      setOutcome({ kind: 'missing', id: from });
      setParams({ from: null }, 'replace');
      return;
    }
    // A failed image lookup only costs the public/own distinction: it is filled in as public.
    if (image.isPending && image.fetchStatus !== 'idle') return;
    replace(formFromInstance(found, image.data));
    setOutcome({ kind: 'done', name: found.InstanceName || found.InstanceId });
    setParams({ from: null, step: null }, 'replace');
  }, [from, loaded, instance.isError, instance.error, instance.data, image.isPending, image.fetchStatus, image.data, replace, setParams]);

  return outcome;
}

import { cvm } from '@cvm/shared';
import { useEffect, useState } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import { retryWhenBusy } from '../../../api/read-retry.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';
import { useLaunchTemplateVersions, useLaunchTemplates } from '../../../cloud/cvm/launch-templates.ts';
import { formFromTemplate } from '../state/from-template.ts';
import type { WizardForm } from '../state/wizard-form.ts';

export type TemplatePrefill = { kind: 'loading'; id: string } | { kind: 'missing'; id: string; version?: number } | { kind: 'failed'; id: string; error: unknown };

/**
 * "Launch" on the Launch templates page opens the wizard with `?template=<ID>` and, for a version other than the
 * default, `&version=<n>`: the template's versions (and the version's image, to tell a public image from an own one)
 * are read, the form replaced with the version's settings, and both dropped from the URL, so a reload keeps the
 * person's later edits (from the stored draft, which remembers the template) instead of filling it in again.
 */
export function useTemplatePrefill(scope: CloudScope | undefined, replace: (form: WizardForm) => void): TemplatePrefill | undefined {
  const [params, setParams] = useUrlState();
  const id = params.get('template') ?? '';
  const wanted = Number(params.get('version') ?? '') || undefined;
  const [outcome, setOutcome] = useState<TemplatePrefill>();
  const versions = useLaunchTemplateVersions(scope, id || undefined);
  const templates = useLaunchTemplates(id ? scope : undefined);
  const version = versions.data?.find((v) => (wanted ? v.LaunchTemplateVersion === wanted : v.IsDefaultVersion));
  const imageId = version?.LaunchTemplateVersionData.ImageId;
  const image = useQuery({
    queryKey: createKeys.image(scope, imageId),
    queryFn: scope && imageId ? ({ signal }) => callAction(cvm.DescribeImages, { ImageIds: [imageId] }, scope, signal) : skipToken,
    select: (data) => data.ImageSet[0],
    retry: retryWhenBusy,
  });

  useEffect(() => {
    if (!id) return;
    const error = versions.error ?? templates.error;
    if (error) {
      setOutcome({ kind: 'failed', id, error });
      setParams({ template: null, version: null }, 'replace');
      return;
    }
    if (!versions.isSuccess || !templates.isSuccess) {
      setOutcome({ kind: 'loading', id });
      return;
    }
    const template = templates.data.find((t) => t.LaunchTemplateId === id);
    if (!version || !template) {
      setOutcome({ kind: 'missing', id, version: wanted });
      setParams({ template: null, version: null }, 'replace');
      return;
    }
    // A failed image lookup only costs the public/own distinction: it is filled in as public.
    if (image.isPending && image.fetchStatus !== 'idle') return;
    replace(formFromTemplate(version, template.LaunchTemplateName, image.data));
    setOutcome(undefined);
    setParams({ template: null, version: null, step: null }, 'replace');
  }, [
    id,
    wanted,
    version,
    versions.isSuccess,
    versions.error,
    templates.isSuccess,
    templates.error,
    templates.data,
    image.isPending,
    image.fetchStatus,
    image.data,
    replace,
    setParams,
  ]);

  return outcome;
}

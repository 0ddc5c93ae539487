import { cvm, type LaunchTemplateInfo, type LaunchTemplateVersionInfo } from '@cvm/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { retryWhenBusy } from '../../api/read-retry.ts';

// The region's launch templates and their versions, read by the Launch templates page and by the create wizard (which
// fills itself in from a version and saves its choices as one). Keys nest account → region like every cloud read.

export const launchTemplateKeys = {
  all: (scope: CloudScope | undefined) => ['launch-templates', scope?.account, scope?.region] as const,
  list: (scope: CloudScope | undefined) => [...launchTemplateKeys.all(scope), 'list'] as const,
  versions: (scope: CloudScope | undefined, id: string) => [...launchTemplateKeys.all(scope), 'versions', id] as const,
};

/** The API's largest page (Limit ≤ 100). */
const PAGE = 100;

/** Every launch template of the region, newest first, page after page (a region holds at most a few dozen). */
async function allTemplates(scope: CloudScope, signal: AbortSignal): Promise<LaunchTemplateInfo[]> {
  const templates: LaunchTemplateInfo[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await callAction(cvm.DescribeLaunchTemplates, { Offset: offset, Limit: PAGE }, scope, signal);
    templates.push(...page.LaunchTemplateSet);
    if (page.LaunchTemplateSet.length < PAGE || templates.length >= page.TotalCount) return templates;
  }
}

export function useLaunchTemplates(scope: CloudScope | undefined) {
  return useQuery({
    queryKey: launchTemplateKeys.list(scope),
    queryFn: scope ? ({ signal }) => allTemplates(scope, signal) : skipToken,
    staleTime: 30_000,
    retry: retryWhenBusy,
  });
}

/** One template's versions in number order (a template makes at most 30, so one page holds them). */
export function useLaunchTemplateVersions(scope: CloudScope | undefined, id: string | undefined) {
  return useQuery({
    queryKey: launchTemplateKeys.versions(scope, id ?? ''),
    queryFn:
      scope && id
        ? async ({ signal }): Promise<LaunchTemplateVersionInfo[]> =>
            (await callAction(cvm.DescribeLaunchTemplateVersions, { LaunchTemplateId: id, Limit: PAGE }, scope, signal)).LaunchTemplateVersionSet
        : skipToken,
    staleTime: 30_000,
    // A refusal (the template is gone) is the answer, shown at once; only "busy, try again shortly" is asked again.
    retry: retryWhenBusy,
  });
}

/** CreateLaunchTemplate's rule for a name (reference 31947): 2 to 128 characters, of any kind. */
export function templateNameProblem(name: string): 'length' | undefined {
  const length = [...name.trim()].length;
  return length < 2 || length > 128 ? 'length' : undefined;
}

/** A version's description (31982): none, or 2 to 256 characters. */
export function versionDescriptionProblem(description: string): 'length' | undefined {
  const length = [...description.trim()].length;
  return length === 1 || length > 256 ? 'length' : undefined;
}

/**
 * One change to the region's launch templates (its call given at mutate time: create a template or a version, move
 * the default, delete); the templates and their versions are read again once it lands.
 */
export function useLaunchTemplateChange<T>(scope: CloudScope | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<T>) => send(),
    onSettled: () => client.invalidateQueries({ queryKey: launchTemplateKeys.all(scope) }),
  });
}

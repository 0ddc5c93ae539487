import type { LaunchTemplateInfo } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLaunchTemplateVersions } from '../../../cloud/cvm/launch-templates.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { launchTemplatesMessages } from '../messages.ts';
import type { VersionDialog } from './launch-template-dialogs.tsx';
import { launchPath } from './launch-path.ts';

const linkButton = 'inline-flex h-8 items-center rounded-md border border-line bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-2';

/**
 * One template's versions, in number order: what each would buy (type, image, zone, billing, disks), which is the
 * default, and — for those who may — launching one, making it the default, or deleting one that is not the default.
 */
export function TemplateVersions({
  scope,
  template,
  mayChange,
  mayBuy,
  onAsk,
}: {
  scope: CloudScope;
  template: LaunchTemplateInfo;
  mayChange: boolean;
  mayBuy: boolean;
  onAsk: (dialog: VersionDialog) => void;
}) {
  const m = useLocalized(launchTemplatesMessages);
  const t = useT();
  const name = template.LaunchTemplateName;
  const versions = useLaunchTemplateVersions(scope, template.LaunchTemplateId);
  if (versions.isError) return <ErrorPanel error={versions.error} title={m.versionsLoadFailed(name)} onRetry={() => void versions.refetch()} />;
  if (!versions.data) return <Spinner label={t.common.loading} />;
  const c = m.versionColumns;
  return (
    <DataTable label={m.versionsLabel(name)} className="rounded-md border border-line bg-surface">
      <HeaderRow>
        <Th>{c.version}</Th>
        <Th>{c.description}</Th>
        <Th>{c.type}</Th>
        <Th>{c.image}</Th>
        <Th>{c.zone}</Th>
        <Th>{c.billing}</Th>
        <Th>{c.disks}</Th>
        <Th>{c.created}</Th>
        {(mayChange || mayBuy) && <Th className="text-right">{c.actions}</Th>}
      </HeaderRow>
      <tbody className="divide-y divide-line">
        {versions.data.map((version) => {
          const number = version.LaunchTemplateVersion;
          const data = version.LaunchTemplateVersionData;
          const isDefault = version.IsDefaultVersion;
          return (
            <tr key={number} data-version={number}>
              <Th scope="row" className="text-left font-medium text-fg">
                <span className="inline-flex items-center gap-2">
                  {number}
                  {isDefault && <Badge tone="info">{m.isDefault}</Badge>}
                </span>
              </Th>
              <Td className="text-fg-muted">{version.LaunchTemplateVersionDescription}</Td>
              <Td className="font-mono text-xs">{data.InstanceType || m.cloudChooses}</Td>
              <Td className="font-mono text-xs">{data.ImageId}</Td>
              <Td>{data.Placement.Zone}</Td>
              <Td>{m.billing(data.InstanceChargeType)}</Td>
              <Td>{m.disks(data.SystemDisk.DiskSize || 50, data.DataDisks.length)}</Td>
              <Td>
                <Timestamp value={version.CreationTime} />
              </Td>
              {(mayChange || mayBuy) && (
                <Td>
                  <div className="flex justify-end gap-2">
                    {mayBuy && (
                      <AppLink href={launchPath(template.LaunchTemplateId, number)} className={linkButton} aria-label={m.launchVersion(number)}>
                        {m.launch}
                      </AppLink>
                    )}
                    {mayChange && !isDefault && (
                      <>
                        <Button aria-label={m.makeDefaultNamed(number)} onClick={() => onAsk({ kind: 'default', template, version: number })}>
                          {m.makeDefault}
                        </Button>
                        <Button
                          aria-label={m.deleteVersionNamed(number)}
                          onClick={() => onAsk({ kind: 'delete', template, version: number })}
                          className="text-red-700 dark:text-red-300"
                        >
                          {m.deleteVersion}
                        </Button>
                      </>
                    )}
                    {mayChange && isDefault && <span className="sr-only">{m.defaultNotDeleted}</span>}
                  </div>
                </Td>
              )}
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

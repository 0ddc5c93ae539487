import { Fragment, useState } from 'react';
import { cvm, roleAllows, type LaunchTemplateInfo } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { createInstancesPath } from '../../../app/paths.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { ChevronDownIcon, ChevronRightIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLaunchTemplates } from '../../../cloud/cvm/launch-templates.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { launchTemplatesMessages } from '../messages.ts';
import { DeleteTemplateDialog, type VersionDialog, VersionDialogs } from './launch-template-dialogs.tsx';
import { launchPath } from './launch-path.ts';
import { TemplateVersions } from './template-versions.tsx';
import { SectionPages } from '../../../app/section-pages.tsx';

const linkButton = 'inline-flex h-8 items-center rounded-md border border-line bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-2';

/**
 * /launch-templates: the region's launch templates (DescribeLaunchTemplates), each opening onto its versions
 * (DescribeLaunchTemplateVersions): what each would buy. "Launch" opens the create wizard filled in from the default
 * version or a chosen one, priced and bought with it (RunInstances' LaunchTemplate). Operators move the default,
 * delete versions other than the default, and delete templates; new ones are saved from the wizard or an instance.
 */
export default function LaunchTemplatesPage() {
  const m = useLocalized(launchTemplatesMessages);
  const { scope } = useCloudScope();
  const user = useSignedInUser();
  const templates = useLaunchTemplates(scope);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [deleting, setDeleting] = useState<LaunchTemplateInfo>();
  const [versionDialog, setVersionDialog] = useState<VersionDialog>();
  const [notice, setNotice] = useState<string>();
  const mayChange = roleAllows(user.role, cvm.DeleteLaunchTemplate.minRole);
  const mayBuy = roleAllows(user.role, cvm.RunInstances.minRole);
  // A version answers its UserData: an operator's to read, as an instance's is.
  const mayReadVersions = roleAllows(user.role, cvm.DescribeLaunchTemplateVersions.minRole);
  const toggle = (id: string) =>
    setOpen((shown) => {
      const next = new Set(shown);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const done = (message: string) => {
    setDeleting(undefined);
    setVersionDialog(undefined);
    setNotice(message);
  };
  if (!scope) return null;
  const columns = 7 - (mayChange || mayBuy ? 0 : 1);

  return (
    <>
      <SectionPages />
      <PageHeading
        title={m.title}
        subtitle={m.subtitle(scope.region)}
        actions={
          mayBuy && (
            <AppLink href={createInstancesPath()} className={linkButton}>
              {m.newFromWizard}
            </AppLink>
          )
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={templates} loadFailed={m.loadFailed} empty={m.empty} emptyHint={m.emptyHint} keepListOnError>
        {(list) => (
          <DataTable label={m.tableLabel}>
            <HeaderRow>
              <Th>{m.columns.name}</Th>
              <Th>{m.columns.id}</Th>
              <Th>{m.columns.defaultVersion}</Th>
              <Th>{m.columns.latest}</Th>
              <Th>{m.columns.versions}</Th>
              <Th>{m.columns.created}</Th>
              {(mayChange || mayBuy) && <Th className="text-right">{m.columns.actions}</Th>}
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((template) => {
                const name = template.LaunchTemplateName;
                const expanded = open.has(template.LaunchTemplateId);
                const versionsId = `versions-${template.LaunchTemplateId}`;
                return (
                  <Fragment key={template.LaunchTemplateId}>
                    <tr data-template={template.LaunchTemplateId}>
                      <Th scope="row" className="text-left font-medium text-fg">
                        {mayReadVersions ? (
                          <button
                            type="button"
                            className="inline-flex items-center gap-1 text-left hover:underline"
                            aria-expanded={expanded}
                            aria-controls={versionsId}
                            aria-label={m.showVersionsOf(name)}
                            onClick={() => toggle(template.LaunchTemplateId)}
                          >
                            {expanded ? <ChevronDownIcon /> : <ChevronRightIcon />}
                            {name}
                          </button>
                        ) : (
                          name
                        )}
                      </Th>
                      <Td className="font-mono text-xs">{template.LaunchTemplateId}</Td>
                      <Td>{template.DefaultVersionNumber}</Td>
                      <Td>{template.LatestVersionNumber}</Td>
                      <Td>{m.versionCount(template.LaunchTemplateVersionCount)}</Td>
                      <Td>
                        <Timestamp value={template.CreationTime} />
                      </Td>
                      {(mayChange || mayBuy) && (
                        <Td>
                          <div className="flex justify-end gap-2">
                            {mayBuy && (
                              <AppLink href={launchPath(template.LaunchTemplateId)} className={linkButton} aria-label={m.launchNamed(name)}>
                                {m.launch}
                              </AppLink>
                            )}
                            {mayChange && (
                              <Button aria-label={m.deleteNamed(name)} onClick={() => setDeleting(template)} className="text-red-700 dark:text-red-300">
                                {m.delete}
                              </Button>
                            )}
                          </div>
                        </Td>
                      )}
                    </tr>
                    {expanded && mayReadVersions && (
                      <tr id={versionsId}>
                        <td colSpan={columns} className="bg-surface-2 px-4 py-3">
                          <TemplateVersions scope={scope} template={template} mayChange={mayChange} mayBuy={mayBuy} onAsk={setVersionDialog} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      {deleting && <DeleteTemplateDialog scope={scope} template={deleting} onClose={() => setDeleting(undefined)} onDone={done} />}
      {versionDialog && <VersionDialogs scope={scope} dialog={versionDialog} onClose={() => setVersionDialog(undefined)} onDone={done} />}
    </>
  );
}

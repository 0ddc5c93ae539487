import { hai, roleAllows, type HaiApplication } from '@cvm/shared';
import { useId, useState } from 'react';
import { useSignedInUser } from '../../../api/session.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { Button } from '../../../components/ui/button.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { useHaiApplications } from '../api/describe-applications.ts';
import { ApplicationsPanel } from './applications-panel.tsx';
import { CreateHaiDialog } from './create-dialog.tsx';
import { InstancesPanel } from './instances-panel.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { haiMessages } from '../messages.ts';

type Section = 'instances' | 'applications';
const SECTIONS: readonly Section[] = ['instances', 'applications'];

/**
 * HAI (高性能应用服务) in the account and region the header shows: its instances, its application catalogue, and a
 * dialog that buys instances. Which section shows is in the URL (`?view=applications`), so it survives a reload.
 */
export default function HaiPage() {
  const t = useT();
  const h = useLocalized(haiMessages);
  const user = useSignedInUser();
  const { scope } = useCloudScope();
  const [params, setParams] = useUrlState();
  const section: Section = params.get('view') === 'applications' ? 'applications' : 'instances';
  const applications = useHaiApplications(scope);
  const [creating, setCreating] = useState<{ application?: HaiApplication } | undefined>(undefined);
  const [created, setCreated] = useState<number | undefined>(undefined);
  const createRefusal = roleAllows(user.role, hai.RunInstances.minRole) ? undefined : t.actions.needsRole(hai.RunInstances.minRole);
  const refusalId = useId();
  const tabsId = useId();

  const openCreate = (application?: HaiApplication) => {
    if (!createRefusal && applications.data) setCreating({ application });
  };

  return (
    <div>
      <PageHeading
        title={h.title}
        subtitle={scope ? h.subtitle(scope.region) : undefined}
        actions={
          <>
            <Button
              variant="primary"
              aria-disabled={createRefusal || !applications.data ? true : undefined}
              aria-describedby={createRefusal ? refusalId : undefined}
              title={createRefusal}
              onClick={() => openCreate()}
            >
              <PlusIcon />
              {h.create}
            </Button>
            {createRefusal && (
              <span id={refusalId} className="sr-only">
                {createRefusal}
              </span>
            )}
          </>
        }
      />
      {created !== undefined && <FormSuccess className="mb-4">{h.form.created(created)}</FormSuccess>}
      <div role="tablist" aria-label={h.sectionsLabel} className="mb-3 flex gap-1 border-b border-line">
        {SECTIONS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${tabsId}-${name}`}
            aria-selected={section === name}
            aria-controls={`${tabsId}-panel`}
            onClick={() => setParams({ view: name === 'instances' ? null : name }, 'replace')}
            className={cn('-mb-px border-b-2 px-3 py-2 text-sm font-medium', section === name ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg')}
          >
            {h.sections[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${section}`}>
        {section === 'instances' ? <InstancesPanel scope={scope} /> : <ApplicationsPanel scope={scope} createRefusal={createRefusal} onCreate={openCreate} />}
      </div>
      {creating && scope && applications.data && (
        <CreateHaiDialog
          scope={scope}
          applications={applications.data}
          initialApplication={creating.application}
          onClose={() => setCreating(undefined)}
          onCreated={(ids) => {
            setCreating(undefined);
            setCreated(ids.length);
            setParams({ view: null }, 'replace');
          }}
        />
      )}
    </div>
  );
}

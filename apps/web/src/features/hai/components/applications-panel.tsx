import type { HaiApplication } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { useHaiApplications } from '../api/describe-applications.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { haiMessages } from '../messages.ts';

/** The application catalogue as cards: what each runs, its environment and the smallest system disk it needs. */
export function ApplicationsPanel({
  scope,
  createRefusal,
  onCreate,
}: {
  scope: CloudScope | undefined;
  createRefusal: string | undefined;
  onCreate: (application: HaiApplication) => void;
}) {
  const h = useLocalized(haiMessages);
  const query = useHaiApplications(scope);
  return (
    <QueryPanel query={query} loadFailed={h.applicationsLoadFailed} empty={h.applicationsEmpty}>
      {(applications) => (
        <ul className="grid gap-3 p-4 sm:grid-cols-2 xl:grid-cols-3">
          {applications.map((app) => (
            <li key={app.ApplicationId} aria-label={app.ApplicationName} className="flex flex-col gap-2 rounded-md border border-line bg-surface p-4">
              <div className="flex items-start justify-between gap-2">
                <h3 className="text-sm font-semibold text-fg">{app.ApplicationName}</h3>
                <span className="font-mono text-xs text-fg-subtle">{app.ApplicationId}</span>
              </div>
              <p className="text-sm text-fg-muted">{app.Description}</p>
              <p className="text-xs text-fg-muted">{app.ConfigEnvironment}</p>
              <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
                <span className="text-xs font-medium text-fg">
                  {h.minDisk(app.MinSystemDiskSize)} · {h.appSize(app.ApplicationSize)}
                </span>
                <Button className="h-7 px-2 text-xs" disabled={createRefusal !== undefined} title={createRefusal} onClick={() => onCreate(app)}>
                  {h.createWith(app.ApplicationName)}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </QueryPanel>
  );
}

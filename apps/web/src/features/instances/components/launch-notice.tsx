import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CloseIcon } from '../../../components/ui/icons.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { useLaunchedInstances } from '../../../cloud/cvm/launched-instances.ts';

/** "Creating 2 instances: ins-…, ins-…" after a purchase, above the list that shows them turning Running. */
export function LaunchNotice({ scope }: { scope: CloudScope | undefined }) {
  const t = useT();
  const { ids, dismiss } = useLaunchedInstances(scope);
  if (!ids) return null;
  return (
    <div
      role="status"
      className="mb-4 flex items-start gap-3 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-400/10 dark:text-emerald-100"
    >
      <p className="min-w-0 flex-1">
        {t.instances.launched(ids.length)} <span className="font-mono text-xs break-all">{ids.join(', ')}</span>
      </p>
      <Button variant="ghost" iconOnly aria-label={t.common.close} title={t.common.close} onClick={dismiss} className="h-6 w-6">
        <CloseIcon />
      </Button>
    </div>
  );
}

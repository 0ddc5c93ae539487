import type { Instance } from '@cvm/shared';
import { AlertIcon } from '../../../components/ui/icons.tsx';
import { useT } from '../../../i18n/use-t.ts';

/**
 * A call the cloud accepted can still fail when it lands (the instance returns to where it was, with
 * LatestOperationState FAILED). The row would then look as if nothing happened; this mark says otherwise, with the
 * cloud's reason as its tooltip (and in the detail panel's "Latest operation" fields).
 */
export function OperationFailedMark({ instance }: { instance: Instance }) {
  const t = useT();
  if (instance.LatestOperationState !== 'FAILED') return null;
  const text = t.instances.operationFailed(instance.LatestOperation ?? '', instance.LatestOperationErrorMsg ?? '');
  return (
    <span title={text} className="inline-flex text-red-600 dark:text-red-300">
      <AlertIcon />
      <span className="sr-only">{text}</span>
    </span>
  );
}

import type { Instance } from '@cvm/shared';
import { Badge } from '../../../components/ui/badge.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { isChanging } from '../api/watch-transitions.ts';

/**
 * A change under way that the state badge cannot show: a stopped instance being resized stays Stopped, a disk grown
 * online stays Running. Shown beside the state ("Stopped · Resizing…") until LatestOperationState is SUCCESS or FAILED;
 * a state that already says what happens (Stopping, Starting) needs no second word.
 */
export function OperationMark({ instance }: { instance: Instance }) {
  const t = useT();
  if (!isChanging(instance) || !instance.LatestOperation) return null;
  const operation = instance.LatestOperation;
  const text = Object.hasOwn(t.instances.operating, operation) ? t.instances.operating[operation]! : t.instances.operatingOther(operation);
  return (
    <Badge tone="info" dot="pulse" title={operation}>
      {text}
    </Badge>
  );
}

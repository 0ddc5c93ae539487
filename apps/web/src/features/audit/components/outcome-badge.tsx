import type { AuditEntry } from '@cvm/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { auditMessages } from '../messages.ts';

const TONES: Record<AuditEntry['outcome'], BadgeTone> = { pending: 'neutral', unknown: 'info', success: 'success', failure: 'danger', denied: 'warning' };

export function OutcomeBadge({ outcome }: { outcome: AuditEntry['outcome'] }) {
  const m = useLocalized(auditMessages);
  return (
    <Badge tone={TONES[outcome]} dot>
      {m.outcomes[outcome]}
    </Badge>
  );
}

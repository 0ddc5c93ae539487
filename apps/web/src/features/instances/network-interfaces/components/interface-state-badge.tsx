import type { NetworkInterface } from '@cvm/shared';
import { Badge } from '../../../../components/ui/badge.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { interfaceMessages } from '../messages.ts';

/** AVAILABLE reads "Bound" on an interface that is, "Available" on a free one; the changing states pulse. */
export function InterfaceStateBadge({ eni }: { eni: NetworkInterface }) {
  const m = useLocalized(interfaceMessages);
  if (eni.State === 'AVAILABLE') {
    return (
      <Badge tone={eni.Attachment ? 'success' : 'neutral'} dot title={eni.State}>
        {eni.Attachment ? m.bound : m.states.AVAILABLE}
      </Badge>
    );
  }
  return (
    <Badge tone={eni.State === 'DELETING' ? 'danger' : 'info'} dot="pulse" title={eni.State}>
      {Object.hasOwn(m.states, eni.State) ? m.states[eni.State] : eni.State}
    </Badge>
  );
}

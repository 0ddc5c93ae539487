import type { Instance, NetworkInterface } from '@cvm/shared';
import { Badge } from '../../../../components/ui/badge.tsx';
import { Button } from '../../../../components/ui/button.tsx';
import { ValueList } from '../../../../components/ui/description-list.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { interfaceMessages } from '../messages.ts';
import { attachTypeKey } from '../state/bind-rules.ts';
import { interfaceRows } from '../state/interface-rows.ts';
import { InterfaceStateBadge } from './interface-state-badge.tsx';
import type { InterfaceAction } from '../actions/interface-action.ts';

/** Why a row's action is refused for one interface, and the id of the words that say so (read with the button). */
export interface RowVerdict {
  reason: string | undefined;
  describedBy: string | undefined;
}

interface InterfaceTableProps {
  instance: Instance;
  interfaces: NetworkInterface[];
  /** The actions each elastic interface's row offers (unbind); the primary interface's row offers none. */
  rowActions: readonly InterfaceAction[];
  verdict: (action: InterfaceAction, eni: NetworkInterface) => RowVerdict;
  onOpen: (action: InterfaceAction, eni: NetworkInterface) => void;
}

const th = 'px-2 py-2 text-left text-xs font-medium whitespace-nowrap text-fg-muted first:pl-0 last:pr-0';
const td = 'px-2 py-2.5 align-top first:pl-0 last:pr-0';
/** IDs and addresses: monospace, never broken inside. */
const mono = `${td} font-mono text-xs leading-5 whitespace-nowrap`;

/**
 * The instance's interfaces, the primary one first and marked, without an unbind control (state/interface-rows.ts). The
 * cloud lists the primary interface with the others (Primary: true), as the emulator does; where a listing lacks it, a
 * row built from the instance's own network stands for it, without an ID.
 */
export function InterfaceTable({ instance, interfaces, rowActions, verdict, onOpen }: InterfaceTableProps) {
  const m = useLocalized(interfaceMessages);
  const t = useT();
  const c = m.columns;
  const { primary, elastic } = interfaceRows(interfaces);
  const sorted = primary ? [primary, ...elastic] : elastic;
  const listsPrimary = primary !== undefined;

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" aria-label={m.listLabel}>
        <thead className="border-b border-line">
          <tr>
            <th scope="col" className={th}>
              {c.interface}
            </th>
            <th scope="col" className={th}>
              {c.privateIps}
            </th>
            <th scope="col" className={th}>
              {c.subnet}
            </th>
            <th scope="col" className={th}>
              {c.securityGroups}
            </th>
            <th scope="col" className={th}>
              {c.state}
            </th>
            <th scope="col" className={th}>
              {c.attachType}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{c.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {!listsPrimary && (
            <tr data-primary="true">
              <td className={`${td} min-w-32`}>
                <Badge tone="info">{m.primary}</Badge>
                <p className="mt-1 text-xs text-fg-muted">{m.primaryHint}</p>
              </td>
              <td className={mono}>
                <ValueList values={instance.PrivateIpAddresses} />
              </td>
              <td className={mono}>{instance.VirtualPrivateCloud.SubnetId}</td>
              <td className={mono}>
                <ValueList values={instance.SecurityGroupIds} />
              </td>
              <td className={td}>
                <Badge tone="success" dot>
                  {m.bound}
                </Badge>
              </td>
              <td className={`${td} text-fg-subtle`}>{t.common.emptyValue}</td>
              <td className={td} />
            </tr>
          )}
          {sorted.map((eni) => {
            const name = eni.NetworkInterfaceName || eni.NetworkInterfaceId;
            return (
              <tr key={eni.NetworkInterfaceId} data-interface-id={eni.NetworkInterfaceId} data-primary={eni.Primary ? 'true' : undefined}>
                <td className={`${td} min-w-32`}>
                  <div className="flex flex-wrap items-center gap-1.5">
                    <span className="font-medium break-words text-fg">{name}</span>
                    {eni.Primary && <Badge tone="info">{m.primary}</Badge>}
                  </div>
                  <p className="mt-0.5 font-mono text-xs whitespace-nowrap text-fg-muted select-all">{eni.NetworkInterfaceId}</p>
                  {eni.Primary && <p className="mt-0.5 text-xs text-fg-muted">{m.primaryHint}</p>}
                </td>
                <td className={mono}>
                  <ValueList values={eni.PrivateIpAddressSet.map((address) => address.PrivateIpAddress)} />
                </td>
                <td className={mono}>{eni.SubnetId}</td>
                <td className={mono}>{eni.GroupSet.length > 0 ? <ValueList values={eni.GroupSet} /> : <span className="text-fg-subtle">{t.common.emptyValue}</span>}</td>
                <td className={td}>
                  <InterfaceStateBadge eni={eni} />
                </td>
                <td className={td}>{eni.Primary ? <span className="text-fg-subtle">{t.common.emptyValue}</span> : m.attachTypes[attachTypeKey(eni.AttachType)]}</td>
                <td className={`${td} text-right`}>
                  {!eni.Primary &&
                    rowActions.map((action) => {
                      const { reason, describedBy } = verdict(action, eni);
                      return (
                        <Button
                          key={action.id}
                          aria-label={`${action.label(t)} ${name}`}
                          aria-disabled={reason ? true : undefined}
                          aria-describedby={describedBy}
                          title={reason}
                          onClick={() => {
                            if (!reason) onOpen(action, eni);
                          }}
                        >
                          {action.label(t)}
                        </Button>
                      );
                    })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useId, useState } from 'react';
import type { AuditEntry } from '@cvm/shared';
import { Td } from '../../../components/ui/data-table.tsx';
import { ChevronDownIcon, ChevronRightIcon } from '../../../components/ui/icons.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { auditMessages } from '../messages.ts';
import { OutcomeBadge } from './outcome-badge.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';

export const AUDIT_COLUMNS = 11;

/** One audit entry; its disclosure button shows the recorded parameters (secrets were redacted by the server). */
export function AuditRow({ entry, accountName }: { entry: AuditEntry; accountName: (id: string) => string }) {
  const t = useT();
  const m = useLocalized(auditMessages);
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const dash = <span className="text-fg-subtle">{t.common.emptyValue}</span>;
  return (
    <>
      <tr className={open ? 'bg-surface-2' : undefined}>
        <Td className="w-8 pr-0">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={m.showDetails(entry.id)}
            title={m.showDetails(entry.id)}
            onClick={() => setOpen((v) => !v)}
            className="flex size-6 items-center justify-center rounded text-fg-muted hover:bg-surface-3 hover:text-fg"
          >
            {open ? <ChevronDownIcon /> : <ChevronRightIcon />}
          </button>
        </Td>
        <Td className="whitespace-nowrap tabular-nums" title={entry.at}>
          <Timestamp value={entry.at} />
        </Td>
        <Td className="font-medium">
          {entry.actorName ?? <span className="text-fg-subtle italic">{m.system}</span>}
          {entry.tokenName && <span className="block text-xs font-normal text-fg-muted">{m.viaToken(entry.tokenName)}</span>}
        </Td>
        <Td className="font-mono text-xs">{entry.ip ?? dash}</Td>
        <Td>{entry.accountId ? accountName(entry.accountId) : dash}</Td>
        <Td className="font-mono text-xs whitespace-nowrap">{entry.region ?? dash}</Td>
        <Td className="font-mono text-xs whitespace-nowrap">{entry.action}</Td>
        <Td className="font-mono text-xs">{entry.targets.length > 0 ? entry.targets.join(', ') : dash}</Td>
        <Td>
          <OutcomeBadge outcome={entry.outcome} />
        </Td>
        <Td className="font-mono text-xs">{entry.errorCode ?? dash}</Td>
        <Td className="font-mono text-xs break-all select-all">{entry.requestId || dash}</Td>
      </tr>
      {open && (
        <tr id={detailsId} className="bg-surface-2">
          <td colSpan={AUDIT_COLUMNS} className="px-4 pt-1 pb-4">
            {entry.errorMessage && (
              <p className="mb-2 text-sm">
                <span className="font-medium">{m.errorMessage}: </span>
                {entry.errorMessage}
              </p>
            )}
            <p className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">{m.params}</p>
            {entry.params === null || entry.params === undefined ? (
              <p className="text-sm text-fg-muted">{m.noParams}</p>
            ) : (
              <pre className="max-h-80 overflow-auto rounded-md border border-line bg-surface p-3 font-mono text-xs">{JSON.stringify(entry.params, null, 2)}</pre>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

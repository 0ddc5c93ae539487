import type { CloudAccount } from '@cvm/shared';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Td } from '../../../components/ui/data-table.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useTestAccount } from '../api/test-account.ts';
import { accountsMessages } from '../messages.ts';
import { ConnectionTestResult } from './connection-test-result.tsx';

const COLUMNS = 7;

interface AccountRowProps {
  account: CloudAccount;
  onEdit: (account: CloudAccount) => void;
  onDelete: (account: CloudAccount) => void;
}

/**
 * One account, and under it the result of its last connection test. Accounts the server defines (the emulator's, the
 * environment's) are read-only here: they can be tested but not edited or deleted.
 */
export function AccountRow({ account, onEdit, onDelete }: AccountRowProps) {
  const t = useT();
  const m = useLocalized(accountsMessages);
  const test = useTestAccount();
  const builtIn = account.source !== 'database';
  return (
    <>
      <tr>
        <Td className="font-medium">{account.name}</Td>
        <Td>{t.clouds[account.cloud]}</Td>
        <Td className="font-mono text-xs">{account.role ? m.roleAccount(account.role.arn) : m.secretIdEnding(account.secretIdLast4)}</Td>
        <Td className="font-mono text-xs">{account.defaultRegion}</Td>
        <Td>
          <span className="flex flex-wrap items-center gap-1.5">
            {m.sources[account.source]}
            {builtIn && (
              <Badge tone="neutral" title={m.readOnlyHint}>
                {m.readOnly}
              </Badge>
            )}
          </span>
        </Td>
        <Td>{account.hasToken ? t.common.yes : t.common.no}</Td>
        <Td>
          <div className="flex justify-end gap-2">
            <Button aria-label={m.testNamed(account.name)} disabled={test.isPending} onClick={() => test.mutate(account.id)}>
              {test.isPending && <Spinner />}
              {test.isPending ? m.testing : m.test}
            </Button>
            {!builtIn && (
              <>
                <Button aria-label={m.editNamed(account.name)} onClick={() => onEdit(account)}>
                  {m.edit}
                </Button>
                <Button aria-label={m.deleteNamed(account.name)} onClick={() => onDelete(account)} className="text-red-700 dark:text-red-300">
                  {m.delete}
                </Button>
              </>
            )}
          </div>
        </Td>
      </tr>
      {(test.isError || test.data) && (
        <tr>
          <td colSpan={COLUMNS} className="px-4 pb-3">
            <ConnectionTestResult name={account.name} test={test} />
          </td>
        </tr>
      )}
    </>
  );
}

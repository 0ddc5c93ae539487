import { useState } from 'react';
import { cvm, roleAllows, type KeyPair } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { instancesPath } from '../../../app/paths.ts';
import { SectionPages } from '../../../app/section-pages.tsx';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useKeyPairs } from '../../../cloud/cvm/key-pairs.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { keyPairsMessages } from '../messages.ts';
import { CreateKeyPairDialog, DeleteKeyPairDialog, EditKeyPairDialog, ImportKeyPairDialog } from './key-pair-dialogs.tsx';

type OpenDialog = { kind: 'create' } | { kind: 'import' } | { kind: 'edit'; keyPair: KeyPair } | { kind: 'delete'; keyPair: KeyPair };

/** Names of instances a key is bound to that a row lists before "and N more". */
const SHOWN_INSTANCES = 3;

/**
 * /key-pairs: the region's SSH key pairs (DescribeKeyPairs), with the instances each is bound to; operators create
 * (the private key shown once), import, rename, describe and delete them. A key still bound cannot be deleted: the
 * row says so instead of offering it.
 */
export default function KeyPairsPage() {
  const m = useLocalized(keyPairsMessages);
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const keyPairs = useKeyPairs(scope);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const mayChange = roleAllows(user.role, cvm.CreateKeyPair.minRole);
  const close = () => setDialog(undefined);
  const done = (message: string) => {
    close();
    setNotice(message);
  };
  if (!scope || !account) return null;

  return (
    <>
      <SectionPages />
      <PageHeading
        title={m.title}
        subtitle={m.subtitle(scope.region)}
        actions={
          mayChange && (
            <>
              <Button onClick={() => setDialog({ kind: 'import' })}>{m.import}</Button>
              <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
                <PlusIcon />
                {m.create}
              </Button>
            </>
          )
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={keyPairs} loadFailed={m.loadFailed} empty={m.empty} keepListOnError>
        {(list) => (
          <DataTable label={m.tableLabel}>
            <HeaderRow>
              <Th>{m.columns.name}</Th>
              <Th>{m.columns.id}</Th>
              <Th>{m.columns.description}</Th>
              <Th>{m.columns.bound}</Th>
              <Th>{m.columns.created}</Th>
              {mayChange && <Th className="text-right">{m.columns.actions}</Th>}
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((keyPair) => {
                const bound = keyPair.AssociatedInstanceIds;
                return (
                  <tr key={keyPair.KeyId}>
                    <Th scope="row" className="text-left font-medium text-fg">
                      {keyPair.KeyName}
                    </Th>
                    <Td className="font-mono text-xs">{keyPair.KeyId}</Td>
                    <Td className="text-fg-muted">{keyPair.Description}</Td>
                    <Td>
                      <span className="block">{m.boundCount(bound.length)}</span>
                      {bound.slice(0, SHOWN_INSTANCES).map((id) => (
                        <AppLink
                          key={id}
                          href={instancesPath({ account: account.id, region: scope.region }, { instance: id })}
                          className="mr-2 font-mono text-xs text-accent hover:underline"
                        >
                          {id}
                        </AppLink>
                      ))}
                      {bound.length > SHOWN_INSTANCES && <span className="text-xs text-fg-muted">…</span>}
                    </Td>
                    <Td>
                      <Timestamp value={keyPair.CreatedTime} />
                    </Td>
                    {mayChange && (
                      <Td>
                        <div className="flex justify-end gap-2">
                          <Button aria-label={m.editNamed(keyPair.KeyName)} onClick={() => setDialog({ kind: 'edit', keyPair })}>
                            {m.edit}
                          </Button>
                          <Button
                            aria-label={m.deleteNamed(keyPair.KeyName)}
                            disabled={bound.length > 0}
                            title={bound.length > 0 ? m.deleteRefused(bound.length) : undefined}
                            onClick={() => setDialog({ kind: 'delete', keyPair })}
                            className="text-red-700 dark:text-red-300"
                          >
                            {m.delete}
                          </Button>
                        </div>
                      </Td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      {dialog?.kind === 'create' && <CreateKeyPairDialog scope={scope} onClose={close} onDone={done} />}
      {dialog?.kind === 'import' && <ImportKeyPairDialog scope={scope} onClose={close} onDone={done} />}
      {dialog?.kind === 'edit' && <EditKeyPairDialog scope={scope} keyPair={dialog.keyPair} onClose={close} onDone={done} />}
      {dialog?.kind === 'delete' && <DeleteKeyPairDialog scope={scope} keyPair={dialog.keyPair} onClose={close} onDone={done} />}
    </>
  );
}

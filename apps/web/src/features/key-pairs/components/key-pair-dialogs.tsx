import { useId, useState } from 'react';
import { KEY_PAIR_DESCRIPTION_MAX, cvm, isOpenSshRsaPublicKey, keyPairNameProblem, type KeyPair } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { DownloadIcon } from '../../../components/ui/icons.tsx';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useKeyPairChange } from '../api/key-pair-change.ts';
import { keyPairsMessages } from '../messages.ts';

// Creating, importing, editing and deleting key pairs. Names are checked as they are typed by the cloud's own rule
// (@cvm/shared), and only a valid form is sent; the cloud's refusals (a name already taken) are shown with their code.

const textareaClass =
  'block w-full rounded-md border border-line-strong bg-surface px-3 py-2 font-mono text-xs text-fg focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent aria-[invalid=true]:border-red-600';

/** The name field, with the cloud's rule said as it is typed (once the person has tried to send). */
function NameField({ value, onChange, problem }: { value: string; onChange: (value: string) => void; problem: string | undefined }) {
  const m = useLocalized(keyPairsMessages);
  const id = useId();
  return (
    <FormField id={id} label={m.name} hint={m.nameHint} error={problem}>
      <TextInput
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, { hint: true, error: problem })}
      />
    </FormField>
  );
}

function useNameCheck(name: string, attempted: boolean) {
  const m = useLocalized(keyPairsMessages);
  const problem = keyPairNameProblem(name.trim());
  return { ok: problem === undefined, shown: attempted && problem ? m.nameProblems[problem] : undefined };
}

/** The file a private key is saved as: its name, as ssh-keygen would name it. */
const keyFile = (name: string) => `${name}.pem`;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-pem-file' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = keyFile(name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * CreateKeyPair, then its private key shown once — to copy or download — and gone when the dialog closes: it lives
 * only in this component's memory, never in a query cache, storage or the console's server.
 */
export function CreateKeyPairDialog({ scope, onClose, onDone }: { scope: CloudScope; onClose: () => void; onDone: (message: string) => void }) {
  const m = useLocalized(keyPairsMessages);
  const [name, setName] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [created, setCreated] = useState<{ name: string; privateKey: string }>();
  const check = useNameCheck(name, attempted);
  const create = useKeyPairChange<{ KeyPair: { KeyName: string; PrivateKey: string } }>(scope);
  const privateKeyId = useId();
  const titleId = useId();

  if (created) {
    return (
      <ModalDialog labelledBy={titleId} onClose={() => onDone(m.created(created.name))} size="lg">
        <DialogHeader id={titleId} title={m.privateKeyTitle(created.name)} />
        <DialogBody>
          <p
            role="note"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-950 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100"
          >
            {m.privateKeyOnce}
          </p>
          <FormField id={privateKeyId} label={m.privateKey}>
            <textarea id={privateKeyId} readOnly rows={10} value={created.privateKey} className={textareaClass} />
          </FormField>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => download(created.name, created.privateKey)}>
              <DownloadIcon />
              {m.download(keyFile(created.name))}
            </Button>
            <CopyButton text={created.privateKey} label={m.copyPrivateKey} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button variant="primary" onClick={() => onDone(m.created(created.name))}>
            {m.saved}
          </Button>
        </DialogFooter>
      </ModalDialog>
    );
  }
  return (
    <FormDialog
      title={m.createTitle}
      submitLabel={m.create}
      pending={create.isPending}
      error={create.error}
      errorTitle={m.createFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!check.ok) return;
        create.mutate(() => callAction(cvm.CreateKeyPair, { KeyName: name.trim(), ProjectId: 0 }, scope), {
          onSuccess: (answer) => setCreated({ name: answer.KeyPair.KeyName, privateKey: answer.KeyPair.PrivateKey }),
        });
      }}
    >
      <p className="text-fg-muted">{m.createBody}</p>
      <NameField value={name} onChange={setName} problem={check.shown} />
    </FormDialog>
  );
}

/** ImportKeyPair: a public key the person already has, checked to be OpenSSH RSA before it is sent. */
export function ImportKeyPairDialog({ scope, onClose, onDone }: { scope: CloudScope; onClose: () => void; onDone: (message: string) => void }) {
  const m = useLocalized(keyPairsMessages);
  const [name, setName] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [attempted, setAttempted] = useState(false);
  const check = useNameCheck(name, attempted);
  const keyOk = isOpenSshRsaPublicKey(publicKey);
  const keyProblem = attempted && !keyOk ? m.publicKeyInvalid : undefined;
  const importKey = useKeyPairChange(scope);
  const keyId = useId();
  return (
    <FormDialog
      title={m.importTitle}
      submitLabel={m.import}
      pending={importKey.isPending}
      error={importKey.error}
      errorTitle={m.importFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!check.ok || !keyOk) return;
        importKey.mutate(() => callAction(cvm.ImportKeyPair, { KeyName: name.trim(), ProjectId: 0, PublicKey: publicKey.trim() }, scope), {
          onSuccess: () => onDone(m.imported(name.trim())),
        });
      }}
    >
      <NameField value={name} onChange={setName} problem={check.shown} />
      <FormField id={keyId} label={m.publicKey} hint={m.publicKeyHint} error={keyProblem}>
        <textarea
          id={keyId}
          rows={6}
          value={publicKey}
          onChange={(event) => setPublicKey(event.target.value)}
          spellCheck={false}
          className={textareaClass}
          aria-invalid={keyProblem ? true : undefined}
          aria-describedby={describedBy(keyId, { hint: true, error: keyProblem })}
        />
      </FormField>
    </FormDialog>
  );
}

/** ModifyKeyPairAttribute: a new name, a description, or both; only what changed is sent. */
export function EditKeyPairDialog({ scope, keyPair, onClose, onDone }: { scope: CloudScope; keyPair: KeyPair; onClose: () => void; onDone: (message: string) => void }) {
  const m = useLocalized(keyPairsMessages);
  const [name, setName] = useState(keyPair.KeyName);
  const [description, setDescription] = useState(keyPair.Description);
  const [attempted, setAttempted] = useState(false);
  const check = useNameCheck(name, attempted);
  const descriptionProblem = attempted && description.length > KEY_PAIR_DESCRIPTION_MAX ? m.descriptionTooLong : undefined;
  const changes = {
    ...(name.trim() !== keyPair.KeyName ? { KeyName: name.trim() } : {}),
    ...(description !== keyPair.Description ? { Description: description } : {}),
  };
  const unchanged = attempted && Object.keys(changes).length === 0;
  const modify = useKeyPairChange(scope);
  const descriptionId = useId();
  return (
    <FormDialog
      title={m.editTitle(keyPair.KeyName)}
      submitLabel={m.save}
      pending={modify.isPending}
      error={modify.error}
      errorTitle={m.failed(keyPair.KeyName)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!check.ok || description.length > KEY_PAIR_DESCRIPTION_MAX || Object.keys(changes).length === 0) return;
        modify.mutate(() => callAction(cvm.ModifyKeyPairAttribute, { KeyId: keyPair.KeyId, ...changes }, scope), {
          onSuccess: () => onDone(m.updated(name.trim())),
        });
      }}
    >
      <NameField value={name} onChange={setName} problem={check.shown} />
      <FormField id={descriptionId} label={m.description} hint={m.descriptionHint} error={descriptionProblem}>
        <TextInput
          id={descriptionId}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          autoComplete="off"
          aria-invalid={descriptionProblem ? true : undefined}
          aria-describedby={describedBy(descriptionId, { hint: true, error: descriptionProblem })}
        />
      </FormField>
      {unchanged && <FormAlert>{m.nothingChanged}</FormAlert>}
    </FormDialog>
  );
}

/** DeleteKeyPairs for one key nothing is bound to (the page offers it only then; the cloud refuses it otherwise too). */
export function DeleteKeyPairDialog({ scope, keyPair, onClose, onDone }: { scope: CloudScope; keyPair: KeyPair; onClose: () => void; onDone: (message: string) => void }) {
  const m = useLocalized(keyPairsMessages);
  const remove = useKeyPairChange(scope);
  return (
    <ConfirmDialog
      title={m.deleteTitle(keyPair.KeyName)}
      confirmLabel={m.delete}
      danger
      pending={remove.isPending}
      error={remove.error}
      errorTitle={m.failed(keyPair.KeyName)}
      onClose={onClose}
      onConfirm={() => remove.mutate(() => callAction(cvm.DeleteKeyPairs, { KeyIds: [keyPair.KeyId] }, scope), { onSuccess: () => onDone(m.deleted(keyPair.KeyName)) })}
    >
      <p>{m.deleteBody}</p>
    </ConfirmDialog>
  );
}

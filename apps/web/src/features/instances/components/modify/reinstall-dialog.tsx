import { cvm, isWindowsImage, SYSTEM_DISK_LIMITS, systemDiskMin, type Image } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { NewPasswordFields } from '../../../../components/password-rules/new-password-fields.tsx';
import { useNewPassword } from '../../../../components/password-rules/use-new-password.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { TypedConfirmation } from '../../../../components/ui/typed-confirmation.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { numberText, parseNumberText } from '../../../../lib/number-text.ts';
import { useImages } from '../../../../cloud/cvm/images.ts';
import { useKeyPairs } from '../../../../cloud/cvm/key-pairs.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useChangeFlow } from '../../api/change-flow.ts';
import { useChangeQuote } from '../../api/change-quote.ts';
import { actionDialogMessages } from '../actions/messages.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { flowError } from './flow-error.ts';
import { modifyMessages } from './messages.ts';
import { QuoteView, useChangeLines } from './quote-view.tsx';

type LoginMethod = 'password' | 'key';

/**
 * Reinstall (ResetInstance): another image (or the same one) on a wiped system disk, which may grow but never shrink,
 * with a new password (the purchase rule, checked as typed) or a key pair. It destroys what the system disk holds, so
 * it says so plainly, quotes the change, and waits for the instance's name to be typed. A running instance is stopped,
 * reinstalled and started again by the cloud.
 */
export function ReinstallDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const dm = useLocalized(actionDialogMessages);
  const t = useT();
  const ids = { image: useId(), key: useId(), size: useId() };
  const publicImages = useImages(scope, 'PUBLIC_IMAGE', instance.InstanceType);
  const ownImages = useImages(scope, 'PRIVATE_IMAGE', instance.InstanceType);
  const sharedImages = useImages(scope, 'SHARED_IMAGE', instance.InstanceType);
  const [imageId, setImageId] = useState(instance.ImageId);
  const [method, setMethod] = useState<LoginMethod>('password');
  const [keyId, setKeyId] = useState('');
  const [size, setSize] = useState(instance.SystemDisk.DiskSize);
  const [typed, setTyped] = useState('');
  const [attempted, setAttempted] = useState(false);
  const flow = useChangeFlow(scope);
  const lines = useChangeLines(instance);

  const images = [...(publicImages.data ?? []), ...(ownImages.data ?? []), ...(sharedImages.data ?? [])];
  const image: Image | undefined = images.find((candidate) => candidate.ImageId === imageId);
  const windows = isWindowsImage(image);
  const login = windows ? 'password' : method;
  const keyPairs = useKeyPairs(scope, login === 'key');
  const minSize = Math.max(instance.SystemDisk.DiskSize, systemDiskMin(image));
  const sizeProblem = !Number.isInteger(size)
    ? m.sizeNotNumber
    : size < minSize
      ? m.reinstallSizeMin(minSize)
      : size > SYSTEM_DISK_LIMITS.max
        ? m.sizeTooLarge(SYSTEM_DISK_LIMITS.max)
        : undefined;
  const platform = windows ? 'windows' : 'linux';
  const newPassword = useNewPassword({ kind: 'login', platform }, attempted, m);
  const keyError = login === 'key' && attempted && !keyId ? m.chooseKeyPair : undefined;
  const loginOk = login === 'password' ? newPassword.ok : keyId !== '';
  const expected = instanceLabel(instance);
  const diskChange = size !== instance.SystemDisk.DiskSize ? { SystemDisk: { DiskSize: size } } : {};
  // The quote needs no password: what it prices is the image and the disk.
  const quote = useChangeQuote(scope, cvm.InquiryPriceResetInstance, image && !sizeProblem ? { InstanceId: instance.InstanceId, ImageId: imageId, ...diskChange } : undefined);

  const chooseImage = (next: string) => {
    setImageId(next);
    const chosen = images.find((candidate) => candidate.ImageId === next);
    // A bigger image needs a bigger system disk: grow the box to fit rather than refuse.
    setSize((current) => (Number.isInteger(current) ? Math.max(current, Math.max(instance.SystemDisk.DiskSize, systemDiskMin(chosen))) : current));
  };

  const confirm = () => {
    setAttempted(true);
    if (!image || sizeProblem || !loginOk) return;
    void flow.run(
      {
        instance,
        operation: 'ResetInstance',
        // The cloud stops a running instance itself, reinstalls it and starts it again.
        choice: 'force',
        send: () =>
          callAction(
            cvm.ResetInstance,
            {
              InstanceId: instance.InstanceId,
              ImageId: imageId,
              ...diskChange,
              LoginSettings: login === 'password' ? { Password: newPassword.password } : { KeyIds: [keyId] },
            },
            scope,
          ),
      },
      onSucceeded,
    );
  };

  const groups = [
    { label: m.publicImages, images: publicImages.data ?? [] },
    { label: m.ownImages, images: ownImages.data ?? [] },
    { label: m.sharedImages, images: sharedImages.data ?? [] },
  ].filter((group) => group.images.length > 0);

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.reinstallTitle(expected)}
      onClose={onClose}
      pending={flow.pending}
      ready={typed.trim() === expected}
      error={flowError(flow.error, m, t)}
      onConfirm={confirm}
      size="lg"
    >
      <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 font-medium text-red-900 dark:border-red-400/30 dark:bg-red-400/10 dark:text-red-100">
        {m.wipeWarning(instance.SystemDisk.DiskId, instance.SystemDisk.DiskSize)}
      </p>
      {publicImages.isError ? (
        <ErrorPanel error={publicImages.error} title={m.imagesFailed} onRetry={() => void publicImages.refetch()} />
      ) : !publicImages.data ? (
        <Spinner label={m.imagesLoading} className="text-fg-muted" />
      ) : (
        <FormField id={ids.image} label={m.image} error={attempted && !image ? m.chooseImage : undefined}>
          <Select id={ids.image} value={image ? imageId : ''} onChange={(event) => chooseImage(event.target.value)}>
            {!image && <option value="">{m.chooseImage}</option>}
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.images.map((candidate) => (
                  <option key={candidate.ImageId} value={candidate.ImageId}>
                    {candidate.ImageId === instance.ImageId ? m.currentImage(candidate.ImageName || candidate.OsName) : candidate.ImageName || candidate.OsName}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </FormField>
      )}
      <FormField id={ids.size} label={m.systemDiskSize} hint={m.reinstallSizeHint(minSize, SYSTEM_DISK_LIMITS.max)} error={sizeProblem} className="w-64">
        <TextInput
          id={ids.size}
          type="number"
          inputMode="numeric"
          min={minSize}
          max={SYSTEM_DISK_LIMITS.max}
          step={1}
          value={numberText(size)}
          onChange={(event) => setSize(parseNumberText(event.target.value))}
          aria-invalid={sizeProblem ? true : undefined}
          aria-describedby={describedBy(ids.size, { hint: true, error: sizeProblem })}
        />
      </FormField>
      <ChoiceGroup<LoginMethod>
        legend={m.loginMethod}
        layout="row"
        value={login}
        onChange={setMethod}
        choices={[
          { value: 'password', label: m.loginPassword, hint: m.loginPasswordHint },
          { value: 'key', label: m.loginKey, hint: m.loginKeyHint, disabledReason: windows ? m.loginKeyWindows : undefined },
        ]}
      />
      {login === 'password' ? (
        <NewPasswordFields {...newPassword.fields} />
      ) : keyPairs.isError ? (
        <ErrorPanel error={keyPairs.error} title={m.keyPairsFailed} onRetry={() => void keyPairs.refetch()} />
      ) : (
        <FormField id={ids.key} label={m.keyPair} error={keyError} className="max-w-md">
          <Select id={ids.key} value={keyId} onChange={(event) => setKeyId(event.target.value)} disabled={!keyPairs.data}>
            <option value="">{keyPairs.data ? m.chooseKeyPair : m.keyPairsLoading}</option>
            {(keyPairs.data ?? []).map((key) => (
              <option key={key.KeyId} value={key.KeyId}>
                {`${key.KeyName} (${key.KeyId})`}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <QuoteView quote={quote} lines={lines} idleText={m.chooseImage} note={instance.InstanceChargeType === 'PREPAID' ? undefined : m.wholeInstanceNote} />
      <p className="text-fg-muted">{instance.InstanceState === 'RUNNING' ? m.reinstallRunning : m.staysStopped}</p>
      <TypedConfirmation label={dm.confirmByName(expected)} value={typed} onChange={setTyped} />
    </ActionDialogFrame>
  );
}

import { useId, useState } from 'react';
import { isWindowsImage, type BatchInstance, type ComputeEnvView, type Image, type Instance } from '@cvm/shared';
import { NewPasswordFields } from '../../../../components/password-rules/new-password-fields.tsx';
import { useNewPassword } from '../../../../components/password-rules/use-new-password.ts';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { TypedConfirmation } from '../../../../components/ui/typed-confirmation.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useComputeEnvs, useBatchMembership } from '../../../../cloud/batch/compute-envs.ts';
import { addToBatchMessages, type AddToBatchMessages } from './messages.ts';
import { useImages } from '../../../../cloud/cvm/images.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useAttachToBatch } from '../../api/attach-to-batch.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { actionDialogMessages } from '../actions/messages.ts';

/** Why an environment cannot take these instances: bare metal, or another zone than one of them. */
function envRefusal(env: ComputeEnvView, instances: Instance[], m: AddToBatchMessages): string | undefined {
  if (env.ResourceType !== 'CVM') return m.envBareMetal;
  const elsewhere = instances.find((instance) => instance.Placement.Zone !== env.Placement.Zone);
  return elsewhere ? m.envOtherZone(env.Placement.Zone, instanceLabel(elsewhere), elsewhere.Placement.Zone) : undefined;
}

const nodeCount = (env: ComputeEnvView) => Object.values(env.ComputeNodeMetrics).reduce((sum, count) => sum + count, 0);

/**
 * Adds instances to a Batch compute environment (AttachInstances). Doing so reinstalls each one, which erases its
 * system disk and its UserData: the dialog says so in red first, and waits for the instance's name (or the number of
 * instances) to be typed, as the reinstall dialog does. Environments in another zone, or of bare metal, are offered but
 * disabled with the reason; instances already in Batch are named before anything is sent. The rows then show the
 * reinstall live, followed by the console's status watch.
 */
export function AddToBatchDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(addToBatchMessages);
  const dm = useLocalized(actionDialogMessages);
  const ids = { image: useId(), password: useId() };
  const single = instances.length === 1;
  const first = instances[0]!;
  const envs = useComputeEnvs(scope);
  const members = useBatchMembership(scope, envs.data);
  // Images the instances' type can boot; for several instances, every public image (the cloud checks each one).
  const images = useImages(scope, 'PUBLIC_IMAGE', single ? first.InstanceType : '');
  const [envId, setEnvId] = useState('');
  const [imageId, setImageId] = useState('');
  const [withPassword, setWithPassword] = useState(false);
  const [typed, setTyped] = useState('');
  const [attempted, setAttempted] = useState(false);
  const attach = useAttachToBatch(scope);

  const names = instances.map(instanceLabel);
  const subject = single ? names[0]! : dm.subject(names);
  const image: Image | undefined = images.data?.find((candidate) => candidate.ImageId === imageId);
  const windows = image ? isWindowsImage(image) : instances.some((instance) => /windows/i.test(instance.OsName));
  const rules = { kind: 'login', platform: windows ? 'windows' : 'linux' } as const;
  const newPassword = useNewPassword(rules, attempted, m);
  const loginOk = !withPassword || newPassword.ok;

  const chosen = envs.data?.find((env) => env.EnvId === envId);
  const envOk = chosen !== undefined && envRefusal(chosen, instances, m) === undefined;
  const membership = instances.map((instance) => ({ instance, env: members?.get(instance.InstanceId) }));
  const allFree = members !== undefined && membership.every((entry) => !entry.env);
  const expected = single ? instanceLabel(first) : String(instances.length);

  const confirm = () => {
    setAttempted(true);
    if (!envOk || !loginOk || !allFree) return;
    const entries: BatchInstance[] = instances.map((instance) => ({
      InstanceId: instance.InstanceId,
      ...(imageId ? { ImageId: imageId } : {}),
      ...(withPassword ? { LoginSettings: { Password: newPassword.password } } : {}),
    }));
    attach.mutate({ EnvId: envId, Instances: entries }, { onSuccess: onSucceeded });
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.addTitle(subject)}
      onClose={onClose}
      pending={attach.isPending}
      ready={typed.trim() === expected && envOk && allFree}
      error={attach.error}
      onConfirm={confirm}
      size="lg"
    >
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 font-medium text-red-900 dark:border-red-400/30 dark:bg-red-400/10 dark:text-red-100">
        {m.wipeWarning(subject)}
      </p>

      {envs.isError ? (
        <ErrorPanel error={envs.error} title={m.envsFailed} onRetry={() => void envs.refetch()} />
      ) : !envs.data ? (
        <Spinner label={m.envsLoading} className="text-fg-muted" />
      ) : envs.data.length === 0 ? (
        <p className="text-fg-muted">{m.noEnvs}</p>
      ) : (
        <div>
          <ChoiceGroup<string>
            legend={m.envLegend}
            value={envId}
            onChange={setEnvId}
            choices={envs.data.map((env) => ({
              value: env.EnvId,
              label: m.envChoice(env.EnvName, env.EnvId),
              hint: m.envHint(env.Placement.Zone, nodeCount(env)),
              disabledReason: envRefusal(env, instances, m),
            }))}
          />
          {attempted && !envOk && <p className="mt-1.5 text-xs text-red-700 dark:text-red-300">{m.chooseEnv}</p>}
        </div>
      )}

      <section aria-label={m.eligibility} className="space-y-1 text-sm">
        {members === undefined ? (
          <Spinner label={m.membershipLoading} className="text-fg-muted" />
        ) : (
          <ul className="space-y-0.5">
            {membership.map(({ instance, env }) => (
              <li key={instance.InstanceId} className={env ? 'text-red-700 dark:text-red-300' : 'text-fg-muted'}>
                {env ? m.alreadyMember(instanceLabel(instance), `${env.EnvName} (${env.EnvId})`) : m.ready(instanceLabel(instance))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <FormField id={ids.image} label={m.image} className="max-w-md">
        <Select id={ids.image} value={imageId} onChange={(event) => setImageId(event.target.value)}>
          <option value="">{single ? m.keepImage(first.OsName) : m.keepImages}</option>
          {(images.data ?? []).map((candidate) => (
            <option key={candidate.ImageId} value={candidate.ImageId}>
              {candidate.ImageName || candidate.OsName}
            </option>
          ))}
        </Select>
      </FormField>

      <div className="space-y-3">
        <label htmlFor={ids.password} className="flex items-start gap-2 text-sm">
          <Checkbox
            id={ids.password}
            checked={withPassword}
            onChange={(event) => setWithPassword(event.target.checked)}
            className="mt-0.5"
            aria-describedby={`${ids.password}-hint`}
          />
          <span>
            <span className="font-medium">{m.setPassword}</span>
            <span id={`${ids.password}-hint`} className="block text-fg-muted">
              {m.setPasswordHint}
            </span>
          </span>
        </label>
        {withPassword && <NewPasswordFields {...newPassword.fields} />}
      </div>

      <TypedConfirmation label={single ? m.typeName(expected) : m.typeCount(instances.length)} value={typed} onChange={setTyped} />
    </ActionDialogFrame>
  );
}

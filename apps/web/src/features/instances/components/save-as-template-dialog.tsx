import { cvm, type Instance, type ParamsOf } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../api/call-action.ts';
import { PATHS } from '../../../app/paths.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { templateNameProblem, useLaunchTemplateChange, versionDescriptionProblem } from '../../../cloud/cvm/launch-templates.ts';
import { useLocalized, type Localized } from '../../../i18n/localized.ts';
import type { ActionDialogProps } from '../actions/instance-action.ts';
import { instanceLabel } from '../actions/refusal.ts';
import { ActionDialogFrame } from './actions/action-dialog-frame.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';

const words: Localized<{
  title: (who: string) => string;
  intro: string;
  name: string;
  nameHint: string;
  nameProblem: string;
  description: string;
  descriptionHint: string;
  save: string;
  close: string;
  saved: (name: string, id: string) => string;
  open: string;
}> = {
  en: {
    title: (who) => `Save ${who} as a launch template`,
    intro:
      'The template keeps how this instance was bought — zone, billing, type, image, disks, network, security groups, bandwidth, key pairs, name and tags — to buy the same again. Never a password. A subscription is kept for one month.',
    name: 'Template name',
    nameHint: '2 to 128 characters.',
    nameProblem: 'Give the template a name of 2 to 128 characters.',
    description: 'Version description (optional)',
    descriptionHint: 'None, or 2 to 256 characters.',
    save: 'Save',
    close: 'Close',
    saved: (name, id) => `Saved as launch template ${name} (${id}).`,
    open: 'Open launch templates',
  },
  'zh-CN': {
    title: (who) => `将 ${who} 保存为启动模板`,
    intro: '模板保存此实例的购买配置——可用区、计费、机型、镜像、磁盘、网络、安全组、带宽、密钥、名称和标签——以便再次购买相同配置。从不保存密码。包年包月按一个月保存。',
    name: '模板名称',
    nameHint: '2 到 128 个字符。',
    nameProblem: '请填写 2 到 128 个字符的模板名称。',
    description: '版本描述（可选）',
    descriptionHint: '不填，或 2 到 256 个字符。',
    save: '保存',
    close: '关闭',
    saved: (name, id) => `已保存为启动模板 ${name}（${id}）。`,
    open: '打开启动模板',
  },
};

type TemplateData = Omit<ParamsOf<typeof cvm.CreateLaunchTemplate>, 'LaunchTemplateName'>;

/** How the instance was bought, as a launch template version: what DescribeInstances tells of it, never a password. */
export function templateOf(instance: Instance): TemplateData {
  const internet = instance.InternetAccessible;
  const keyIds = instance.LoginSettings.KeyIds ?? [];
  return {
    Placement: { Zone: instance.Placement.Zone, ProjectId: instance.Placement.ProjectId },
    ImageId: instance.ImageId,
    InstanceType: instance.InstanceType,
    InstanceChargeType: instance.InstanceChargeType,
    // The cloud does not say how long a subscription was bought for: a month, the shortest.
    ...(instance.InstanceChargeType === 'PREPAID' ? { InstanceChargePrepaid: { Period: 1, ...(instance.RenewFlag ? { RenewFlag: instance.RenewFlag } : {}) } } : {}),
    SystemDisk: { DiskType: instance.SystemDisk.DiskType, DiskSize: instance.SystemDisk.DiskSize },
    ...(instance.DataDisks?.length
      ? { DataDisks: instance.DataDisks.map((disk) => ({ DiskType: disk.DiskType, DiskSize: disk.DiskSize, DeleteWithInstance: disk.DeleteWithInstance })) }
      : {}),
    VirtualPrivateCloud: { VpcId: instance.VirtualPrivateCloud.VpcId, SubnetId: instance.VirtualPrivateCloud.SubnetId },
    ...(instance.SecurityGroupIds?.length ? { SecurityGroupIds: [...instance.SecurityGroupIds] } : {}),
    InternetAccessible: {
      ...(internet.InternetChargeType ? { InternetChargeType: internet.InternetChargeType } : {}),
      InternetMaxBandwidthOut: internet.InternetMaxBandwidthOut,
      PublicIpAssigned: internet.PublicIpAssigned ?? internet.InternetMaxBandwidthOut > 0,
    },
    ...(keyIds.length ? { LoginSettings: { KeyIds: [...keyIds] } } : {}),
    ...(instance.InstanceName ? { InstanceName: instance.InstanceName } : {}),
    ...(instance.Tags?.length ? { TagSpecification: [{ ResourceType: 'instance', Tags: instance.Tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })) }] } : {}),
  };
}

/** "Save as launch template" on one instance: CreateLaunchTemplate from its configuration, named by the person. */
export function SaveAsTemplateDialog({ action, instances, scope, onClose }: ActionDialogProps) {
  const m = useLocalized(words);
  const instance = instances[0]!;
  const nameId = useId();
  const descriptionId = useId();
  const [name, setName] = useState(() => (templateNameProblem(instance.InstanceName) ? '' : instance.InstanceName.slice(0, 128)));
  const [description, setDescription] = useState('');
  const [attempted, setAttempted] = useState(false);
  const save = useLaunchTemplateChange<string>(scope);
  const nameProblem = attempted && templateNameProblem(name) ? m.nameProblem : undefined;
  const descriptionProblem = attempted && versionDescriptionProblem(description) ? m.descriptionHint : undefined;
  const saved = save.isSuccess ? save.data : undefined;

  const confirm = () => {
    setAttempted(true);
    if (templateNameProblem(name) || versionDescriptionProblem(description)) return;
    const note = description.trim() ? { LaunchTemplateVersionDescription: description.trim() } : {};
    save.mutate(async () => (await callAction(cvm.CreateLaunchTemplate, { ...templateOf(instance), ...note, LaunchTemplateName: name.trim() }, scope)).LaunchTemplateId);
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instanceLabel(instance))}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      ready={!saved}
      confirmLabel={m.save}
      cancelLabel={saved ? m.close : undefined}
      onConfirm={confirm}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {saved ? (
        <FormSuccess>
          {m.saved(name.trim(), saved)}{' '}
          <AppLink href={`${PATHS.launchTemplates}?account=${encodeURIComponent(scope.account)}&region=${encodeURIComponent(scope.region)}`} className="font-medium underline">
            {m.open}
          </AppLink>
        </FormSuccess>
      ) : (
        <>
          <TextField id={nameId} label={m.name} hint={m.nameHint} error={nameProblem} value={name} onChange={setName} data-autofocus />
          <TextField id={descriptionId} label={m.description} hint={m.descriptionHint} error={descriptionProblem} value={description} onChange={setDescription} />
        </>
      )}
    </ActionDialogFrame>
  );
}

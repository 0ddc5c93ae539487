import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cvm, type Instance } from '@cvm/shared';
import { callAction } from '../../../../api/call-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { instanceKeys } from '../../../../cloud/cvm/describe-instances.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { markOperating } from '../../api/change-flow.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { TextField } from '../../../../components/ui/text-field.tsx';

// ConvertOperatingSystems and ProgramFpgaImage: each confirmed in its dialog, then shown under way on the instance's row
// (LatestOperation OPERATING) until the cloud lands it.

const words: Localized<{
  convertTitle: (name: string) => string;
  convertBody: (from: string, to: string) => string;
  convertKeeps: string;
  minimal: string;
  minimalHint: string;
  programTitle: (name: string) => string;
  programBody: string;
  url: string;
  urlHint: string;
  urlProblem: string;
  cards: string;
  cardsHint: string;
  cardsProblem: string;
}> = {
  en: {
    convertTitle: (name) => `Convert ${name} to TencentOS?`,
    convertBody: (from, to) => `${from} is converted in place to ${to}: the instance keeps running, with its disks, data and settings.`,
    convertKeeps: 'The conversion cannot be undone. Take an image of the instance first if you may want CentOS back.',
    minimal: 'Minimal conversion',
    minimalHint: 'Replace only the packages the conversion needs.',
    programTitle: (name) => `Program an FPGA image onto ${name}`,
    programBody: 'The image file (.xclbin) in Cloud Object Storage is programmed onto the instance’s FPGA cards; the instance keeps its state.',
    url: 'FPGA image URL',
    urlHint: 'The file in COS: <bucket>-<appid>.cos.<region>.myqcloud.com/<file>',
    urlProblem: 'Give the COS address of the image file.',
    cards: 'Cards (DBDF)',
    cardsHint: 'Optional, comma-separated, e.g. 0000:00:08.0. Every card when left empty.',
    cardsProblem: 'Write each card as domain:bus:device.function, e.g. 0000:00:08.0.',
  },
  'zh-CN': {
    convertTitle: (name) => `将 ${name} 转换为 TencentOS？`,
    convertBody: (from, to) => `${from} 将原地转换为 ${to}：实例保持运行，磁盘、数据和配置都保留。`,
    convertKeeps: '转换不可撤销。如可能需要回到 CentOS，请先为实例制作镜像。',
    minimal: '最小规模转换',
    minimalHint: '只替换转换所必需的软件包。',
    programTitle: (name) => `为 ${name} 烧录 FPGA 镜像`,
    programBody: '对象存储（COS）中的镜像文件（.xclbin）将烧录到实例的 FPGA 卡上；实例保持当前状态。',
    url: 'FPGA 镜像地址',
    urlHint: 'COS 中的文件：<bucket>-<appid>.cos.<region>.myqcloud.com/<file>',
    urlProblem: '请填写镜像文件的 COS 地址。',
    cards: 'FPGA 卡（DBDF）',
    cardsHint: '选填，用逗号分隔，如 0000:00:08.0。留空则烧录全部 FPGA 卡。',
    cardsProblem: '每张卡写作 domain:bus:device.function，如 0000:00:08.0。',
  },
};

const COS_URL = /^(https?:\/\/)?[a-z0-9-]+-\d+\.cos\.[a-z0-9-]+\.myqcloud\.com\/\S+$/;
const DBDF = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;

/** The TencentOS release a CentOS converts to (7 → 2.4, 8 → 3.1), as the cloud answers in SupportTargetOSList. */
const targetOf = (osName: string) => (/^CentOS (?:Linux |Stream )?8/i.test(osName) ? 'TencentOS Server 3.1' : 'TencentOS Server 2.4');

/** One call on one instance; on success its row shows the operation under way, which the list then follows. */
function useInstanceOperation<P>(scope: CloudScope, instance: Instance, operation: string, send: (params: P) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: send,
    onSuccess: async () => {
      await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
      markOperating(client, scope, [instance.InstanceId], operation);
      await client.invalidateQueries({ queryKey: instanceKeys.details(scope) });
    },
  });
}

/** ConvertOperatingSystems for one running CentOS 7/8 instance; MinimalConversion if asked. */
export function ConvertOsDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const instance = instances[0]!;
  const [minimal, setMinimal] = useState(false);
  const minimalId = useId();
  const convert = useInstanceOperation(scope, instance, 'ConvertOperatingSystems', () =>
    callAction(cvm.ConvertOperatingSystems, { InstanceIds: [instance.InstanceId], TargetOSType: 'TencentOS', ...(minimal ? { MinimalConversion: true } : {}) }, scope),
  );
  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.convertTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={convert.isPending}
      error={convert.error}
      onConfirm={() => convert.mutate(undefined, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.convertBody(instance.OsName, targetOf(instance.OsName))}</p>
      <p className="text-fg-muted">{m.convertKeeps}</p>
      <label htmlFor={minimalId} className="flex items-start gap-2 text-sm text-fg">
        <Checkbox id={minimalId} checked={minimal} onChange={(event) => setMinimal(event.target.checked)} aria-describedby={`${minimalId}-hint`} className="mt-0.5" />
        <span>
          {m.minimal}
          <span id={`${minimalId}-hint`} className="block text-xs text-fg-muted">
            {m.minimalHint}
          </span>
        </span>
      </label>
    </ActionDialogFrame>
  );
}

/** ProgramFpgaImage for one FX instance: the image's COS URL, and the cards (all when none are named). */
export function ProgramFpgaDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const instance = instances[0]!;
  const [url, setUrl] = useState('');
  const [cards, setCards] = useState('');
  const [attempted, setAttempted] = useState(false);
  const urlId = useId();
  const cardsId = useId();
  const dbdfs = cards
    .split(',')
    .map((card) => card.trim())
    .filter(Boolean);
  const urlProblem = attempted && !COS_URL.test(url.trim()) ? m.urlProblem : undefined;
  const cardsProblem = attempted && dbdfs.some((card) => !DBDF.test(card)) ? m.cardsProblem : undefined;
  const program = useInstanceOperation(scope, instance, 'ProgramFpgaImage', () =>
    callAction(cvm.ProgramFpgaImage, { InstanceId: instance.InstanceId, FPGAUrl: url.trim(), ...(dbdfs.length ? { DBDFs: dbdfs } : {}) }, scope),
  );
  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.programTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={program.isPending}
      error={program.error}
      size="lg"
      onConfirm={() => {
        setAttempted(true);
        if (!COS_URL.test(url.trim()) || dbdfs.some((card) => !DBDF.test(card))) return;
        program.mutate(undefined, { onSuccess: onSucceeded });
      }}
    >
      <p className="text-fg-muted">{m.programBody}</p>
      <TextField id={urlId} label={m.url} hint={m.urlHint} error={urlProblem} value={url} onChange={setUrl} spellCheck={false} data-autofocus className="font-mono" />
      <TextField id={cardsId} label={m.cards} hint={m.cardsHint} error={cardsProblem} value={cards} onChange={setCards} spellCheck={false} className="font-mono" />
    </ActionDialogFrame>
  );
}

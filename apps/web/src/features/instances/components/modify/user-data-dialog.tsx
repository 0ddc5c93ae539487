import { cvm } from '@cvm/shared';
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { CopyButton } from '../../../../components/ui/copy-button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';

const words: Localized<{ title: (name: string) => string; none: string; binary: string; text: string; copy: string }> = {
  en: {
    title: (name) => `User data of ${name}`,
    none: 'This instance was given no user data.',
    binary: 'Not text: shown as the cloud keeps it (base64).',
    text: 'As the instance receives it, decoded from base64:',
    copy: 'Copy user data',
  },
  'zh-CN': {
    title: (name) => `${name} 的自定义数据`,
    none: '此实例未设置自定义数据。',
    binary: '不是文本：按云端保存的形式（base64）显示。',
    text: '实例收到的内容（已从 base64 解码）：',
    copy: '复制自定义数据',
  },
};

/** The text base64 stands for, or undefined when it is not UTF-8 text. */
export function decodeUserData(base64: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The instance's UserData (DescribeInstancesAttributes), read when the dialog opens and kept nowhere afterwards. */
export function UserDataDialog({ instances, scope, onClose }: ActionDialogProps) {
  const t = useT();
  const m = useLocalized(words);
  const titleId = useId();
  const instance = instances[0]!;
  const read = useQuery({
    queryKey: ['user-data', scope.account, scope.region, instance.InstanceId],
    queryFn: ({ signal }) => callAction(cvm.DescribeInstancesAttributes, { Attributes: ['UserData'], InstanceIds: [instance.InstanceId] }, scope, signal),
    gcTime: 0,
    staleTime: 0,
  });
  const raw = read.data?.InstanceSet[0]?.Attributes.UserData;
  const text = raw ? decodeUserData(raw) : undefined;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <DialogHeader id={titleId} title={m.title(instanceLabel(instance))} />
      <DialogBody>
        {read.isError ? (
          <ErrorPanel error={read.error} onRetry={() => void read.refetch()} />
        ) : raw === undefined ? (
          <Spinner label={t.common.loading} className="text-fg-muted" />
        ) : raw === '' ? (
          <p className="text-fg-muted">{m.none}</p>
        ) : (
          <>
            <p className="text-fg-muted">{text === undefined ? m.binary : m.text}</p>
            <pre className="max-h-80 overflow-auto rounded-md border border-line bg-surface-2 p-3 font-mono text-xs leading-5 whitespace-pre-wrap break-all text-fg">
              {text ?? raw}
            </pre>
            <CopyButton text={text ?? raw} label={m.copy} />
          </>
        )}
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onClose}>
          {t.common.close}
        </Button>
      </DialogFooter>
    </ModalDialog>
  );
}

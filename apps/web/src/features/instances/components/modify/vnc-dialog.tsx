import { cvm } from '@cvm/shared';
import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { FormSuccess } from '../../../../components/ui/form-alert.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { modifyMessages } from './messages.ts';

/** Tencent Cloud's VNC page, which takes the (already URL-encoded) address DescribeInstanceVncUrl returns. */
export const VNC_PAGE = 'https://img.qcloud.com/qcloud/app/active_vnc/index.html';
/** How long the cloud's one-time address lives. */
const URL_LIFETIME_MS = 15_000;

/**
 * The remote console (DescribeInstanceVncUrl): the address is asked for only when the person presses Open, opened
 * at once in a new tab with no way back to this page (noopener), and kept nowhere: not in a query cache, and the
 * fallback link disappears when the address expires. Each Open asks for a new one.
 */
export function VncDialog({ action, instances, scope, onClose }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const vnc = useMutation({
    gcTime: 0,
    mutationFn: () => callAction(cvm.DescribeInstanceVncUrl, { InstanceId: instance.InstanceId }, scope),
  });

  useEffect(() => {
    if (!link) return;
    const timer = window.setTimeout(() => {
      setLink(null);
      setExpired(true);
    }, URL_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [link]);

  const open = () =>
    vnc.mutate(undefined, {
      onSuccess: (response) => {
        const url = `${VNC_PAGE}?InstanceVncUrl=${response.InstanceVncUrl}`;
        window.open(url, '_blank', 'noopener,noreferrer');
        setExpired(false);
        setLink(url);
        vnc.reset();
      },
    });

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.vncTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={vnc.isPending}
      error={vnc.error}
      onConfirm={open}
      confirmLabel={link || expired ? m.vncOpenAgain : m.vncOpen}
      cancelLabel={link || expired ? t.common.close : undefined}
    >
      <p>{m.vncBody}</p>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100">{m.vncSingleUse}</p>
      {link && (
        <FormSuccess>
          {m.vncOpened}{' '}
          <a href={link} target="_blank" rel="noopener noreferrer" className="font-medium underline">
            {m.vncLink}
          </a>
        </FormSuccess>
      )}
      {expired && <p className="text-fg-muted">{m.vncExpired}</p>}
    </ActionDialogFrame>
  );
}

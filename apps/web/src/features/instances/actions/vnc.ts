import * as cvm from '../../../api/actions.ts';
import { TerminalIcon } from '../../../components/ui/icons.tsx';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { VncDialog } from './lazy-dialogs.ts';
import { stateWord } from './refusal.ts';

/** DescribeInstanceVncUrl: a running instance's screen, through a one-time address fetched when asked for. */
export const vncAction: InstanceAction = {
  id: 'vnc',
  label: (t) => t.actions.vnc,
  icon: TerminalIcon,
  spec: cvm.DescribeInstanceVncUrl,
  allowed: (instance) =>
    instance.InstanceState === 'RUNNING' ? OK : refuse((t, who) => t.actions.vncNeedsRunning(who, stateWord(t, instance))),
  Confirmation: VncDialog,
};

import { cvm, stateAllows } from '@cvm/shared';
import { TerminalIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** DescribeInstanceVncUrl: a running instance's screen, through a one-time address fetched when asked for. */
export const vncAction: InstanceAction = {
  id: 'vnc',
  group: 'change',
  order: 1,
  offeredIn: ['row', 'detail'],
  everyday: true,
  label: (t) => words(t).vnc,
  icon: TerminalIcon,
  spec: cvm.DescribeInstanceVncUrl,
  allowed: (instance) => (stateAllows('DescribeInstanceVncUrl', instance.InstanceState) ? OK : refuse((t, who) => words(t).vncNeedsRunning(who, stateWord(t, instance)))),
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'VncDialog'),
};

export default vncAction;

import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { localizedFor } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { ChipIcon, hpcActionWords as words, isFpgaType } from './hpc-words.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

/** ProgramFpgaImage (reference 18748): an FPGA image in COS programmed onto an FX instance's cards, all or some. */
export const programFpgaAction: InstanceAction = {
  id: 'programFpga',
  group: 'change',
  order: 23,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).program,
  icon: ChipIcon,
  spec: cvm.ProgramFpgaImage,
  allowed: (instance) => {
    // UnsupportedOperation.NotFpgaInstance (18899).
    if (!isFpgaType(instance.InstanceType)) return refuse((t, who) => localizedFor(words, t).programOnlyFpga(who, instance.InstanceType));
    // OperationDenied.InstanceOperationInProgress (18897): not while another operation runs.
    return changeable(instance, ['RUNNING', 'STOPPED']);
  },
  Dialog: lazyDialog(() => import('../components/hpc/instance-hpc-dialogs.tsx'), 'ProgramFpgaDialog'),
};

export default programFpgaAction;

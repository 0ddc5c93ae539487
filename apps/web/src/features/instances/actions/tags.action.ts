import { tag } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { OK, type InstanceAction } from './instance-action.ts';

/** A price tag: a label hung on something. */
const TagIcon = lineIcon('M2.5 2.5h5l6 6-5 5-6-6v-5ZM5.5 5.5h.01');

const words: Localized<{ label: string }> = { en: { label: 'Tags' }, 'zh-CN': { label: '标签' } };

/**
 * The tag service's TagResources / UnTagResources (pages 651/46533, 46532): one instance's tags edited as a list, or a
 * tag added, changed or removed on many at once. In any state; the list's tag filters see the change at once.
 */
export const tagsAction: InstanceAction = {
  id: 'tags',
  group: 'change',
  order: 2,
  offeredIn: ['toolbar', 'row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: TagIcon,
  spec: tag.TagResources,
  allowed: () => OK,
  Dialog: lazyDialog(() => import('../components/modify/tags-dialog.tsx'), 'TagsDialog'),
};

export default tagsAction;

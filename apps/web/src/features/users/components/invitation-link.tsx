import { useId } from 'react';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { absoluteUrl } from '../api/new-invitation.ts';
import { usersMessages } from '../messages.ts';

/** An invitation as the admin passes it on: the whole address, selectable, a Copy button, and what the link allows. */
export function InvitationLink({ path }: { path: string }) {
  const m = useLocalized(usersMessages);
  const id = useId();
  const url = absoluteUrl(path);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="text-sm font-medium">
        {m.invitationLink}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={`${id}-note`}
          className="h-8 min-w-0 flex-1 rounded-md border border-line bg-surface-2 px-2.5 font-mono text-xs text-fg"
        />
        <CopyButton text={url} label={m.copyLink} />
      </div>
      <p id={`${id}-note`} className="text-xs text-fg-muted">
        {m.invitationNote}
      </p>
    </div>
  );
}

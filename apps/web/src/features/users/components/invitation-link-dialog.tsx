import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { usersMessages } from '../messages.ts';
import { InvitationLink } from './invitation-link.tsx';

/** Shows a just-created invitation link once, to copy; the server keeps only its hash, so it cannot be shown again. */
export function InvitationLinkDialog({ username, path, onClose }: { username: string; path: string; onClose: () => void }) {
  const m = useLocalized(usersMessages);
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <DialogHeader id={titleId} title={m.invitationTitle(username)} />
      <DialogBody>
        <InvitationLink path={path} />
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onClose}>
          {m.done}
        </Button>
      </DialogFooter>
    </ModalDialog>
  );
}

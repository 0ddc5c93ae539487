import { useMutation } from '@tanstack/react-query';
import { sendConsole } from '../../../api/console-api.ts';

/** A fresh one-time link for someone (it replaces any earlier one); also how a forgotten password is reset. */
export function useNewInvitation() {
  return useMutation({
    mutationFn: (id: string) => sendConsole<{ invitationUrl: string }>('POST', `/api/console/users/${encodeURIComponent(id)}/invitation`),
  });
}

/** The server answers a path (/invite#token); people need the whole address to pass on. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

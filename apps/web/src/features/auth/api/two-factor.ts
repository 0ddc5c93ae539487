import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo, TwoFactorEnrolment, TwoFactorStatus } from '@cvm/shared';
import { getConsole, sendConsole } from '../../../api/console-api.ts';
import { receiveSession } from '../../../api/session-link.ts';

// Two-factor sign-in: the second step of signing in, and the person's own enrolment (Your account).

export interface SecondFactorInput {
  challenge: string;
  code?: string;
  recoveryCode?: string;
}

/** The second step: a code (or recovery code) for the challenge a right password earned; answers the session. */
export async function signInSecondFactor(input: SecondFactorInput): Promise<SessionInfo> {
  const info = await sendConsole<SessionInfo>('POST', '/api/console/sign-in/second-factor', input);
  receiveSession(info);
  return info;
}

export function useSecondFactor() {
  return useMutation({ mutationFn: signInSecondFactor });
}

const statusKey = ['two-factor'] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: statusKey, queryFn: ({ signal }) => getConsole<TwoFactorStatus>('/api/console/two-factor', signal) });
}

export function useEnrolTwoFactor() {
  return useMutation({ mutationFn: () => sendConsole<TwoFactorEnrolment>('POST', '/api/console/two-factor/enrol') });
}

export function useConfirmTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => sendConsole<{ recoveryCodes: string[] }>('POST', '/api/console/two-factor/confirm', { code }),
    onSuccess: () => client.invalidateQueries({ queryKey: statusKey }),
  });
}

export function useDisableTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (proof: { code: string } | { recoveryCode: string }) => sendConsole<void>('POST', '/api/console/two-factor/disable', proof),
    onSuccess: () => client.invalidateQueries({ queryKey: statusKey }),
  });
}

import type { ReactNode } from 'react';
import { roleAllows, type Role } from '@cvm/shared';
import { useSignedInUser } from '../api/session.ts';
import { AppLink } from '../components/ui/app-link.tsx';
import { Notice } from '../components/ui/notice.tsx';
import { useT } from '../i18n/use-t.ts';
import { PATHS } from './paths.ts';

/**
 * Shows a page only to people whose role allows it, and tells everyone else which role it needs (rather than a
 * blank page or a raw 403). The server refuses them anyway; this only saves loading a page that cannot work.
 */
export function RequireRole({ least, children }: { least: Role; children: ReactNode }) {
  const t = useT();
  const user = useSignedInUser();
  if (roleAllows(user.role, least)) return children;
  return (
    <Notice
      title={t.access.title}
      action={
        <AppLink href={PATHS.instances} className="text-sm font-medium text-accent hover:underline">
          {t.access.backToInstances}
        </AppLink>
      }
    >
      {t.access.needsRole(least, t.roles[user.role])}
    </Notice>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { sessionKey, useSession } from '../../../api/session.ts';
import { Button } from '../../../components/ui/button.tsx';
import { PublicLayout } from '../../../app/public-layout.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { signOut } from '../api/sign-out.ts';
import { authMessages } from '../messages.ts';
import { TwoFactorCard } from './two-factor-card.tsx';

/**
 * Signed in, but the person's role requires two-factor sign-in (TWO_FACTOR_REQUIRED_ROLES) and theirs is off: the
 * console shows nothing else until they set it up here, or sign out.
 */
export default function TwoFactorRequiredPage() {
  const t = useT();
  const m = useLocalized(authMessages);
  const role = useSession().data?.user?.role ?? 'viewer';
  const client = useQueryClient();
  return (
    <PublicLayout title={m.twoFactor.requiredTitle} subtitle={m.twoFactor.requiredWhy(t.roles[role])}>
      <div className="space-y-4">
        <TwoFactorCard onFinished={() => void client.invalidateQueries({ queryKey: sessionKey })} />
        <Button onClick={() => void signOut()}>{t.header.signOut}</Button>
      </div>
    </PublicLayout>
  );
}

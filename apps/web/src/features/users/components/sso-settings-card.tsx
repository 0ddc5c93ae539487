import { useQuery } from '@tanstack/react-query';
import type { SsoSettings } from '@cvm/shared';
import { getConsole } from '../../../api/console-api.ts';
import { Card } from '../../../components/ui/card.tsx';
import { DetailItem, DetailList } from '../../../components/ui/description-list.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { usersMessages } from '../messages.ts';

/** How single sign-on is set up (GET /api/console/sso): read-only, as the server's environment sets it. */
export function SsoSettingsCard() {
  const t = useT();
  const m = useLocalized(usersMessages).sso;
  const settings = useQuery({ queryKey: ['sso-settings'], queryFn: ({ signal }) => getConsole<SsoSettings>('/api/console/sso', signal) });
  const data = settings.data;
  return (
    <Card title={m.title} description={m.description} className="mt-6">
      {settings.isError ? (
        <ErrorPanel error={settings.error} title={m.loadFailed} />
      ) : !data ? (
        <Spinner className="text-fg-muted" />
      ) : (
        <DetailList>
          {data.oidc ? (
            <>
              <DetailItem label={m.issuer} mono>
                {data.oidc.issuer}
              </DetailItem>
              <DetailItem label={m.clientId} mono>
                {data.oidc.clientId}
              </DetailItem>
              <DetailItem label={m.redirectUrl} mono>
                {data.oidc.redirectUrl}
              </DetailItem>
              <DetailItem label={m.scopes} mono>
                {data.oidc.scopes}
              </DetailItem>
              <DetailItem label={m.groupsClaim} mono>
                {data.oidc.groupsClaim}
              </DetailItem>
              <DetailItem label={m.roleMap}>{data.oidc.roleMap.map((r) => `${r.group} → ${t.roles[r.role]}`).join(' · ') || t.common.emptyValue}</DetailItem>
              <DetailItem label={m.defaultRole}>{data.oidc.defaultRole ? t.roles[data.oidc.defaultRole] : m.refused}</DetailItem>
              <DetailItem label={m.label}>{data.oidc.label}</DetailItem>
            </>
          ) : (
            <DetailItem label={m.title}>{m.off}</DetailItem>
          )}
          <DetailItem label={m.localSignIn}>{m.localSignInValues[data.localSignIn]}</DetailItem>
        </DetailList>
      )}
    </Card>
  );
}

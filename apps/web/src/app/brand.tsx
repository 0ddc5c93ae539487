import { useMeta } from '../api/meta.ts';
import { Badge } from '../components/ui/badge.tsx';
import { ServerIcon } from '../components/ui/icons.tsx';
import { useT } from '../i18n/use-t.ts';

/** Product name and, on the embedded emulator, the "Local emulator" badge whose tooltip says instances are simulated. */
export function Brand() {
  const t = useT();
  const meta = useMeta();
  return (
    <div className="flex min-w-0 items-center gap-3">
      <div className="flex min-w-0 items-center gap-2.5" title={meta.data ? t.app.versionLabel(meta.data.version) : undefined}>
        <span className="flex size-7 items-center justify-center rounded-md bg-accent text-on-accent">
          <ServerIcon />
        </span>
        <span className="truncate text-[15px] font-semibold text-fg">{t.app.productName}</span>
      </div>
      {meta.data?.mode === 'emulator' && (
        <Badge tone="warning" title={t.app.emulatorTooltip}>
          {t.app.emulatorBadge}
        </Badge>
      )}
    </div>
  );
}

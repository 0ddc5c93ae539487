// Header controls and their accessible names (end-to-end tests find them by these):
//   - Region:   <select> labelled "Region" / "地域"; option values are region IDs (ap-guangzhou).
//   - Language: <select> labelled "Language" / "语言"; options "English" and "简体中文" (values en, zh-CN).
//   - Theme:    a <button> whose accessible name names the theme it switches TO:
//               "Dark theme" / "深色主题" while the light theme shows, "Light theme" / "浅色主题" while dark shows.
//               It deliberately has no aria-pressed: the changing name already says what a press does.
//   - Emulator: a "Local emulator" / "本地模拟器" badge, shown only when /api/meta says mode "emulator";
//               its title (tooltip) explains that instances are simulated.
import { useId } from 'react';
import { useMeta } from '../api/meta.ts';
import { Badge } from '../components/ui/badge.tsx';
import { Button } from '../components/ui/button.tsx';
import { MoonIcon, ServerIcon, SunIcon } from '../components/ui/icons.tsx';
import { Select } from '../components/ui/select.tsx';
import { RegionSelect } from '../features/regions/components/region-select.tsx';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/use-t.ts';
import { useTheme } from './theme.ts';
import { useRegion } from './use-region.ts';

function LanguageSelect() {
  const { language, setLanguage, t } = useLanguage();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {t.header.language}
      </label>
      <Select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
        className="w-32"
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </Select>
    </div>
  );
}

function ThemeToggle() {
  const { t } = useLanguage();
  const [theme, setTheme] = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  const name = next === 'dark' ? t.header.switchToDark : t.header.switchToLight;
  return (
    <Button variant="secondary" aria-label={name} title={name} onClick={() => setTheme(next)}>
      {next === 'dark' ? <MoonIcon /> : <SunIcon />}
      <span>{next === 'dark' ? t.header.darkShort : t.header.lightShort}</span>
    </Button>
  );
}

export function Header() {
  const { t } = useLanguage();
  const meta = useMeta();
  const { region, setRegion } = useRegion();

  return (
    <header className="sticky top-0 z-10 border-b border-line bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/85">
      <div className="mx-auto flex h-14 max-w-[1680px] items-center gap-4 px-6">
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
        <div className="ml-auto flex items-center gap-4">
          <RegionSelect region={region} onChange={setRegion} />
          <LanguageSelect />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

import { Button } from '../components/ui/button.tsx';
import { MoonIcon, SunIcon } from '../components/ui/icons.tsx';
import { useLanguage } from '../i18n/use-t.ts';
import { useTheme } from './theme.ts';

/** Named for the theme it switches TO ("Dark theme" while light shows); no aria-pressed, the name already says it. */
export function ThemeToggle() {
  const { t } = useLanguage();
  const [theme, setTheme] = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  const name = next === 'dark' ? t.header.switchToDark : t.header.switchToLight;
  return (
    <Button variant="secondary" aria-label={name} title={name} onClick={() => setTheme(next)}>
      {next === 'dark' ? <MoonIcon /> : <SunIcon />}
      {/* The word from 1,280 px up; below, the icon (the name says it) keeps the header on one line. */}
      <span className="hidden min-[1600px]:inline">{next === 'dark' ? t.header.darkShort : t.header.lightShort}</span>
    </Button>
  );
}

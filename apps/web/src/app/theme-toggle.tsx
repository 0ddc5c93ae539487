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
      {/* The icon alone (the name and the tooltip say it): the header holds every section on one line. */}
      {next === 'dark' ? <MoonIcon /> : <SunIcon />}
    </Button>
  );
}

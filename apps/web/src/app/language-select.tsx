import { useId } from 'react';
import { Select } from '../components/ui/select.tsx';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/use-t.ts';

/** The labelled "Language" / "语言" select; options are named in their own language. */
export function LanguageSelect() {
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

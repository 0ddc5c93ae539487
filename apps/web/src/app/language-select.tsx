import { LabelledSelect } from '../components/ui/labelled-select.tsx';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/use-t.ts';

/** The labelled "Language" / "语言" select; options are named in their own language. */
export function LanguageSelect() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <LabelledSelect
      label={t.header.language}
      // The header is full below 1,600 px: the word goes (screen readers still hear it), the select stays.
      labelClassName="max-[1599px]:sr-only"
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
    </LabelledSelect>
  );
}

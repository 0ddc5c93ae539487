import { LabelledSelect } from '../components/ui/labelled-select.tsx';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/use-t.ts';

/** The labelled "Language" / "语言" select; options are named in their own language. */
export function LanguageSelect() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <LabelledSelect
      label={t.header.language}
      // The options name themselves ("English", "简体中文"): the word is for screen readers, the header keeps its room.
      labelClassName="sr-only"
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

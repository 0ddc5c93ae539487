import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Button } from './button.tsx';
import { CheckIcon, CopyIcon } from './icons.tsx';

/**
 * Copies `text` to the clipboard and says so for two seconds. `label` names what is copied ("Copy invitation link");
 * where the clipboard is unavailable (plain HTTP on another host) the text stays selectable beside the button.
 */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      aria-label={label ?? t.common.copy}
      onClick={() => {
        // navigator.clipboard exists only in secure contexts (HTTPS or localhost).
        if (!navigator.clipboard) return;
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? <CheckIcon /> : <CopyIcon />}
      <span aria-live="polite">{copied ? t.common.copied : t.common.copy}</span>
    </Button>
  );
}

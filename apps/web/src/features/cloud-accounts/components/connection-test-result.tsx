import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { ConnectionTestResult as Result } from '@cvm/shared';
import { accountsMessages } from '../messages.ts';

/** The outcome of "Test connection", inline under the account: regions seen and the RequestId, or the cloud's error. */
export function ConnectionTestResult({ name, test }: { name: string; test: UseMutationResult<Result, Error, string> }) {
  const t = useT();
  const m = useLocalized(accountsMessages);
  if (test.isError) return <ErrorPanel error={test.error} title={m.testFailed(name)} />;
  if (!test.data) return null;
  return (
    <FormSuccess>
      <p className="font-medium">{m.testOk(test.data.regionCount)}</p>
      <p className="mt-0.5">
        {t.errors.requestId}: <span className="font-mono select-all">{test.data.requestId}</span>
      </p>
    </FormSuccess>
  );
}

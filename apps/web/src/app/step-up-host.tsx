import { Suspense, lazy, useEffect, useState } from 'react';
import { setStepUpPrompt } from '../api/step-up-link.ts';

const StepUpDialog = lazy(() => import('../features/auth/components/step-up-dialog.tsx'));

/** Where the step-up prompt appears: registered while signed in, its dialog loaded only when first asked for. */
export function StepUpHost() {
  const [pending, setPending] = useState<(verified: boolean) => void>();
  useEffect(() => {
    setStepUpPrompt(() => new Promise<boolean>((resolve) => setPending(() => resolve)));
    return () => setStepUpPrompt(undefined);
  }, []);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <StepUpDialog
        onDone={(verified) => {
          setPending(undefined);
          pending(verified);
        }}
      />
    </Suspense>
  );
}

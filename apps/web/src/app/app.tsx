import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './providers.tsx';
import { SessionGate } from './session-gate.tsx';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <SessionGate />
    </AppProviders>
  );
}

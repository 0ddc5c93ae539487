import { AppProviders } from './providers.tsx';
import { SessionGate } from './session-gate.tsx';

export function App() {
  return (
    <AppProviders>
      <SessionGate />
    </AppProviders>
  );
}

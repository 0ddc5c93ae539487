import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { LanguageProvider } from '../i18n/language-provider.tsx';
import { createQueryClient } from './query-client.ts';
import { useSessionSync } from './session-sync.ts';

export function AppProviders({ children }: { children: ReactNode }) {
  // One client per mounted app (not a module singleton), so a remount starts with an empty cache.
  const [queryClient] = useState(createQueryClient);
  useSessionSync(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>{children}</LanguageProvider>
    </QueryClientProvider>
  );
}

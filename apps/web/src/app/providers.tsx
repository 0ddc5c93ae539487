import type { ReactNode } from 'react';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LanguageProvider } from '../i18n/language-provider.tsx';
import { useSessionSync } from './session-sync.ts';

/** `queryClient`: made by main.tsx, one per page load, which starts the first screen's reads in it before rendering. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useSessionSync(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>{children}</LanguageProvider>
    </QueryClientProvider>
  );
}

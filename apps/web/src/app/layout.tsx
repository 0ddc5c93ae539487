import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { Header } from './header.tsx';

/** The frame of every page after sign-in: header (with the cloud context on cloud pages) and the main area. */
export function Layout({ showCloudContext, children }: { showCloudContext: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <div className="flex min-h-dvh flex-col">
      {/* Keyboard users can jump past the header's controls straight to the page. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        {t.app.skipToContent}
      </a>
      <Header showCloudContext={showCloudContext} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1680px] flex-1 px-6 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}

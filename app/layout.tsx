import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ServiceWorker } from '@/components/layout/ServiceWorker';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Purge Atlas', template: '%s · Purge Atlas' },
  description: 'Soviet repression statistics distilled from five source documents, every figure traced to a seed line.',
};

/** Runs before paint: marks that scripts run (charts replace their tables) and applies a saved colour theme. */
export const HEAD_SCRIPT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}";

/** The document shell of every route: the site pages (app/(site)) add the header and footer, embeds (app/embed) do not. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
      </head>
      <body>
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}

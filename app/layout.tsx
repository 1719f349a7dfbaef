import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ServiceWorker } from '@/components/layout/ServiceWorker';
import { staticCss } from '@/lib/charts/staticSvg';
import './globals.css';
import { SITE_NAME } from '@/lib/site/names';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'Soviet repression statistics distilled from five source documents, every figure traced to a seed line.',
};

/**
 * Runs before paint: marks that scripts run (charts replace their tables), applies a saved colour theme, and
 * hides the build-time picture of a chart whose state the link sets (`slug.scale`, `slug.hide`): the picture
 * shows the default state, and a shared link must never show a figure the reader did not ask for, even briefly.
 */
export const HEAD_SCRIPT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}" +
  "try{var c='';new URLSearchParams(location.search).forEach(function(v,k){var m=/^([a-z0-9-]+)[.](scale|hide)$/.exec(k);if(m)c+='[data-chart=\"'+m[1]+'\"] .chart-static{visibility:hidden}'});if(c){var s=document.createElement('style');s.textContent=c;document.head.appendChild(s)}}catch(e){}";

/** The document shell of every route: the site pages (app/(site)) add the header and footer, embeds (app/embed) do not. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: staticCss() }} />
      </head>
      <body>
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}

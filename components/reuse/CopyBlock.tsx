'use client';
import { useId, useRef, useState } from 'react';

/**
 * A block of text to reuse (a citation, a code snippet, embed code) with a Copy button. Without a clipboard
 * (an insecure origin, a refused permission) the text is selected so Ctrl+C works, and the status says so.
 */
export function CopyBlock({ label, text, lang }: { label: string; text: string; lang?: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      const sel = window.getSelection();
      if (sel && ref.current) { sel.selectAllChildren(ref.current); }
      setStatus('Selected: press Ctrl+C to copy');
    }
  };
  return (
    <div className="copy-block" data-copy={label}>
      <div className="copy-head">
        <span id={id} className="copy-label">{label}</span>
        <button type="button" onClick={() => void copy()} aria-describedby={id}>Copy</button>
        <span className="status" role="status" aria-live="polite">{status}</span>
      </div>
      <pre ref={ref} aria-labelledby={id} tabIndex={0} data-lang={lang}><code>{text}</code></pre>
    </div>
  );
}

'use client';

/** Saves a Blob or data URL under a file name through a temporary link. */
export function saveAs(name: string, data: Blob | string) {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const keep = (n: Node) => !(n instanceof Element && n.classList.contains('no-export'));

function background(node: HTMLElement): string {
  const bg = getComputedStyle(document.body).backgroundColor;
  return bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : getComputedStyle(node).backgroundColor || '#ffffff';
}

/** The chart with its title and source line as PNG (2× pixels) or SVG, through html-to-image (loaded on first use). */
export async function exportImage(node: HTMLElement, format: 'png' | 'svg', name: string) {
  const { toPng, toSvg } = await import('html-to-image');
  const opts = { pixelRatio: 2, backgroundColor: background(node), filter: keep, cacheBust: false };
  const url = format === 'png' ? await toPng(node, opts) : await toSvg(node, opts);
  saveAs(`${name}.${format}`, url);
}

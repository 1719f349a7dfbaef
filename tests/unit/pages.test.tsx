// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PageError from '@/app/(site)/error';
import { MissingPath } from '@/components/layout/MissingPath';

afterEach(cleanup);

describe('error and not-found pages', () => {
  it('a page error says what failed, offers a retry and ways on', async () => {
    const reset = vi.fn();
    render(<PageError error={Object.assign(new Error('chart exploded'), { digest: 'abc123' })} reset={reset} />);
    expect(screen.getByRole('alert').textContent).toContain('chart exploded');
    expect(screen.getByRole('alert').textContent).toContain('abc123');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reset).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'the home page' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('link', { name: 'all.zip' }).getAttribute('href')).toBe('/downloads/all.zip');
  });

  it('the 404 names a missing data file as a file and an unknown page as a page', () => {
    window.history.replaceState(null, '', '/data/missing.csv');
    const { unmount } = render(<MissingPath />);
    expect(screen.getByRole('alert').textContent).toBe('There is no data file at /data/missing.csv. The file may have been renamed; the list of tables is below.');
    unmount();
    window.history.replaceState(null, '', '/nowhere');
    render(<MissingPath />);
    expect(screen.getByRole('alert').textContent).toBe('There is no page at /nowhere.');
  });
});

import { describe, expect, it, vi } from 'vitest';
import i18next from './index';
import { COPY_LOADED, loadCopy, withCopy } from './lazy';

const Nothing = () => null;

describe('feature copy on demand', () => {
  it('starts with the everyday copy only', () => {
    expect(i18next.t('nav.today')).toBe('Today');
    expect(i18next.exists('data.title')).toBe(false);
  });

  it('a route resolves only once its copy is in place', async () => {
    const route = withCopy(async () => ({ Component: Nothing }), 'data');
    const mod = await route();
    expect(mod.Component).toBe(Nothing);
    expect(i18next.t('data.title')).toBe('Your data');
  });

  it('loads a bundle once, however many routes ask', async () => {
    await Promise.all([loadCopy(['insights']), loadCopy(['insights', 'data'])]);
    expect(i18next.exists('insights.title')).toBe(true);
  });

  it('a key from a bundle nobody asked for loads all copy, re-renders and says so', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const rerender = vi.fn();
    i18next.on(COPY_LOADED, rerender);
    expect(i18next.t('move.title')).toBe('move.title');
    await vi.waitFor(() => expect(rerender).toHaveBeenCalledTimes(1));
    expect(i18next.t('move.title')).toBe('Move');
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Copy loaded late: move\.title/)),
    );
    expect(i18next.t('move.noSuchKey')).toBe('move.noSuchKey');
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith('Missing copy: move.noSuchKey'));
    error.mockRestore();
  });
});

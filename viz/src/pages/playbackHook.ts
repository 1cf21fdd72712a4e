import type { PageContext } from './page.js';
import { playbackPage } from './playback.js';

/**
 * Until the dashboard's router is merged: `#/playback` shows the playback page in place of
 * the single page (hidden, not removed), any other address shows the single page again.
 */
export function mountPlaybackHook(context: () => PageContext): void {
  const page = Object.assign(document.createElement('main'), { id: 'page-playback', hidden: true });
  document.body.append(page);
  const single = document.querySelector<HTMLElement>('body > main:not(#page-playback)');
  const route = (): void => {
    const showing = location.hash === `#/${playbackPage.id}`;
    if (single !== null) single.hidden = showing;
    page.hidden = !showing;
    if (showing) void playbackPage.show(page, context());
    else playbackPage.hide?.();
  };
  window.addEventListener('hashchange', route);
  route();
}

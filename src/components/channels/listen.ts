// Shows the "Nghe" controls where the browser has a Vietnamese voice (the list may arrive later: voiceschanged),
// and loads the player on the first press. The player is a module of its own (`?worker&url`, as the share island),
// so pages pay for it only when someone listens.
import player from './listen-player.ts?worker&url';
import { LISTEN_ATTACH, type Attach } from './listen-key.ts';

const synth = window.speechSynthesis as SpeechSynthesis | undefined;
const boxes = [...document.querySelectorAll<HTMLElement>('[data-listen]')];
const vietnamese = () => synth?.getVoices().find((v) => /^vi(?:[-_]|$)/i.test(v.lang));

function reveal() {
  if (!vietnamese()) return;
  synth!.removeEventListener('voiceschanged', reveal);
  for (const box of boxes) {
    box.hidden = false;
    box.querySelector('[data-listen-toggle]')!.addEventListener('click', () => {
      void import(/* @vite-ignore */ player).then(() => (globalThis as { [LISTEN_ATTACH]?: Attach })[LISTEN_ATTACH]!(box, vietnamese()!));
    }, { once: true });
  }
}

if (boxes.length && synth && typeof SpeechSynthesisUtterance === 'function') {
  synth.addEventListener('voiceschanged', reveal);
  reveal();
}

// The "Nghe" player: reads a bulletin's lines, or a document's passages from the chosen section on, one sentence an
// utterance (long utterances stop short in some browsers), with the Vietnamese voice the loader found. The passage
// being read is marked and kept in view. Pause cancels and remembers the sentence, so that "Tiếp tục" works the
// same in every browser; stop clears everything. A document's abbreviations are spelled out from the glossary,
// fetched from the site on the first press (/ban-tin/viet-tat.json).
import { spokenText, splitSentences, type GlossaryEntry } from '../../lib/channels/text.ts';
import { listenUi } from '../../lib/channels/ui.ts';
import { LISTEN_ATTACH, type Attach } from './listen-key.ts';

/** Utilities other components use already: the mark and the bar add nothing to the page's CSS. */
const MARK = ['bg-note', 'rounded-md'];
const BAR = ['fixed', 'inset-x-0', 'bottom-0', 'z-50', 'my-0', 'border-t-4', 'border-accent', 'bg-surface', 'px-4', 'py-2'];
const DOCUMENT_PASSAGES = 'h1, h2, h3, h4, h5, h6, p, li';
/** Not the document's words, or not words at all: editor's notes, the share tools, marks drawn for the eye. */
const SKIP = '[data-fidelity="ignore"], [data-share-tools], [aria-hidden="true"], [data-listen]';

/** A passage's words as they are read: its own text (not nested lists or controls), made ready for the voice. */
function passageText(el: HTMLElement, glossary: GlossaryEntry[]): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(`ul, ol, button, input, select, ${SKIP}`).forEach((n) => n.remove());
  return spokenText(copy.textContent ?? '', glossary);
}

function passagesOf(box: HTMLElement, root: HTMLElement): HTMLElement[] {
  if (box.dataset.mode === 'bulletin') return [...root.querySelectorAll<HTMLElement>('[data-listen-passage]')];
  return [...root.querySelectorAll<HTMLElement>(DOCUMENT_PASSAGES)].filter((el) =>
    !el.closest(SKIP) && !(el.tagName === 'LI' && el.querySelector(':scope > p')));
}

async function loadGlossary(): Promise<GlossaryEntry[]> {
  try {
    const r = await fetch(`${import.meta.env.BASE_URL}ban-tin/viet-tat.json`);
    return r.ok ? ((await r.json()) as { glossary: GlossaryEntry[] }).glossary : [];
  } catch {
    // Read as printed.
    return [];
  }
}

async function attach(box: HTMLElement, voice: SpeechSynthesisVoice): Promise<void> {
  const synth = window.speechSynthesis;
  const root = document.querySelector<HTMLElement>(box.dataset.target!)!;
  const glossary = box.dataset.mode === 'document' ? await loadGlossary() : [];
  const t = listenUi;
  const toggle = box.querySelector<HTMLButtonElement>('[data-listen-toggle]')!;
  const startLabel = toggle.textContent!;
  const stopWrap = box.querySelector<HTMLElement>('[data-listen-stop-wrap]')!;
  const status = box.querySelector<HTMLElement>('[data-listen-status]')!;
  const from = box.querySelector<HTMLSelectElement>('[data-listen-from]');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let state: 'idle' | 'playing' | 'paused' = 'idle';
  /** Bumped on pause and stop: events of an utterance from before are ignored. */
  let run = 0;
  let passages: HTMLElement[] = [];
  let index = 0;
  let sentences: string[] = [];
  let sentence = 0;
  let marked: HTMLElement | undefined;

  const show = () => {
    toggle.textContent = state === 'idle' ? startLabel : state === 'playing' ? t.pause : t.resume;
    stopWrap.hidden = state === 'idle';
    status.textContent = state === 'playing' ? t.reading : state === 'paused' ? t.paused : '';
    box.classList.toggle('my-4', state === 'idle');
    for (const c of BAR) box.classList.toggle(c, state !== 'idle');
  };

  const mark = (el: HTMLElement | undefined) => {
    if (marked) {
      marked.classList.remove(...MARK);
      delete marked.dataset.listenCurrent;
    }
    marked = el;
    if (!el) return;
    el.classList.add(...MARK);
    el.dataset.listenCurrent = '';
    el.closest('details')?.setAttribute('open', '');
    const r = el.getBoundingClientRect();
    const bottom = window.innerHeight - box.offsetHeight;
    if (r.top >= 0 && r.bottom <= bottom) return;
    // A glide to the next passage; a jump when reduced motion is asked for, or when it is far away.
    const far = r.top < -bottom || r.bottom > 2 * bottom;
    el.scrollIntoView({ block: r.height > bottom ? 'start' : 'center', behavior: reduceMotion.matches || far ? 'auto' : 'smooth' });
  };

  const speak = () => {
    const mine = run;
    while (index < passages.length && sentences.length === 0) {
      sentences = splitSentences(passageText(passages[index]!, glossary));
      if (!sentences.length) index++;
    }
    if (index >= passages.length) return stop();
    mark(passages[index]);
    const u = new SpeechSynthesisUtterance(sentences[sentence]!);
    u.lang = 'vi-VN';
    u.voice = voice;
    u.addEventListener('end', () => {
      if (mine !== run) return;
      if (++sentence >= sentences.length) {
        index++;
        sentences = [];
        sentence = 0;
      }
      speak();
    });
    u.addEventListener('error', (e) => {
      if (mine === run && e.error !== 'interrupted' && e.error !== 'canceled') stop();
    });
    synth.speak(u);
  };

  const start = () => {
    passages = passagesOf(box, root);
    const chosen = from?.value ? document.getElementById(from.value) : null;
    // The chosen heading, or the first passage after it.
    index = chosen ? Math.max(0, passages.findIndex((p) => p === chosen || !!(chosen.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING))) : 0;
    sentences = [];
    sentence = 0;
    run++;
    // Only when something is queued: some browsers drop an utterance spoken right after cancel().
    if (synth.speaking || synth.pending) synth.cancel();
    state = 'playing';
    show();
    speak();
  };

  const pause = () => {
    run++;
    synth.cancel();
    state = 'paused';
    show();
  };

  const resume = () => {
    run++;
    state = 'playing';
    show();
    speak();
  };

  function stop() {
    run++;
    synth.cancel();
    mark(undefined);
    state = 'idle';
    show();
  }

  toggle.addEventListener('click', () => (state === 'idle' ? start() : state === 'playing' ? pause() : resume()));
  stopWrap.querySelector('button')!.addEventListener('click', () => {
    stop();
    toggle.focus();
  });
  // A new starting section while idle is taken at the next press; while reading, it restarts from there.
  from?.addEventListener('change', () => state !== 'idle' && start());
  window.addEventListener('pagehide', () => synth.cancel());
  start();
}

// A module built on its own keeps only what it does when loaded: leave the entry point for the loader.
(globalThis as { [LISTEN_ATTACH]?: Attach })[LISTEN_ATTACH] = attach;

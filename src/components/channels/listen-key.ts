/** Where the player (listen-player.ts), once loaded, leaves its entry point for the loader (listen.ts). */
export const LISTEN_ATTACH = Symbol.for('nghe.attach');

export type Attach = (box: HTMLElement, voice: SpeechSynthesisVoice) => Promise<void>;

/** Where the share bar's loader keeps the clicks and focus moves that came before the island arrived. */
export const EARLY_EVENTS = Symbol.for('chia-se.early-events');

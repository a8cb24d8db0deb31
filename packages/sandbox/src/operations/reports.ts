// Reports computed from the movement log (pendency, summaries, files pending with others).
import type { HandlerRegistry } from './context.js';

export const reportHandlers: HandlerRegistry = {};

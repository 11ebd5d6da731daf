// The pure flow engine: definitions in, session and events out. No I/O, no clock, no globals.
export type { Place, PlaceFinder } from './answers/index.ts';
export { parsePhone } from './answers/phone.ts';
export { commandVocabulary, type GlobalCommand, recognizeCommand } from './commands.ts';
export type * from './definitions.ts';
export {
  type AttachmentKind,
  type EngineEnv,
  type EngineInput,
  type EngineOutput,
  expectedAnswer,
  type MessageInput,
  newSession,
  resumeSession,
  startSession,
} from './engine.ts';
export type { EngineEvent, EngineEventType, OutboundMsg } from './events.ts';
export { EngineError, type Result, type Session } from './session.ts';
export { ENGINE_TEXT_KEYS } from './text-keys.ts';

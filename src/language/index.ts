/** Language detection for short chat messages, and the reply language of a conversation. */
export { type Detection, detectLanguage } from './detect-language.ts';
export { type DetectedLanguage, type ReplyLanguage, replyLanguageFor } from './languages.ts';
export {
  chooseReplyLanguage,
  initialReplyLanguage,
  type LanguageHints,
  type ObservedMessage,
  observeMessage,
  type ReplyLanguageState,
  writtenLanguage,
} from './reply-language.ts';

export { reportSentences, rowSentence, tableSentences } from './sentences';
export { SENTENCE_WORDS } from './words';
export { layoutSentences, SENTENCES_SHEET } from './layoutSentences';

/**
 * The office's own words, remembered (từ điển của đơn vị): row labels, column headers, units and
 * enterprise names the catalogue does not know, each taught once — in the pane, in the hidden
 * sheet "TTTT Từ điển", or in a CSV file (`tttt build --dictionary tu-dien.csv`) — and looked up
 * by the reader before the catalogue. See docs/dictionary.md.
 */
export type { Dictionary, DictionaryEntry, EntryKind, TaughtRole } from './types';
export { EMPTY_DICTIONARY, TAUGHT_ROLES } from './types';
export { KIND_WORDS, NONE_LABEL, ROLE_LABELS, answerLabel, kindOf } from './answers';
export { readDictionaryCsv, writeDictionaryCsv, csvRows } from './csv';
export { dictionaryTable, sameWord } from './table';
export { dictionaryIndicator, dictionaryRole, dictionaryUnit, dictionaryEnterprise, taughtUnit } from './lookup';
export { checkDictionary, indicatorConflict, roleConflict, unitConflict, enterpriseConflict } from './conflicts';
export { suggestEntry, PLACEHOLDER, type Suggestion } from './suggest';
export { DICTIONARY_SHEET, layoutDictionary, dictionaryFromGrid } from './sheet';
export { withEntry, withoutEntry, mergeDictionaries } from './edit';
export { answerChoices, type AnswerChoice } from './choices';
export { vocabulary, CATALOGUE_WORDS, type Vocabulary } from './vocabulary';

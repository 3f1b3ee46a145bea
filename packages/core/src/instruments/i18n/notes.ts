import type { Catalogue } from '../../i18n/catalogue.js';
import type { Messages } from '../../i18n/messages.js';

/** Said above a questionnaire whose validated wording stays in English in her language. */
const en = {
  englishOnly: 'This questionnaire is shown in English because its validated translation is not included.',
};
const de: Catalogue<typeof en> = {
  englishOnly:
    'Dieser Fragebogen wird auf Englisch gezeigt, weil seine geprüfte Übersetzung nicht enthalten ist.',
};
const es: Catalogue<typeof en> = {
  englishOnly: 'Este cuestionario se muestra en inglés porque no incluye su traducción validada.',
};

/** The instruments' own notes in every language (flat messages; `translator(instrumentNotes, locale)`). */
export const instrumentNotes: Messages<typeof en> = { en, de, es };

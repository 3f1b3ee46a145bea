import type { Catalogue } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locales.js';
import { translator } from '../i18n/messages.js';

/**
 * What the password meter and the server say about a new password, in our words: why it is refused
 * (`problems`) and zxcvbn's hints, which zxcvbn answers as keys (`suggestions.<key>`).
 */
const en = {
  problems: {
    too_short: 'Use at least {{min}} characters. A few unrelated words are easy to remember.',
    too_long: 'Use at most {{max}} characters.',
    contains_email: 'Leave your email address out of your password.',
    common: 'This is one of the most common passwords. Try three or four unrelated words.',
    weak: 'This password would be easy to guess. Try three or four unrelated words.',
  },
  suggestions: {
    l33t: "Swapping letters for look-alikes (like '@' for 'a') does not fool a guesser.",
    reverseWords: 'A common word spelled backwards is still easy to guess.',
    allUppercase: 'Capitals everywhere add little; capitalise some letters, not all.',
    capitalization: 'A capital only at the start adds little; put one somewhere else too.',
    dates: 'Leave out dates and years that have to do with you.',
    recentYears: 'Leave out recent years.',
    associatedYears: 'Leave out years that have to do with you.',
    sequences: 'Leave out runs like "abc" or "123".',
    repeated: 'Leave out repeated words and characters.',
    longerKeyboardPattern:
      'Keyboard patterns are easy to guess; if you use one, make it long and change direction often.',
    anotherWord: 'Add another word or two that people rarely use.',
    useWords: 'Use several words, but not a well-known phrase.',
    noNeed: 'You do not need symbols, numbers or capitals: a few unrelated words make a strong password.',
    pwned: 'If you use this password anywhere else, change it there.',
  },
};

const de: Catalogue<typeof en> = {
  problems: {
    too_short:
      'Verwende mindestens {{min}} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, kann man sich gut merken.',
    too_long: 'Verwende höchstens {{max}} Zeichen.',
    contains_email: 'Lass deine E-Mail-Adresse aus dem Passwort heraus.',
    common:
      'Das ist eines der häufigsten Passwörter. Versuch es mit drei oder vier Wörtern, die nichts miteinander zu tun haben.',
    weak: 'Dieses Passwort wäre leicht zu erraten. Versuch es mit drei oder vier Wörtern, die nichts miteinander zu tun haben.',
  },
  suggestions: {
    l33t: 'Buchstaben durch ähnliche Zeichen zu ersetzen (etwa „@“ für „a“) täuscht niemanden, der rät.',
    reverseWords: 'Ein häufiges Wort rückwärts geschrieben ist trotzdem leicht zu erraten.',
    allUppercase: 'Nur Großbuchstaben bringen wenig; schreib einige Buchstaben groß, nicht alle.',
    capitalization: 'Ein Großbuchstabe nur am Anfang bringt wenig; setz auch anderswo einen.',
    dates: 'Lass Daten und Jahreszahlen weg, die mit dir zu tun haben.',
    recentYears: 'Lass Jahreszahlen der letzten Jahre weg.',
    associatedYears: 'Lass Jahreszahlen weg, die mit dir zu tun haben.',
    sequences: 'Lass Folgen wie „abc“ oder „123“ weg.',
    repeated: 'Lass wiederholte Wörter und Zeichen weg.',
    longerKeyboardPattern:
      'Tastaturmuster sind leicht zu erraten; wenn du eines nimmst, dann ein langes mit häufigem Richtungswechsel.',
    anotherWord: 'Füge noch ein oder zwei seltene Wörter hinzu.',
    useWords: 'Nimm mehrere Wörter, aber keine bekannte Redewendung.',
    noNeed:
      'Du brauchst keine Sonderzeichen, Ziffern oder Großbuchstaben: Ein paar unzusammenhängende Wörter ergeben ein starkes Passwort.',
    pwned: 'Wenn du dieses Passwort anderswo verwendest, ändere es dort.',
  },
};

const es: Catalogue<typeof en> = {
  problems: {
    too_short:
      'Usa al menos {{min}} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar.',
    too_long: 'Usa como máximo {{max}} caracteres.',
    contains_email: 'No incluyas tu correo electrónico en la contraseña.',
    common: 'Es una de las contraseñas más comunes. Prueba con tres o cuatro palabras sin relación entre sí.',
    weak: 'Esta contraseña sería fácil de adivinar. Prueba con tres o cuatro palabras sin relación entre sí.',
  },
  suggestions: {
    l33t: 'Cambiar letras por signos parecidos (como «@» por «a») no engaña a quien intenta adivinarla.',
    reverseWords: 'Una palabra común escrita al revés sigue siendo fácil de adivinar.',
    allUppercase: 'Todo en mayúsculas aporta poco; pon en mayúscula algunas letras, no todas.',
    capitalization: 'Una mayúscula solo al principio aporta poco; pon otra en otro sitio.',
    dates: 'Evita fechas y años relacionados contigo.',
    recentYears: 'Evita los años recientes.',
    associatedYears: 'Evita años relacionados contigo.',
    sequences: 'Evita series como «abc» o «123».',
    repeated: 'Evita palabras y caracteres repetidos.',
    longerKeyboardPattern:
      'Los patrones del teclado son fáciles de adivinar; si usas uno, que sea largo y cambie a menudo de dirección.',
    anotherWord: 'Añade una o dos palabras poco usadas.',
    useWords: 'Usa varias palabras, pero no una frase conocida.',
    noNeed:
      'No necesitas símbolos, números ni mayúsculas: unas cuantas palabras sin relación forman una contraseña fuerte.',
    pwned: 'Si usas esta contraseña en otro sitio, cámbiala allí.',
  },
};

export const passwordCopy = { en, de, es };

/** The password texts of one language. */
export const passwordText = (locale: Locale) => translator(passwordCopy, locale);

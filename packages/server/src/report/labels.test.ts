import { describe, expect, it } from 'vitest';
import { firstPerson } from './labels.js';

// The report speaks as her to her clinician; the app's sentences speak to her.
describe('firstPerson', () => {
  it('turns English, German and Spanish sentences to her into sentences as her', () => {
    expect(firstPerson('After you started physio, your pain was lower.')).toBe(
      'After I started physio, my pain was lower.',
    );
    expect(
      firstPerson(
        'Nachdem du mit Physiotherapie begonnen hast, waren deine Schmerzen niedriger als in deinem Verlauf.',
        'de',
      ),
    ).toBe(
      'Nachdem ich mit Physiotherapie begonnen habe, waren meine Schmerzen niedriger als in meinem Verlauf.',
    );
    expect(firstPerson('Es ist für dich wahrscheinlich schlechter.', 'de')).toBe(
      'Es ist für mich wahrscheinlich schlechter.',
    );
    expect(firstPerson('Desde que empezaste fisioterapia, tu dolor fue menor en tus datos.', 'es')).toBe(
      'Desde que empecé fisioterapia, mi dolor fue menor en mis datos.',
    );
  });

  it('leaves words that only contain the pronouns alone', () => {
    expect(firstPerson('Dienstag, Dunst, Bistro', 'de')).toBe('Dienstag, Dunst, Bistro');
    expect(firstPerson('tuvo, tipo, turno', 'es')).toBe('tuvo, tipo, turno');
  });
});

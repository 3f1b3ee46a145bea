import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { profileFieldReasons } from '../values.js';
import { de } from './de.js';
import { es } from './es.js';
import { profileFieldReasonsIn } from './index.js';

describe('profile field reasons', () => {
  it('German and Spanish say why for every field English does', () => {
    expect(catalogueGaps(profileFieldReasons, de)).toEqual([]);
    expect(catalogueGaps(profileFieldReasons, es)).toEqual([]);
    expect(profileFieldReasonsIn('de').country).toBe(
      'Damit wir dir die richtige Notrufnummer zeigen können.',
    );
  });
});

import { formatDistanceToNow } from 'date-fns';
import { de, enGB, es } from 'date-fns/locale';
import i18next from 'i18next';

const dateLocales = { en: enGB, de, es } as const;

/** "3 days ago", "vor 3 Tagen", "hace 3 días": how long ago, in the language on screen. */
export function ago(iso: string): string {
  const locale = dateLocales[i18next.language as keyof typeof dateLocales] ?? enGB;
  return formatDistanceToNow(new Date(iso), { addSuffix: true, locale });
}

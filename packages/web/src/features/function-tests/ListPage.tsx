import { functionTests, instrumentIn } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/locale';
import { formatDay } from '../../lib/format';
import { Page } from '../../ui/Page';
import { useFunctionTestResults } from './api';

/** The three function tests, each with her latest result and whether it is due this month. */
export function Component() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { byTest, due } = useFunctionTestResults();
  return (
    <Page title={t('functionTests.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('functionTests.intro')}</p>
      <ul className="entries">
        {functionTests.map((test) => {
          const latest = byTest[test.id]?.at(-1);
          return (
            <li key={test.id} className="card">
              <Link to={`/function-tests/${test.id}`}>{instrumentIn(test, locale).name}</Link>
              <p className="hint">
                {latest
                  ? t('functionTests.last', {
                      date: formatDay(latest.localDate, 'date'),
                      result: latest.score.total,
                    })
                  : t('functionTests.never')}
                {due.includes(test.id) ? ` · ${t('functionTests.dueNow')}` : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}

import type { PeriodForecast } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format';

/**
 * The next period: "likely between … and …" with what it rests on and how sure it is, or, when there is
 * no forecast, the plain reason (hormonal contraception, too few cycles, cycles too variable…).
 */
export function ForecastCard({ forecast, note }: { forecast: PeriodForecast | null; note: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="forecast-title" data-testid="forecast">
      <h2 id="forecast-title">{t('cycle.forecastTitle')}</h2>
      {forecast ? (
        <>
          <p className="result-level">
            {t('cycle.forecastWindow', { from: formatDay(forecast.from), to: formatDay(forecast.to) })}
          </p>
          <p>{forecast.basis}</p>
          <p>{t(`cycle.forecastConfidence.${forecast.confidence}`)}</p>
        </>
      ) : (
        <p>{note ?? t('cycle.forecastNone')}</p>
      )}
    </section>
  );
}

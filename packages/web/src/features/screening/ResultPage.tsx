import { lessonFor } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { nowWithOffset } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { LessonLink } from '../../ui/LessonLink';
import { Page } from '../../ui/Page';
import { updateScreening, useScreening } from './api';
import { UrgentCareRoute } from './CountryHelp';
import { EmergencyScreen, Reasons } from './EmergencyScreen';
import { useSafetyTexts } from './safety-texts';
import './screening.css';

export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const s = useScreening(id);
  const navigate = useNavigate();
  const { advice } = useSafetyTexts().triage;
  if (s === null) return <p>{t('app.loading')}</p>;
  if (!s) {
    return (
      <Page title={t('screening.resultTitle')} back={{ to: '/', label: t('nav.today') }}>
        <p>{t('screening.notFound')}</p>
      </Page>
    );
  }
  if (s.level === 'emergency' && !s.acknowledgedAt) {
    return (
      <EmergencyScreen
        s={s}
        onUnderstand={async () => {
          await updateScreening(s, { acknowledgedAt: nowWithOffset() });
          navigate('/', { replace: true });
        }}
      />
    );
  }
  const who =
    s.level === 'urgent'
      ? t('screening.urgentWho')
      : s.level === 'soon'
        ? t('screening.soonWho')
        : t('screening.selfCareMore');
  return (
    <Page title={t('screening.resultTitle')} back={{ to: '/', label: t('nav.today') }}>
      <section className={`card stack result-${s.level}`} aria-labelledby="result-level">
        <p id="result-level" className="result-level">
          {t(`screening.level.${s.level}`)}
        </p>
        <p>{advice[s.level]}</p>
        <p>
          <b>{who}</b>
        </p>
        <Reasons s={s} />
        {s.level === 'urgent' && <UrgentCareRoute />}
        {(s.level === 'urgent' || s.level === 'soon') &&
          (s.bookingReminder ? (
            <p role="status">{t('screening.reminded')}</p>
          ) : (
            <Button variant="primary" onClick={() => void updateScreening(s, { bookingReminder: true })}>
              {t('screening.remind')}
            </Button>
          ))}
        {s.level === 'self_care' && (
          <Link className="btn btn-primary" to="/move">
            {t('move.selfCareLink')}
          </Link>
        )}
      </section>
      <p className="card safety-net">{t('screening.safetyNet')}</p>
      {/* The warning-signs lesson comes after the advice and the safety net, never above them. */}
      <p>
        <LessonLink id={lessonFor.triageResult} />
      </p>
      <div className="row">
        <Link className="btn btn-secondary" to="/">
          {t('screening.done')}
        </Link>
        <Link className="btn btn-quiet" to="/help">
          {t('footer.help')}
        </Link>
      </div>
    </Page>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readSetting, writeSetting } from '../../lib/device-settings';
import { Button } from '../../ui/Button';
import { recheckDate, useDeskChecks } from './api';

const LATER_KEY = 'spinekind.deskCheck.recheckLater';
const WEEK_MS = 7 * 86_400_000;

const laterUntil = (): number => Number(readSetting(LATER_KEY) ?? 0);

/** On Today: "time to recheck your desk" once four weeks have passed since the last check; "Not now" waits a week. */
export function DeskRecheckTodo() {
  const { t } = useTranslation();
  const checks = useDeskChecks();
  const [later, setLater] = useState(laterUntil);
  const last = checks.data?.at(-1);
  const now = Date.now();
  if (!last || now < recheckDate(last).getTime() || now < later) return null;
  const weeks = Math.max(4, Math.floor((now - Date.parse(last.createdAt)) / WEEK_MS));
  return (
    <section className="card stack" aria-labelledby="desk-recheck" data-testid="desk-recheck">
      <p id="desk-recheck">{t('deskCheck.recheckTodo', { weeks })}</p>
      <div className="row">
        <Link className="btn btn-primary" to="/desk-check?new=1">
          {t('deskCheck.recheckStart')}
        </Link>
        <Button
          variant="quiet"
          onClick={() => {
            const until = now + WEEK_MS;
            writeSetting(LATER_KEY, String(until));
            setLater(until);
          }}
        >
          {t('deskCheck.recheckLater')}
        </Button>
      </div>
    </section>
  );
}

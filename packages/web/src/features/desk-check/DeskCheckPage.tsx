import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { type DeskCheck, useDeskChecks, useDeskQuestions } from './api';
import { CheckForm } from './CheckForm';
import { CheckHistory } from './CheckHistory';
import { CheckResult } from './CheckResult';
import './desk-check.css';

/** The desk self-check: the form (first time, or when asked), else the latest result; history below. */
export function Component() {
  const { t } = useTranslation();
  const questions = useDeskQuestions();
  const checks = useDeskChecks();
  const [params, setParams] = useSearchParams();
  const [fresh, setFresh] = useState<DeskCheck | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const latest = fresh ?? checks.data?.at(-1);
  const showForm = params.has('new') || (checks.isSuccess && !latest);

  useEffect(() => {
    if (fresh) resultHeading.current?.focus();
  }, [fresh]);

  const loading = questions.isPending || checks.isPending;
  const error = questions.error ?? checks.error;
  return (
    <Page title={t('deskCheck.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('deskCheck.intro')}</p>
      {loading ? (
        <p className="muted">{t('deskCheck.loading')}</p>
      ) : error || !questions.data ? (
        <p className="error" role="alert">
          {problemMessage(error, t)}
        </p>
      ) : showForm ? (
        <CheckForm
          questions={questions.data.items}
          areas={questions.data.areas}
          onDone={(check) => {
            setFresh(check);
            setParams({}, { replace: true });
          }}
        />
      ) : (
        latest && (
          <>
            <CheckResult check={latest} areas={questions.data.areas} heading={resultHeading} />
            <Button onClick={() => setParams({ new: '1' })}>{t('deskCheck.again')}</Button>
          </>
        )
      )}
      {checks.data && !showForm && <CheckHistory checks={checks.data} />}
    </Page>
  );
}

import { addLocalDays, NOTES_MAX } from '@spinekind/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { Field, TextArea } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { isServerProfile, useProfile, useSaveProfile } from '../profile/api';
import { downloadFile } from './api';

/** The doctor report: date range and paper, with a busy state while the server draws the PDF. */
export function ReportSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const [to, setTo] = useState(todayLocal());
  const [from, setFrom] = useState(addLocalDays(todayLocal(), -90));
  const [paper, setPaper] = useState<'a4' | 'letter'>(navigator.language === 'en-US' ? 'letter' : 'a4');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const rangeError = from && to && from > to ? t('data.report.rangeError') : '';

  async function download() {
    setError('');
    setBusy(true);
    try {
      const name = await downloadFile(
        `/report.pdf?from=${from}&to=${to}&paper=${paper}`,
        'spinekind-report.pdf',
      );
      toast(t('data.downloaded', { name }));
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="data-report">
      <h2 id="data-report">{t('data.report.title')}</h2>
      <p>{t('data.report.intro')}</p>
      <div className="data-range">
        <Field
          label={t('data.report.from')}
          type="date"
          value={from}
          max={to}
          onChange={(e) => setFrom(e.target.value)}
        />
        <Field
          label={t('data.report.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={rangeError || undefined}
        />
      </div>
      <Select
        label={t('data.report.paper')}
        value={paper}
        onChange={(v) => setPaper(v as 'a4' | 'letter')}
        options={(['a4', 'letter'] as const).map((p) => ({ value: p, label: t(`data.report.papers.${p}`) }))}
      />
      <Button
        variant="primary"
        onClick={() => void download()}
        disabled={busy || !!rangeError || !from || !to}
        aria-busy={busy}
      >
        {busy ? t('data.downloading') : t('data.report.download')}
      </Button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <QuestionsForDoctor />
    </section>
  );
}

/** Her own questions, kept in the profile and printed at the end of the report. */
function QuestionsForDoctor() {
  const { t } = useTranslation();
  const toast = useToast();
  const profile = useProfile();
  const save = useSaveProfile();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const max = NOTES_MAX;
  useEffect(() => {
    if (!touched) setText(profile.data?.doctorQuestions ?? '');
  }, [profile.data, touched]);

  // The questions are saved inside her whole profile: only on top of the profile the server gave, never on
  // an empty stand-in (a read that failed), which would save her other answers away.
  const base = profile.isSuccess && isServerProfile(profile.data) ? profile.data : undefined;

  async function onSave() {
    if (!base) return;
    try {
      await save.mutateAsync({ ...base, doctorQuestions: text.trim() || null });
      setTouched(false);
      toast(t('data.questions.saved'));
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  }

  return (
    <div className="stack data-questions">
      <h3>{t('data.questions.title')}</h3>
      <TextArea
        label={t('data.questions.label')}
        hint={`${t('data.questions.hint')} ${t('data.questions.count', { count: text.length, max })}`}
        value={text}
        maxLength={max}
        rows={4}
        onChange={(e) => {
          setTouched(true);
          setText(e.target.value);
        }}
      />
      {!base && !profile.isPending && (
        <p className="hint" role="status">
          {profile.isError
            ? problemMessage(profile.error, t)
            : t(navigator.onLine ? 'errors.serverDown' : 'errors.offline')}
        </p>
      )}
      <Button onClick={() => void onSave()} disabled={save.isPending || !base}>
        {t('data.questions.save')}
      </Button>
    </div>
  );
}

import type { Lesson, LessonBlock } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NetworkError, problemMessage } from '../../lib/api';
import { formatDay } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { Page } from '../../ui/Page';
import { useLessonReads, useMarkRead } from './api';
import { GradeBadge } from './Grade';
import { useLesson } from './lessons';
import { linkTarget } from './library';
import './learn.css';

function Block({ block }: { block: LessonBlock }) {
  const { t } = useTranslation();
  if (block.type === 'p') return <p>{block.text}</p>;
  if (block.type === 'list')
    return (
      <ul className="lesson-points">
        {block.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  const to = linkTarget(block.link);
  return (
    <p className="lesson-try">
      <span className="lesson-try-label">{t('learn.tryThis')}: </span>
      {to ? <Link to={to}>{block.text}</Link> : block.text}
    </p>
  );
}

/** Mark as read / unread: online only (the lesson itself reads offline); offline says so plainly. */
function ReadToggle({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const reads = useLessonReads();
  const mark = useMarkRead();
  const [message, setMessage] = useState<{ text: string; tone: 'done' | 'error' }>({
    text: '',
    tone: 'done',
  });
  const readAt = reads.data?.[lesson.id];
  const toggle = (read: boolean) => {
    setMessage({ text: '', tone: 'done' });
    mark.mutate(
      { id: lesson.id, read },
      {
        onSuccess: () =>
          setMessage({ text: t(read ? 'learn.markedRead' : 'learn.markedUnread'), tone: 'done' }),
        onError: (err) =>
          setMessage({
            text:
              err instanceof NetworkError && !err.deviceOnline
                ? t('learn.offlineMark')
                : problemMessage(err, t),
            tone: 'error',
          }),
      },
    );
  };
  return (
    <div className="stack lesson-read-toggle">
      {readAt && <p className="muted">{t('learn.readOn', { date: formatDay(readAt.slice(0, 10)) })}</p>}
      <Button
        variant={readAt ? undefined : 'primary'}
        disabled={mark.isPending}
        onClick={() => toggle(!readAt)}
      >
        {readAt ? t('learn.markUnread') : t('learn.markRead')}
      </Button>
      <Message text={message.text} tone={message.tone} />
    </div>
  );
}

/** One lesson: summary, grade with its reason, the body, what to try, sources, and mark as read. */
export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lesson = useLesson(id);
  const back = { to: '/learn', label: t('learn.back') };
  if (!lesson)
    return (
      <Page title={t('learn.title')} back={back}>
        <p>{t('learn.notFound')}</p>
      </Page>
    );
  return (
    <Page title={lesson.title} back={back}>
      <article className="stack lesson" key={lesson.id}>
        <p className="lesson-summary">{lesson.summary}</p>
        <section className="card stack lesson-grade" aria-label={t('learn.whyGrade')}>
          <p className="lesson-meta">
            <span>{t('learn.minutes', { count: lesson.minutes })}</span>
            <GradeBadge grade={lesson.grade} />
          </p>
          <p>
            <strong>{t('learn.whyGrade')}: </strong>
            {lesson.gradeReason}
          </p>
        </section>
        {lesson.body.map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static lesson text
          <Block key={i} block={block} />
        ))}
        <section className="stack" aria-labelledby="lesson-sources">
          <h2 id="lesson-sources">{t('learn.sources')}</h2>
          <ol className="lesson-sources">
            {lesson.sources.map((s) => (
              <li key={s.citation}>
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.citation}
                  </a>
                ) : (
                  s.citation
                )}{' '}
                ({s.year})
              </li>
            ))}
          </ol>
          <p className="muted">{t('learn.reviewed', { date: formatDay(lesson.reviewedAt) })}</p>
        </section>
        <ReadToggle lesson={lesson} />
      </article>
    </Page>
  );
}

import type { Lesson } from '@spinekind/core';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { type Reads, useLessonReads } from './api';
import { LessonMeta } from './Grade';
import { useLessons } from './lessons';
import { byTopic, searchLessons } from './library';
import './learn.css';

function LessonItem({ lesson, reads }: { lesson: Lesson; reads: Reads | undefined }) {
  return (
    <li className="lesson-item">
      <h3>
        <Link to={`/learn/${lesson.id}`}>{lesson.title}</Link>
      </h3>
      <p>{lesson.summary}</p>
      <LessonMeta minutes={lesson.minutes} grade={lesson.grade} read={!!reads?.[lesson.id]} />
    </li>
  );
}

/** Learn: every lesson, by topic, with a word search and how many she has read. */
export function Component() {
  const { t } = useTranslation();
  const reads = useLessonReads().data;
  const lessons = useLessons();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const found = useMemo(() => searchLessons(lessons, deferred), [lessons, deferred]);
  const groups = useMemo(() => byTopic(lessons), [lessons]);
  const searchId = useId();
  const read = reads ? lessons.filter((l) => reads[l.id]).length : undefined;

  return (
    <Page title={t('learn.title')}>
      <p>{t('learn.intro')}</p>
      {read !== undefined && (
        <div className="learn-progress">
          <p id={`${searchId}-progress`} data-testid="learn-progress">
            {t('learn.progress', { read, total: lessons.length })}
          </p>
          <progress aria-labelledby={`${searchId}-progress`} value={read} max={lessons.length} />
        </div>
      )}
      <search className="field">
        <label htmlFor={searchId}>{t('learn.search')}</label>
        <p className="hint" id={`${searchId}-hint`}>
          {t('learn.searchHint')}
        </p>
        <input
          id={searchId}
          type="search"
          value={query}
          aria-describedby={`${searchId}-hint`}
          onChange={(e) => setQuery(e.target.value)}
        />
      </search>
      <p role="status" className={deferred ? 'muted' : 'visually-hidden'}>
        {deferred
          ? found.length
            ? t('learn.matches', { count: found.length, query: deferred })
            : t('learn.noMatches', { query: deferred })
          : ''}
      </p>
      {deferred ? (
        <section aria-labelledby="learn-results">
          <h2 id="learn-results" className="visually-hidden">
            {t('learn.results')}
          </h2>
          {found.length > 0 && (
            <ul className="lesson-list card">
              {found.map((l) => (
                <LessonItem key={l.id} lesson={l} reads={reads} />
              ))}
            </ul>
          )}
        </section>
      ) : (
        groups.map((g) => (
          <section key={g.topic} className="card stack" aria-labelledby={`topic-${g.topic}`}>
            <h2 id={`topic-${g.topic}`}>{t(`learn.topics.${g.topic}`)}</h2>
            <ul className="lesson-list">
              {g.lessons.map((l) => (
                <LessonItem key={l.id} lesson={l} reads={reads} />
              ))}
            </ul>
          </section>
        ))
      )}
    </Page>
  );
}

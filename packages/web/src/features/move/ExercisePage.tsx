import { boneSafeAlternative, customRef, exerciseById } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../ui/Page';
import { useBoneCondition } from './api';
import { useDoseText } from './DoseText';
import { Illustration } from './Illustration';
import { exercisePath } from './LibraryPage';
import { useLookup } from './sessions';
import './move.css';

function List({
  title,
  items,
  ordered = false,
}: {
  title: string;
  items: readonly string[];
  ordered?: boolean;
}) {
  if (items.length === 0) return null;
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <section className="card">
      <h2>{title}</h2>
      <Tag className="steps">
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </Tag>
    </section>
  );
}

/** One exercise: drawing, purpose, steps, cues, mistakes, easier and harder versions, cautions. */
export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const library = useLookup();
  const bone = useBoneCondition();
  const doseText = useDoseText();
  const exercise = library.exercise(id);
  if (!exercise) {
    return (
      <Page title={t('library.title')} back={{ to: '/move/library', label: t('library.title') }}>
        <p>{library.loading ? t('app.loading') : t('exercise.notFound')}</p>
      </Page>
    );
  }
  const easier = exercise.easier ? library.exercise(exercise.easier) : undefined;
  const harder = exercise.harder ? library.exercise(exercise.harder) : undefined;
  const catalogued = exerciseById(exercise.id);
  const saferId =
    bone && catalogued && !catalogued.boneSafe ? boneSafeAlternative(catalogued)?.id : undefined;
  // Named in her language, as the page around it.
  const safer = saferId ? library.exercise(saferId) : undefined;
  // Her own exercise: back to her list, and editable there while she still uses it.
  const own = exercise.custom
    ? library.exercises.data?.find((e) => customRef(e.id) === exercise.id)
    : undefined;
  const back = own
    ? { to: '/move/custom', label: t('custom.title') }
    : { to: '/move/library', label: t('library.title') };
  return (
    <Page title={exercise.name} back={back}>
      <div className="exercise-head">
        <Illustration exercise={exercise} size="medium" />
        <div className="stack">
          {exercise.purpose && (
            <section>
              <h2>{own ? t('custom.notesTitle') : t('exercise.purpose')}</h2>
              <p>{exercise.purpose}</p>
            </section>
          )}
          <p>
            <b>{t('exercise.dose')}:</b> {doseText(exercise.dose)}
          </p>
          {exercise.tags.length > 0 && (
            <ul className="tags" aria-label={t('library.tag')}>
              {exercise.tags.map((tag) => (
                <li key={tag}>{t(`move.tags.${tag}`)}</li>
              ))}
              {exercise.equipment
                .filter((e) => e !== 'none')
                .map((e) => (
                  <li key={e}>{t(`move.equipment.${e}`)}</li>
                ))}
            </ul>
          )}
          {exercise.boneSafe === false && (
            <p className="notice">
              {t('move.notBoneSafe')}.{' '}
              {safer && (
                <Link to={exercisePath(safer.id)}>{t('move.boneSafeInstead', { name: safer.name })}</Link>
              )}
            </p>
          )}
          {exercise.custom && exercise.link && (
            <p>
              <a href={exercise.link} target="_blank" rel="noopener noreferrer">
                {t('exercise.link')}
              </a>
            </p>
          )}
          {own && !own.archivedAt && (
            <p>
              <Link
                className="btn btn-secondary"
                to={`/move/custom?edit=${own.id}`}
                aria-label={t('custom.editLabel', { name: exercise.name })}
              >
                {t('custom.edit')}
              </Link>
            </p>
          )}
        </div>
      </div>
      <List title={t('exercise.steps')} items={exercise.steps} ordered />
      <List title={t('exercise.cues')} items={exercise.cues} />
      <List title={t('exercise.mistakes')} items={exercise.mistakes} />
      <List title={t('exercise.cautions')} items={exercise.cautions} />
      {(easier || harder) && (
        <nav className="card" aria-labelledby="variants-title">
          <h2 id="variants-title">{t('exercise.variants')}</h2>
          <ul className="link-list">
            {easier && (
              <li>
                <Link to={exercisePath(easier.id)}>{t('exercise.easier', { name: easier.name })}</Link>
              </li>
            )}
            {harder && (
              <li>
                <Link to={exercisePath(harder.id)}>{t('exercise.harder', { name: harder.name })}</Link>
                {bone && harder.boneSafe === false && <p className="hint">{t('move.notBoneSafe')}</p>}
              </li>
            )}
          </ul>
        </nav>
      )}
    </Page>
  );
}

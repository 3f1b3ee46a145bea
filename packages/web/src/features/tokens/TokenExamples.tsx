import { useTranslation } from 'react-i18next';

/** How to use a token: a curl command and the steps of an Apple Shortcut, with this server's address. */
export function TokenExamples() {
  const { t } = useTranslation();
  const url = `${window.location.origin}/api/v1/checkins`;
  const curl = [
    `curl -X POST ${url} \\`,
    '  -H "Authorization: Bearer sk_…your token…" \\',
    '  -H "Content-Type: application/json" \\',
    `  -d '{"recordedAt":"2026-03-02T08:00:00+01:00","pain":4}'`,
  ].join('\n');
  return (
    <>
      <section className="card stack" aria-labelledby="token-curl">
        <h2 id="token-curl">{t('tokens.exampleTitle')}</h2>
        <p>{t('tokens.exampleIntro')}</p>
        <pre className="code">
          <code>{curl}</code>
        </pre>
      </section>
      <section className="card stack" aria-labelledby="token-shortcut">
        <h2 id="token-shortcut">{t('tokens.shortcutTitle')}</h2>
        <ol className="steps">
          {(t('tokens.shortcut', { returnObjects: true }) as string[]).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>
          {t('tokens.address')}: <code className="code-inline">{url}</code>
        </p>
      </section>
    </>
  );
}

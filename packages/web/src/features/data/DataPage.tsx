import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { CsvImport } from './CsvImport';
import { ExportSection } from './ExportSection';
import { ReportSection } from './ReportSection';
import { RestoreSection } from './RestoreSection';
import './data.css';

/**
 * "Your data": the doctor report, downloads, restore, CSV import, and a list of further data pages
 * (Apple Health import, access tokens, privacy) that other features add to `moreLinks`.
 */
const moreLinks: { to: string; label: string; hint?: string }[] = [
  { to: '/data/share', label: 'shares.link', hint: 'shares.linkHint' },
  { to: '/data/other-apps', label: 'otherApps.link', hint: 'otherApps.linkHint' },
  { to: '/data/apple-health', label: 'appleHealth.link', hint: 'appleHealth.linkHint' },
  { to: '/tokens', label: 'tokens.link', hint: 'tokens.linkHint' },
  { to: '/privacy', label: 'privacy.link' },
  { to: '/more#delete', label: 'data.more.deleteAccount' },
];

export function Component() {
  const { t } = useTranslation();
  return (
    <Page title={t('data.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('data.intro')}</p>
      <p className="muted">{t('data.needsConnection')}</p>
      <ReportSection />
      <ExportSection />
      <RestoreSection />
      <CsvImport />
      <section className="card stack" aria-labelledby="data-more">
        <h2 id="data-more">{t('data.more.title')}</h2>
        <ul className="link-list">
          {moreLinks.map((l) => (
            <li key={l.to}>
              <Link to={l.to}>{t(l.label)}</Link>
              {l.hint && <p className="hint">{t(l.hint)}</p>}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

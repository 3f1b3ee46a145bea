import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';

export function Component() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.pageNotFound')}>
      <Link to="/">{t('errors.home')}</Link>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { useSecurity } from './api';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeviceList } from './DeviceList';
import './security.css';

/** Account → Security: change password, see signed-in devices, sign them out. */
export function Component() {
  const { t } = useTranslation();
  const security = useSecurity();
  return (
    <Page title={t('security.title')} back={{ to: '/more', label: t('more.title') }}>
      <p>{t('security.intro')}</p>
      <ChangePasswordForm security={security} />
      <DeviceList security={security} />
      <p>
        {t('security.tokensNote')} <Link to="/tokens">{t('tokens.link')}</Link>
      </p>
    </Page>
  );
}

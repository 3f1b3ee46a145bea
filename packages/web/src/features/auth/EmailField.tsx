import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';

/** Her email address as the sign-in name: the right keyboard and autofill on every account form. */
export function EmailField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={t('auth.email')}
      type="email"
      autoComplete="email"
      inputMode="email"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    />
  );
}

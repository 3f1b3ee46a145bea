import { useTranslation } from 'react-i18next';
import { Choice } from './Choice';

/** A yes/no question as two big native radio buttons side by side; `hint` is read with the question. */
export function YesNo({
  legend,
  hint,
  value,
  onChange,
}: {
  legend: string;
  hint?: React.ReactNode;
  value: boolean | null | undefined;
  onChange(v: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <Choice
      legend={legend}
      hint={hint}
      layout="yesno"
      value={value == null ? value : value ? 'yes' : 'no'}
      options={[
        { value: 'yes', label: t('checkin.yes') },
        { value: 'no', label: t('checkin.no') },
      ]}
      onChange={(v) => onChange(v === 'yes')}
    />
  );
}

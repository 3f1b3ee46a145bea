import type { ComponentProps } from 'react';
import './ui.css';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

export function Button({
  variant = 'secondary',
  wide = false,
  className = '',
  type = 'button',
  ...rest
}: ComponentProps<'button'> & { variant?: Variant; wide?: boolean }) {
  return (
    <button type={type} className={`btn btn-${variant}${wide ? ' btn-wide' : ''} ${className}`} {...rest} />
  );
}

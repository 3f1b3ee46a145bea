/**
 * "Please choose a longer password" can be put aside for this visit (this tab), and comes back on the next
 * one until the password is changed. Only a flag, nothing of hers.
 */
const DISMISSED = 'spinekind.passwordNoticeDismissed';

export const passwordNoticeDismissed = (): boolean => sessionStorage.getItem(DISMISSED) === '1';

export function dismissPasswordNotice(): void {
  sessionStorage.setItem(DISMISSED, '1');
}

export function forgetPasswordNotice(): void {
  sessionStorage.removeItem(DISMISSED);
}

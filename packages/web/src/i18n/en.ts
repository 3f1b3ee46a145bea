/**
 * English copy. Warm, plain, second person (see DESIGN.md). UI says "hot flashes".
 * This file is the everyday copy that loads with every page (sign-in, the sync badge, errors); what
 * every signed-in screen shares (Today's check-in, entries, History) is en-shell.ts, which loads
 * with the signed-in layout. Feature copy lives in en-*.ts and loads with its routes: a new en-*.ts file is registered in
 * ./lazy.ts (`copyBundles`) and named on its routes in main.tsx (`page(…, 'bundle')`).
 */
export const everyday = {
  app: { name: 'Spinekind', skip: 'Skip to content', loading: 'Loading…' },
  nav: {
    today: 'Today',
    insights: 'Insights',
    history: 'History',
    learn: 'Learn',
    more: 'More',
    label: 'Main',
  },
  language: {
    label: 'Language',
    choose: 'Show Spinekind in',
    hint: 'Changes at once. Saved with your profile, so your other devices and your doctor report follow it.',
  },
  footer: {
    help: 'When to get help',
    disclaimer: 'Spinekind is a diary and a guide, not a diagnosis.',
  },
  sync: {
    saved: 'All saved',
    waiting_one: '1 change waiting',
    waiting_other: '{{count}} changes waiting',
    offline: 'Offline',
    offlineWaiting: 'Offline · {{count}} waiting',
    serverDownWaiting: "Can't reach your server · {{count}} kept here",
    syncing: 'Syncing…',
    signInAgain: 'Sign in to sync',
    conflicts_one: '1 change needs your choice',
    conflicts_other: '{{count}} changes need your choice',
    failed_one: '1 change could not be saved',
    failed_other: '{{count}} changes could not be saved',
    seeWhy: 'See why',
    failedTitle: 'Not saved',
    failedIntro:
      'Your server did not accept these changes. They stay on this device, with the reason, until you let them go.',
    failedKind: {
      checkins: 'Check-in',
      screenings: 'Safety check',
      sessions: 'Exercise session',
      breakLog: 'Break',
      bleedingAnswers: 'Bleeding answer',
      experiments: 'Experiment answer',
    },
    open: 'Open',
    letGo: 'Let it go',
    close: 'Close',
  },
  auth: {
    signInTitle: 'Sign in',
    signUpTitle: 'Create your account',
    intro: 'A calm daily check-in for your back, with your data kept on your own server.',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signUp: 'Create account',
    working: 'One moment…',
    haveAccount: 'Already have an account?',
    noAccount: 'New here?',
    toSignUp: 'Create an account',
    toSignIn: 'Sign in',
    offline: "You're offline. Connect to sign in.",
    serverDown: "Can't reach your Spinekind server. Please try again in a little while.",
    expired: 'Your session has ended. Sign in again to carry on.',
    expiredUnsaved:
      'Your session has ended. Save what you are writing first: it is kept on this device, and you sign in again right after.',
    expiredKept_one:
      'Your session has ended. Sign in again to carry on: 1 change saved on this device is kept and syncs when {{email}} signs in.',
    expiredKept_other:
      'Your session has ended. Sign in again to carry on: {{count}} changes saved on this device are kept and sync when {{email}} signs in.',
    held_one: '1 change from {{email}} is not saved yet',
    held_other: '{{count}} changes from {{email}} are not saved yet',
    heldIntro:
      'It was made on this device and has not reached the server. Nothing is deleted until you choose what happens to it.',
    heldAsOwner: 'Sign in as {{email}} to send it',
    heldAsOwnerNotice: 'Sign in with the account of {{email}} to send what is waiting.',
    heldDownload: 'Download as a file',
    heldDownloaded_one:
      'Downloaded 1 entry. {{email}} can add it with “Restore a backup” on the Your data page.',
    heldDownloaded_other:
      'Downloaded {{count}} entries. {{email}} can add them with “Restore a backup” on the Your data page.',
    heldDiscard: 'Discard and sign in',
    heldConfirm: "Delete what {{email}} saved on this device for good? It can't be brought back.",
    heldConfirmYes: 'Yes, discard it',
    heldCancel: 'Go back',
    forgot: 'Forgot password?',
    passwordReset: 'Your password is changed. Sign in with your new password.',
    joinTitle: 'Join Spinekind',
    joinIntro: 'You have been invited. Choose the email and password you will sign in with.',
    firstAccount: 'You are the first one here, so this account runs the server: it can invite other people.',
    inviteOnly: 'New here? You need an invite link from the person who runs this server.',
    haveInvite: 'I have an invite link',
    inviteLink: 'Invite link',
    inviteLinkHint: 'Paste the link you were sent.',
    signupClosed:
      'This server is not taking new accounts. If you think you should have one, ask the person who runs it.',
    invite_required: 'This server needs an invite to create an account. Paste your invite link above.',
    invite_invalid:
      'This invite link has been used or has expired. Ask the person who invited you for a new one.',
    signup_closed: 'This server is not taking new accounts right now.',
  },
  password: {
    showShort: 'Show',
    showRest: 'password',
    capsLock: 'Caps Lock is on.',
    newHint: 'At least 12 characters. A few unrelated words are easy to remember and hard to guess.',
    strength: 'Strength: {{level}}',
    levels: {
      refused: 'not accepted yet',
      '0': 'too easy to guess',
      '1': 'too easy to guess',
      '2': 'fair',
      '3': 'good',
      '4': 'strong',
    },
    accepted: 'This password is accepted.',
    notice:
      'Your password is shorter than this server now asks for. Please choose a new one of at least 12 characters: it keeps your diary safer.',
    noticeAction: 'Choose a new password',
    noticeLater: 'Remind me later',
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    tooMany_one: 'Too many attempts — try again in 1 minute.',
    tooMany_other: 'Too many attempts — try again in {{count}} minutes.',
    offline: "You're offline. Try again when you're connected.",
    serverDown:
      "Can't reach your Spinekind server. Your check-ins are kept on this device and will be sent when it's back.",
    notFound: 'This check-in is not on this device any more. It may have been deleted.',
    changedElsewhere:
      'This was changed on another device a moment ago, so nothing was saved. You now see the latest version: do it again if you still want to.',
    pageNotFound: 'There is no page at this address.',
    home: 'Go to Today',
  },
} as const;

/**
 * German everyday copy (see en.ts): informal "du", warm and plain. Loads with the app when she reads
 * German; what every signed-in screen shares is de-shell.ts.
 */
import type { Catalogue } from '@spinekind/core';
import type { everyday as english } from './en';

export const everyday: Catalogue<typeof english> = {
  app: { name: 'Spinekind', skip: 'Zum Inhalt springen', loading: 'Wird geladen…' },
  nav: {
    today: 'Heute',
    insights: 'Einblicke',
    history: 'Verlauf',
    learn: 'Wissen',
    more: 'Mehr',
    label: 'Hauptmenü',
  },
  language: {
    label: 'Sprache',
    choose: 'Spinekind anzeigen auf',
    hint: 'Wirkt sofort. Wird in deinem Profil gespeichert, damit deine anderen Geräte und dein Bericht für die Ärztin oder den Arzt folgen.',
  },
  footer: {
    help: 'Wann du Hilfe brauchst',
    disclaimer: 'Spinekind ist ein Tagebuch und ein Begleiter, keine Diagnose.',
  },
  sync: {
    saved: 'Alles gespeichert',
    waiting_one: '1 Änderung wartet',
    waiting_other: '{{count}} Änderungen warten',
    offline: 'Offline',
    offlineWaiting: 'Offline · {{count}} warten',
    serverDownWaiting: 'Dein Server ist nicht erreichbar · {{count}} hier gespeichert',
    syncing: 'Wird synchronisiert…',
    signInAgain: 'Zum Synchronisieren anmelden',
    conflicts_one: 'Bei 1 Änderung musst du entscheiden',
    conflicts_other: 'Bei {{count}} Änderungen musst du entscheiden',
    failed_one: '1 Änderung konnte nicht gespeichert werden',
    failed_other: '{{count}} Änderungen konnten nicht gespeichert werden',
    seeWhy: 'Warum?',
    failedTitle: 'Nicht gespeichert',
    failedIntro:
      'Dein Server hat diese Änderungen nicht angenommen. Sie bleiben mit dem Grund auf diesem Gerät, bis du sie verwirfst.',
    failedKind: {
      checkins: 'Eintrag',
      screenings: 'Sicherheitscheck',
      sessions: 'Übungseinheit',
      breakLog: 'Pause',
      bleedingAnswers: 'Antwort zur Blutung',
      experiments: 'Antwort zum Experiment',
    },
    open: 'Öffnen',
    letGo: 'Verwerfen',
    close: 'Schließen',
  },
  auth: {
    signInTitle: 'Anmelden',
    signUpTitle: 'Konto erstellen',
    intro:
      'Ein ruhiges Tagebuch für deinen Rücken, ein kurzer Eintrag am Tag. Deine Daten bleiben auf deinem eigenen Server.',
    email: 'E-Mail',
    password: 'Passwort',
    signIn: 'Anmelden',
    signUp: 'Konto erstellen',
    working: 'Einen Moment…',
    haveAccount: 'Du hast schon ein Konto?',
    noAccount: 'Neu hier?',
    toSignUp: 'Konto erstellen',
    toSignIn: 'Anmelden',
    offline: 'Du bist offline. Verbinde dich mit dem Internet, um dich anzumelden.',
    serverDown: 'Dein Spinekind-Server ist nicht erreichbar. Bitte versuch es gleich noch einmal.',
    expired: 'Deine Sitzung ist abgelaufen. Melde dich wieder an, um weiterzumachen.',
    expiredUnsaved:
      'Deine Sitzung ist abgelaufen. Speichere zuerst, was du gerade schreibst: Es bleibt auf diesem Gerät, und du meldest dich gleich danach wieder an.',
    expiredKept_one:
      'Deine Sitzung ist abgelaufen. Melde dich wieder an, um weiterzumachen: 1 Änderung auf diesem Gerät bleibt erhalten und wird synchronisiert, sobald sich {{email}} anmeldet.',
    expiredKept_other:
      'Deine Sitzung ist abgelaufen. Melde dich wieder an, um weiterzumachen: {{count}} Änderungen auf diesem Gerät bleiben erhalten und werden synchronisiert, sobald sich {{email}} anmeldet.',
    held_one: '1 Änderung von {{email}} ist noch nicht gespeichert',
    held_other: '{{count}} Änderungen von {{email}} sind noch nicht gespeichert',
    heldIntro:
      'Sie wurde auf diesem Gerät gemacht und hat den Server noch nicht erreicht. Nichts wird gelöscht, bis du entscheidest, was damit passiert.',
    heldAsOwner: 'Als {{email}} anmelden und senden',
    heldAsOwnerNotice: 'Melde dich mit dem Konto von {{email}} an, um zu senden, was noch wartet.',
    heldDownload: 'Als Datei herunterladen',
    heldDownloaded_one:
      '1 Eintrag heruntergeladen. {{email}} kann ihn auf der Seite „Deine Daten“ mit „Sicherung wiederherstellen“ hinzufügen.',
    heldDownloaded_other:
      '{{count}} Einträge heruntergeladen. {{email}} kann sie auf der Seite „Deine Daten“ mit „Sicherung wiederherstellen“ hinzufügen.',
    heldDiscard: 'Verwerfen und anmelden',
    heldConfirm:
      'Endgültig löschen, was {{email}} auf diesem Gerät gespeichert hat? Es lässt sich nicht zurückholen.',
    heldConfirmYes: 'Ja, verwerfen',
    heldCancel: 'Zurück',
    forgot: 'Passwort vergessen?',
    passwordReset: 'Dein Passwort ist geändert. Melde dich mit dem neuen Passwort an.',
    joinTitle: 'Bei Spinekind mitmachen',
    joinIntro:
      'Du wurdest eingeladen. Wähle die E-Mail-Adresse und das Passwort, mit denen du dich anmeldest.',
    firstAccount:
      'Du bist die erste Person hier. Dieses Konto verwaltet darum den Server und kann andere Menschen einladen.',
    inviteOnly: 'Neu hier? Du brauchst einen Einladungslink von der Person, die diesen Server betreibt.',
    haveInvite: 'Ich habe einen Einladungslink',
    inviteLink: 'Einladungslink',
    inviteLinkHint: 'Füge den Link ein, den du bekommen hast.',
    signupClosed:
      'Auf diesem Server können keine neuen Konten erstellt werden. Wenn du meinst, dass du eins haben solltest, frag die Person, die ihn betreibt.',
    invite_required:
      'Für ein Konto auf diesem Server brauchst du eine Einladung. Füge deinen Einladungslink oben ein.',
    invite_invalid:
      'Dieser Einladungslink wurde schon benutzt oder ist abgelaufen. Bitte die Person, die dich eingeladen hat, um einen neuen.',
    signup_closed: 'Auf diesem Server können gerade keine neuen Konten erstellt werden.',
  },
  password: {
    showShort: 'Zeigen',
    showRest: 'Passwort',
    capsLock: 'Die Feststelltaste ist an.',
    newHint:
      'Mindestens 12 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, kann man sich gut merken und schwer erraten.',
    strength: 'Stärke: {{level}}',
    levels: {
      refused: 'noch nicht akzeptiert',
      '0': 'zu leicht zu erraten',
      '1': 'zu leicht zu erraten',
      '2': 'mittel',
      '3': 'gut',
      '4': 'stark',
    },
    accepted: 'Dieses Passwort ist akzeptiert.',
    notice:
      'Dein Passwort ist kürzer, als dieser Server es jetzt verlangt. Bitte wähle ein neues mit mindestens 12 Zeichen: So ist dein Tagebuch besser geschützt.',
    noticeAction: 'Neues Passwort wählen',
    noticeLater: 'Später erinnern',
  },
  errors: {
    generic: 'Etwas ist schiefgegangen. Bitte versuch es noch einmal.',
    tooMany_one: 'Zu viele Versuche. Versuch es in 1 Minute noch einmal.',
    tooMany_other: 'Zu viele Versuche. Versuch es in {{count}} Minuten noch einmal.',
    offline: 'Du bist offline. Versuch es noch einmal, wenn du verbunden bist.',
    serverDown:
      'Dein Spinekind-Server ist nicht erreichbar. Deine Einträge bleiben auf diesem Gerät und werden gesendet, sobald er wieder da ist.',
    notFound: 'Dieser Eintrag ist nicht mehr auf diesem Gerät. Vielleicht wurde er gelöscht.',
    changedElsewhere:
      'Das wurde gerade auf einem anderen Gerät geändert, deshalb wurde nichts gespeichert. Du siehst jetzt die neueste Fassung: Mach es noch einmal, wenn du es weiterhin willst.',
    pageNotFound: 'Unter dieser Adresse gibt es keine Seite.',
    home: 'Zu Heute',
  },
};

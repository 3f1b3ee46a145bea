/**
 * Spanish everyday copy (see en.ts): neutral international Spanish, "tú", warm and plain. What every
 * signed-in screen shares is es-shell.ts.
 */
import type { Catalogue } from '@spinekind/core';
import type { everyday as english } from './en';

export const everyday: Catalogue<typeof english> = {
  app: { name: 'Spinekind', skip: 'Saltar al contenido', loading: 'Cargando…' },
  nav: {
    today: 'Hoy',
    insights: 'Análisis',
    history: 'Historial',
    learn: 'Aprender',
    more: 'Más',
    label: 'Principal',
  },
  language: {
    label: 'Idioma',
    choose: 'Mostrar Spinekind en',
    hint: 'Cambia al momento. Se guarda en tu perfil, para que tus otros dispositivos y tu informe para el médico lo sigan.',
  },
  footer: {
    help: 'Cuándo pedir ayuda',
    disclaimer: 'Spinekind es un diario y una guía, no un diagnóstico.',
  },
  sync: {
    saved: 'Todo guardado',
    waiting_one: '1 cambio pendiente',
    waiting_other: '{{count}} cambios pendientes',
    offline: 'Sin conexión',
    offlineWaiting: 'Sin conexión · {{count}} pendientes',
    serverDownWaiting: 'No se puede conectar con tu servidor · {{count}} guardados aquí',
    syncing: 'Sincronizando…',
    signInAgain: 'Inicia sesión para sincronizar',
    conflicts_one: '1 cambio necesita que elijas',
    conflicts_other: '{{count}} cambios necesitan que elijas',
    failed_one: '1 cambio no se pudo guardar',
    failed_other: '{{count}} cambios no se pudieron guardar',
    seeWhy: 'Ver por qué',
    failedTitle: 'No guardado',
    failedIntro:
      'Tu servidor no aceptó estos cambios. Se quedan en este dispositivo, con el motivo, hasta que decidas descartarlos.',
    failedKind: {
      checkins: 'Registro',
      screenings: 'Chequeo de seguridad',
      sessions: 'Sesión de ejercicio',
      breakLog: 'Pausa',
      bleedingAnswers: 'Respuesta sobre sangrado',
      experiments: 'Respuesta del experimento',
    },
    open: 'Abrir',
    letGo: 'Descartar',
    close: 'Cerrar',
  },
  auth: {
    signInTitle: 'Iniciar sesión',
    signUpTitle: 'Crea tu cuenta',
    intro: 'Un registro diario y tranquilo para tu espalda, con tus datos guardados en tu propio servidor.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    signIn: 'Iniciar sesión',
    signUp: 'Crear cuenta',
    working: 'Un momento…',
    haveAccount: '¿Ya tienes una cuenta?',
    noAccount: '¿Eres nueva aquí?',
    toSignUp: 'Crear una cuenta',
    toSignIn: 'Iniciar sesión',
    offline: 'No tienes conexión. Conéctate para iniciar sesión.',
    serverDown: 'No se puede conectar con tu servidor de Spinekind. Vuelve a intentarlo dentro de un rato.',
    expired: 'Tu sesión ha terminado. Vuelve a iniciar sesión para continuar.',
    expiredUnsaved:
      'Tu sesión ha terminado. Guarda primero lo que estás escribiendo: se queda en este dispositivo y justo después vuelves a iniciar sesión.',
    expiredKept_one:
      'Tu sesión ha terminado. Vuelve a iniciar sesión para continuar: 1 cambio guardado en este dispositivo se conserva y se sincroniza cuando {{email}} inicie sesión.',
    expiredKept_other:
      'Tu sesión ha terminado. Vuelve a iniciar sesión para continuar: {{count}} cambios guardados en este dispositivo se conservan y se sincronizan cuando {{email}} inicie sesión.',
    held_one: '1 cambio de {{email}} aún no está guardado',
    held_other: '{{count}} cambios de {{email}} aún no están guardados',
    heldIntro:
      'Se hizo en este dispositivo y no ha llegado al servidor. No se borra nada hasta que elijas qué hacer con ello.',
    heldAsOwner: 'Inicia sesión como {{email}} para enviarlo',
    heldAsOwnerNotice: 'Inicia sesión con la cuenta de {{email}} para enviar lo que está pendiente.',
    heldDownload: 'Descargar como archivo',
    heldDownloaded_one:
      'Se descargó 1 entrada. {{email}} puede añadirla con «Restaurar una copia de seguridad» en la página Tus datos.',
    heldDownloaded_other:
      'Se descargaron {{count}} entradas. {{email}} puede añadirlas con «Restaurar una copia de seguridad» en la página Tus datos.',
    heldDiscard: 'Descartar e iniciar sesión',
    heldConfirm: '¿Borrar para siempre lo que {{email}} guardó en este dispositivo? No se podrá recuperar.',
    heldConfirmYes: 'Sí, descartarlo',
    heldCancel: 'Volver',
    forgot: '¿Olvidaste tu contraseña?',
    passwordReset: 'Tu contraseña se ha cambiado. Inicia sesión con la nueva contraseña.',
    joinTitle: 'Únete a Spinekind',
    joinIntro: 'Te han invitado. Elige el correo y la contraseña con los que iniciarás sesión.',
    firstAccount:
      'Eres la primera persona aquí, así que esta cuenta administra el servidor: puede invitar a otras personas.',
    inviteOnly:
      '¿Eres nueva aquí? Necesitas un enlace de invitación de la persona que administra este servidor.',
    haveInvite: 'Tengo un enlace de invitación',
    inviteLink: 'Enlace de invitación',
    inviteLinkHint: 'Pega el enlace que te enviaron.',
    signupClosed:
      'Este servidor no admite cuentas nuevas. Si crees que deberías tener una, pregunta a la persona que lo administra.',
    invite_required:
      'Este servidor necesita una invitación para crear una cuenta. Pega arriba tu enlace de invitación.',
    invite_invalid:
      'Este enlace de invitación ya se usó o ha caducado. Pide uno nuevo a la persona que te invitó.',
    signup_closed: 'Este servidor no admite cuentas nuevas en este momento.',
  },
  password: {
    showShort: 'Mostrar',
    showRest: 'contraseña',
    capsLock: 'Las mayúsculas están activadas.',
    newHint:
      'Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.',
    strength: 'Seguridad: {{level}}',
    levels: {
      refused: 'todavía no aceptada',
      '0': 'demasiado fácil de adivinar',
      '1': 'demasiado fácil de adivinar',
      '2': 'aceptable',
      '3': 'buena',
      '4': 'fuerte',
    },
    accepted: 'Esta contraseña es válida.',
    notice:
      'Tu contraseña es más corta de lo que este servidor pide ahora. Elige una nueva de al menos 12 caracteres: así tu diario está más protegido.',
    noticeAction: 'Elegir una contraseña nueva',
    noticeLater: 'Recordármelo más tarde',
  },
  errors: {
    generic: 'Algo salió mal. Inténtalo de nuevo.',
    tooMany_one: 'Demasiados intentos. Vuelve a intentarlo dentro de 1 minuto.',
    tooMany_other: 'Demasiados intentos. Vuelve a intentarlo dentro de {{count}} minutos.',
    offline: 'No tienes conexión. Inténtalo de nuevo cuando estés conectada.',
    serverDown:
      'No se puede conectar con tu servidor de Spinekind. Tus registros se guardan en este dispositivo y se enviarán cuando vuelva a estar disponible.',
    notFound: 'Este registro ya no está en este dispositivo. Puede que se haya borrado.',
    changedElsewhere:
      'Esto se acaba de cambiar en otro dispositivo, así que no se guardó nada. Ahora ves la versión más reciente: hazlo otra vez si todavía quieres.',
    pageNotFound: 'No hay ninguna página en esta dirección.',
    home: 'Ir a Hoy',
  },
};

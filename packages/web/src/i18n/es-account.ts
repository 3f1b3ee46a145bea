/** Spanish copy for looking after the account (see en-account.ts): Security, invites, a forgotten password. */
import type { Catalogue } from '@spinekind/core';
import type { accountCopy as english } from './en-account';

export const accountCopy: Catalogue<typeof english> = {
  security: {
    title: 'Seguridad',
    intro: 'Tu contraseña y los dispositivos con sesión iniciada en tu cuenta.',
    passwordTitle: 'Cambiar tu contraseña',
    passwordIntro:
      'Después del cambio, se cierra la sesión en todos los demás dispositivos y tus tokens de acceso dejan de funcionar. Este dispositivo sigue con la sesión iniciada.',
    currentPassword: 'Contraseña actual',
    newPassword: 'Contraseña nueva',
    currentWrong: 'Esa no es tu contraseña actual.',
    notChanged: 'Tu contraseña no se ha cambiado.',
    changePassword: 'Cambiar contraseña',
    passwordChanged: 'Tu contraseña se ha cambiado. Se cerró la sesión en los demás dispositivos.',
    devicesTitle: 'Tus dispositivos',
    devicesIntro:
      'Dónde está iniciada tu cuenta ahora mismo. Cierra la sesión en cualquiera que no reconozcas.',
    loadingDevices: 'Cargando tus dispositivos…',
    deviceName: '{{browser}} en {{device}}',
    unknownDevice: 'Dispositivo desconocido',
    thisDevice: 'Este dispositivo',
    deviceDates: 'Sesión iniciada {{signedIn}} · última actividad {{active}}',
    signOut: 'Cerrar sesión',
    signOutLabel: 'Cerrar la sesión de {{device}}, iniciada {{when}}',
    signOutHere: 'Cerrar sesión aquí',
    deviceSignedOut: 'Se cerró la sesión de {{device}}.',
    onlyThisDevice: 'No hay ningún otro dispositivo con la sesión iniciada.',
    signOutOthers: 'Cerrar sesión en todos los demás',
    othersConfirm:
      '¿Cerrar la sesión en todos los demás dispositivos? Tus tokens de acceso también dejarán de funcionar. Este dispositivo sigue con la sesión iniciada.',
    othersYes: 'Sí, cerrar su sesión',
    cancel: 'Cancelar',
    othersSignedOut:
      'Se cerró tu sesión en todos los demás dispositivos y tus tokens de acceso ya no funcionan.',
    tokensNote: 'Los scripts y los atajos usan tokens de acceso en lugar de una contraseña:',
  },
  invites: {
    title: 'Invitaciones',
    intro:
      'Una invitación es un enlace con el que una persona puede crear una cuenta en este servidor. Funciona una sola vez, hasta que caduca.',
    notAdmin: 'Solo la persona que administra este servidor puede invitar a otras personas.',
    mode: {
      open: 'El registro está abierto en este servidor: cualquiera que pueda acceder a él puede crear una cuenta, con o sin invitación. Para dejar entrar solo a quien invites, inicia el servidor con SIGNUP=invite.',
      invite: 'En este servidor solo pueden crear una cuenta las personas con un enlace de invitación.',
      closed:
        'El registro está cerrado en este servidor (SIGNUP=closed), así que los enlaces de invitación no funcionan. Inícialo con SIGNUP=invite para usarlos.',
    },
    createTitle: 'Invitar a alguien',
    expiry: 'El enlace funciona durante',
    expiryHint: 'Después caduca, se haya usado o no.',
    days_one: '1 día',
    days_other: '{{count}} días',
    create: 'Crear enlace de invitación',
    created: 'Tu enlace de invitación',
    sendIt: 'Envía este enlace a la persona que invitas. Funciona una sola vez, hasta el {{date}}.',
    linkLabel: 'Enlace de invitación',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado.',
    copyByHand: 'Aquí no se pudo copiar. El enlace está seleccionado: cópialo a mano.',
    done: 'Listo',
    listTitle: 'Tus invitaciones',
    loading: 'Cargando tus invitaciones…',
    none: 'Todavía no hay invitaciones.',
    createdAgo: 'Creada {{when}}',
    status: { waiting: 'Pendiente', used: 'Usada', expired: 'Caducada' },
    usedAgo: 'Usada {{when}}',
    expiresIn: 'Caduca {{when}}',
    expiredAgo: 'Caducó {{when}}',
    revoke: 'Anular',
    revokeLabel: 'Anular la invitación creada {{when}}',
    revokeConfirm: '¿Anular esta invitación? El enlace deja de funcionar al momento. No se puede deshacer.',
    revokeYes: 'Anularla',
    keep: 'Conservarla',
    revoked: 'La invitación está anulada.',
  },
  recover: {
    forgotTitle: '¿Olvidaste tu contraseña?',
    forgotIntro:
      'Escribe el correo con el que te registraste. Te enviaremos un enlace para elegir una contraseña nueva.',
    send: 'Envíame un enlace',
    sent: 'Si ese correo tiene una cuenta aquí, el enlace ya va de camino. Funciona durante una hora. Si no lo ves, mira en la carpeta de spam.',
    askAdmin:
      'Este servidor no puede enviar correos. Pide un enlace para restablecer la contraseña a la persona que lo administra: le lleva un minuto.',
    askAdminHow: 'Puede crearlo en el servidor con:',
    yourEmail: 'tu@correo',
    backToSignIn: 'Volver a iniciar sesión',
    resetTitle: 'Elige una contraseña nueva',
    resetIntro: 'Después se cerrará tu sesión en todas partes y volverás a entrar con la contraseña nueva.',
    newPassword: 'Contraseña nueva',
    save: 'Guardar contraseña nueva',
    invalid:
      'Este enlace para restablecer la contraseña ya se usó o ha caducado. Los enlaces funcionan una sola vez, durante una hora.',
    askAgain: 'Pedir un enlace nuevo',
  },
};

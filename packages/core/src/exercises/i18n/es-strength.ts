import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** The strength exercises (`catalogue-strength.ts`) in Spanish. */
export const esStrength: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'glute-bridge': {
    name: 'Puente de glúteos',
    purpose: 'Fortalece los glúteos, que sostienen la zona lumbar y la pelvis.',
    steps: [
      'Acuéstate boca arriba con las rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los brazos a los lados.',
      'Aprieta suavemente el abdomen y empuja con los talones.',
      'Aprieta los glúteos y sube la cadera hasta que tu cuerpo forme una línea recta de los hombros a las rodillas.',
      'Haz una pausa de una respiración y luego baja la cadera despacio hasta el suelo.',
    ],
    cues: ['Empuja con los talones', 'Aprieta arriba', 'Baja despacio'],
    mistakes: [
      'Arquear la zona lumbar para subir más.',
      'Dejar que las rodillas se abran o se cierren.',
      'Empujar con el cuello y los hombros.',
    ],
    cautions: ['Sube solo hasta donde la espalda siga cómoda y la cadera se mantenga nivelada.'],
    alt: 'Una persona boca arriba con las rodillas dobladas y la cadera elevada, recta de hombros a rodillas; una flecha y líneas discontinuas muestran cómo sube la cadera.',
  },
  'sit-to-stand': {
    name: 'Levantarse de la silla',
    purpose: 'Fortalece las piernas y los glúteos con un gesto de todos los días: levantarte de una silla.',
    steps: [
      'Siéntate en la parte delantera de una silla firme, con los pies apoyados, separados al ancho de las caderas y un poco por detrás de las rodillas.',
      'Inclínate hacia delante desde la cadera con la espalda larga, llevando la nariz por encima de los dedos de los pies.',
      'Empuja con los pies y ponte de pie del todo, apretando los glúteos arriba.',
      'Lleva la cadera hacia atrás y baja despacio hasta sentarte en la silla.',
    ],
    cues: ['Nariz sobre los dedos', 'Empuja el suelo', 'Siéntate despacio'],
    mistakes: [
      'Dejarte caer en la silla.',
      'Redondear la espalda para levantarte.',
      'Dejar que las rodillas se vayan hacia dentro.',
    ],
    cautions: [
      'Usa una silla que no se deslice; si hace falta, apóyala contra una pared.',
      'Al principio, empuja con las manos sobre los muslos si necesitas ayuda.',
    ],
    alt: 'Una persona levantándose delante de una silla; una silueta discontinua la muestra sentada e inclinada hacia delante antes de levantarse.',
  },
  'calf-raise': {
    name: 'Elevación de talones',
    purpose:
      'Fortalece las pantorrillas y los tobillos para caminar, subir escaleras y mantener el equilibrio.',
    steps: [
      'Ponte de pie, con la espalda recta, detrás de una silla o junto a una pared, con las yemas de los dedos apoyadas para mantener el equilibrio.',
      'Separa los pies al ancho de las caderas, con el peso repartido por igual.',
      'Ponte de puntillas despacio.',
      'Haz una pausa arriba y luego baja los talones despacio hasta el suelo.',
    ],
    cues: ['Arriba, bien alto', 'Despacio al bajar', 'Peso sobre el dedo gordo'],
    mistakes: ['Apoyarte en el borde externo de los pies.', 'Hacer rebotes.', 'Apoyarte mucho en la silla.'],
    cautions: ['Deja una mano en el apoyo si no te sientes estable.'],
    alt: 'Una persona de puntillas con una mano en el respaldo de una silla; una flecha muestra los talones subiendo.',
  },
  'single-leg-bridge': {
    name: 'Puente a una pierna',
    purpose: 'Un puente más difícil que trabaja cada glúteo por separado y pone a prueba tu equilibrio.',
    steps: [
      'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados.',
      'Estira una pierna en línea con el otro muslo.',
      'Empuja con el talón del pie apoyado y sube la cadera, manteniéndola nivelada.',
      'Baja despacio; haz todas las repeticiones de un lado y después cambia.',
    ],
    cues: ['Cadera nivelada', 'Empuja con el talón', 'Baja despacio'],
    mistakes: ['Dejar caer un lado de la cadera.', 'Arquear la zona lumbar.'],
    cautions: ['Vuelve al puente con las dos piernas si la cadera se inclina o te duele la espalda.'],
    alt: 'Una persona haciendo el puente sobre un pie, con la cadera elevada y la otra pierna estirada en línea con el cuerpo.',
  },
  clamshell: {
    name: 'Almeja',
    purpose: 'Fortalece los músculos del lateral de la cadera, que estabilizan la pelvis al caminar.',
    steps: [
      'Acuéstate de lado con las caderas y las rodillas dobladas y la cabeza apoyada en el brazo.',
      'Coloca una cadera justo encima de la otra y mantén los pies juntos.',
      'Levanta la rodilla de arriba como una almeja que se abre, sin dejar que la cadera ruede hacia atrás.',
      'Baja despacio; haz todas las repeticiones de un lado y después cambia.',
    ],
    cues: ['Pies juntos', 'Una cadera sobre la otra', 'Abre despacio, cierra despacio'],
    mistakes: ['Dejar que la cadera de arriba ruede hacia atrás.', 'Levantar la rodilla demasiado rápido.'],
    cautions: ['Pon un cojín entre las rodillas o bajo la cabeza si te resulta incómodo estar de lado.'],
    alt: 'Una persona acostada de lado con las rodillas dobladas y la rodilla de arriba separada de la de abajo.',
  },
  'clamshell-band': {
    name: 'Almeja con banda',
    purpose: 'Una almeja contra una banda elástica en bucle, para fortalecer más los músculos de la cadera.',
    steps: [
      'Coloca una banda elástica ligera en bucle alrededor de los muslos, justo por encima de las rodillas.',
      'Acuéstate de lado con las caderas y las rodillas dobladas y los pies juntos.',
      'Levanta la rodilla de arriba contra la banda, manteniendo una cadera sobre la otra.',
      'Baja despacio y con control, y luego cambia de lado.',
    ],
    cues: ['Pies juntos', 'Una cadera sobre la otra', 'Controla la banda al volver'],
    mistakes: ['Rodar hacia atrás para abrir más.', 'Dejar que la banda cierre la rodilla de golpe.'],
    cautions: [
      'Empieza con la banda más suave; una más fuerte no sirve de nada si la cadera rueda hacia atrás.',
    ],
    alt: 'Una persona acostada de lado con una banda alrededor de los muslos y la rodilla de arriba levantada contra ella.',
  },
  'wall-sit': {
    name: 'Sentadilla en la pared',
    purpose: 'Gana fuerza en muslos y glúteos aguantando una posición, con la espalda apoyada en la pared.',
    steps: [
      'Ponte de espaldas contra una pared, con los pies unos 30 cm por delante de ti.',
      'Deslízate hacia abajo por la pared hasta doblar las rodillas todo lo que te resulte cómodo, sin bajar de la altura de las caderas.',
      'Mantén las rodillas encima de los tobillos y la espalda contra la pared.',
      'Aguanta respirando y luego vuelve a deslizarte hacia arriba.',
    ],
    cues: ['Espalda en la pared', 'Rodillas sobre los tobillos', 'Sigue respirando'],
    mistakes: [
      'Bajar tanto que te duelan las rodillas.',
      'Dejar que las rodillas se vayan hacia dentro.',
      'Contener la respiración.',
    ],
    cautions: ['Quédate más arriba en la pared si las rodillas se quejan.'],
    alt: 'Una persona con la espalda contra una pared y las rodillas dobladas, como si estuviera sentada en una silla invisible.',
  },
  'band-row': {
    name: 'Remo con banda',
    purpose: 'Fortalece la parte alta de la espalda y los omóplatos para mejorar la postura.',
    steps: [
      'Fija el centro de una banda a la altura del pecho, por ejemplo en una puerta cerrada, y sujeta un extremo con cada mano.',
      'Da unos pasos hacia atrás hasta que la banda quede un poco tensa, y ponte de pie con la espalda recta y las rodillas relajadas.',
      'Lleva los codos hacia atrás, pegados a las costillas, juntando los omóplatos.',
      'Deja que los brazos vuelvan despacio hacia delante.',
    ],
    cues: ['Codos atrás', 'Junta los omóplatos', 'Postura erguida y estable'],
    mistakes: [
      'Subir los hombros.',
      'Echarte hacia atrás para tirar.',
      'Dejar que la banda vuelva de golpe.',
    ],
    cautions: ['Antes de empezar, revisa que la banda y su anclaje no estén desgastados.'],
    alt: 'Una persona de pie, erguida, tirando de una banda fijada a una pared, con los codos hacia atrás; unos brazos en línea discontinua la muestran con los brazos hacia delante.',
  },
  'band-pull-apart': {
    name: 'Apertura con banda',
    purpose: 'Fortalece los músculos entre los omóplatos y abre el pecho.',
    steps: [
      'Ponte de pie con la espalda recta y sujeta una banda ligera con las dos manos delante del pecho, con los brazos largos.',
      'Mantén los hombros bajos, lejos de las orejas.',
      'Separa la banda llevando las manos hacia los lados y juntando los omóplatos.',
      'Vuelve despacio y con control.',
    ],
    cues: ['Hombros abajo', 'Abre bien', 'Vuelve despacio'],
    mistakes: ['Arquear la zona lumbar.', 'Doblar mucho los codos.', 'Subir los hombros.'],
    cautions: ['Usa una banda más suave o agárrala más abierta si te duele un hombro.'],
    alt: 'Una persona vista de frente con los brazos abiertos hacia los lados, estirando una banda por delante del pecho.',
  },
  'wall-push-up': {
    name: 'Flexiones en la pared',
    purpose: 'Fortalece el pecho, los brazos y los músculos que mantienen el tronco recto, de pie.',
    steps: [
      'Ponte a un brazo de distancia de una pared y apoya las manos en ella a la altura de los hombros.',
      'Lleva los pies un poco hacia atrás para que tu cuerpo se incline en línea recta.',
      'Dobla los codos para acercar el pecho a la pared.',
      'Empuja hasta volver a estirar los brazos, manteniendo el cuerpo en una sola línea.',
    ],
    cues: ['Cuerpo en una línea', 'Codos en ligero ángulo', 'Empuja la pared'],
    mistakes: ['Dejar que la cadera se hunda o sobresalga.', 'Adelantar la cabeza hacia la pared.'],
    cautions: ['Ponte más cerca de la pared para que sea más fácil.'],
    alt: 'Una persona apoyada en una pared con los brazos estirados; unas líneas discontinuas muestran el pecho cerca de la pared.',
  },
  'standing-hip-hinge': {
    name: 'Bisagra de cadera de pie',
    purpose:
      'Practica doblarte desde la cadera con la espalda larga: la forma segura de alcanzar algo abajo y de levantar peso.',
    steps: [
      'Ponte de pie con los pies separados al ancho de las caderas y las manos sobre la parte delantera de los muslos.',
      'Relaja las rodillas.',
      'Lleva la cadera hacia atrás y deja que el cuerpo se incline hacia delante en una sola línea recta, con las manos deslizándose hacia las rodillas.',
      'Aprieta los glúteos para volver a ponerte de pie del todo.',
    ],
    cues: ['Cadera atrás', 'Espalda larga', 'Sube con los glúteos'],
    mistakes: [
      'Redondear la espalda para bajar más.',
      'Doblar las rodillas como en una sentadilla.',
      'Mirar hacia arriba.',
    ],
    cautions: ['Baja solo hasta donde tu espalda siga larga; al principio puede que sea muy poco.'],
    alt: 'Una persona inclinada hacia delante desde la cadera, con la espalda recta, las rodillas relajadas y las manos sobre los muslos.',
  },
};

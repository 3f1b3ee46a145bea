import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/*
 * The guided relaxation (`catalogue-relax.ts`) in Spanish. The player reads the cues and rhythm lines
 * aloud, so they are short, calm and written to be spoken slowly. The lines every tense-and-release
 * group shares are written once, as in English.
 */

const purpose =
  'Tensar suavemente un grupo de músculos y luego soltarlo te ayuda a notar la tensión y a sentir cómo se va.';
const notice = 'Nota la diferencia';
const gently =
  'Tensa con suavidad, más o menos a la mitad de tu fuerza, nunca hasta sentir dolor o un calambre.';
const leaveOut = 'Deja fuera cualquier parte lesionada o que te duela: solo déjala descansar y respira.';

/** The Spanish of a tense-and-release group: the spoken cues and rhythm are the same two lines. */
function muscleGroup(entry: {
  name: string;
  tense: string;
  release: string;
  steps: string[];
  mistakes: string[];
  cautions: string[];
  alt: string;
}): Catalogue<ExerciseTexts> {
  const { tense, release, ...rest } = entry;
  return {
    ...rest,
    purpose,
    cues: [tense, release, notice],
    rhythm: [{ say: tense }, { say: release }],
  };
}

/** The relaxation exercises in Spanish. */
export const esRelax: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'paced-breathing': {
    name: 'Respiración lenta y pausada',
    purpose:
      'Ralentiza tu respiración a unas seis respiraciones por minuto, lo que puede ayudarte a sentir más calma y a que los músculos tensos se suelten.',
    steps: [
      'Siéntate o acuéstate cómodamente, con la espalda apoyada y una mano sobre el vientre.',
      'Toma aire suavemente por la nariz mientras la voz dice «Toma aire», durante unos cinco segundos.',
      'Suelta el aire despacio por la nariz o con los labios entreabiertos, durante unos cinco segundos.',
      'Que cada respiración sea suave y silenciosa: nunca debería costarte esfuerzo.',
      'Si el ritmo te resulta demasiado lento, respira un poco más rápido; estar a gusto importa más que la cuenta.',
    ],
    cues: ['Toma aire', 'Y suéltalo, despacio', 'Suave y tranquilo'],
    mistakes: [
      'Tomar bocanadas de aire enormes que te mareen.',
      'Subir los hombros al tomar aire.',
      'Forzarte a mantener el ritmo cuando te resulta incómodo.',
    ],
    cautions: [
      'Para y respira con normalidad si notas mareo u hormigueo.',
      'Si respirar despacio te produce ansiedad, abre los ojos y respira a tu propio ritmo.',
    ],
    alt: 'Una persona sentada con la espalda recta en una silla, con las dos manos sobre el vientre.',
    rhythm: [{ say: 'Toma aire' }, { say: 'Y suéltalo, despacio' }],
  },
  'pmr-arm': muscleGroup({
    name: 'Tensar y soltar: mano y brazo',
    tense: 'Cierra el puño y tensa el brazo',
    release: 'Y suelta. Deja que el brazo descanse, pesado',
    steps: [
      'Siéntate o acuéstate cómodamente, con los brazos en reposo.',
      'Cierra el puño y dobla un poco el codo para tensar la mano, el antebrazo y el brazo.',
      'Mantén la tensión unos cinco segundos y sigue respirando.',
      'Suelta de golpe y deja que el brazo descanse, pesado, durante unos quince segundos.',
      'Nota cómo sientes ahora el brazo, comparado con cuando estaba tenso.',
    ],
    mistakes: ['Apretar con todas tus fuerzas.', 'Contener la respiración mientras tensas.'],
    cautions: [gently, leaveOut],
    alt: 'Una persona sentada en una silla con un brazo doblado y la mano cerrada en un puño.',
  }),
  'pmr-neck-shoulders': muscleGroup({
    name: 'Tensar y soltar: cuello y hombros',
    tense: 'Sube los hombros hacia las orejas',
    release: 'Y déjalos caer. Que cuelguen sueltos',
    steps: [
      'Siéntate con la espalda recta, los brazos en reposo y la cabeza derecha.',
      'Sube los dos hombros hacia las orejas y mantenlos así unos cinco segundos.',
      'Déjalos caer de golpe y que cuelguen, pesados, durante unos quince segundos.',
      'Nota el espacio entre las orejas y los hombros mientras el cuello se alarga.',
    ],
    mistakes: ['Echar la cabeza hacia atrás o inclinarla mucho hacia delante.', 'Contener la respiración.'],
    cautions: [gently, 'Para si te provoca dolor, hormigueo o entumecimiento que baja por un brazo.'],
    alt: 'Una persona sentada en una silla con los hombros subidos hacia las orejas; los hombros bajados aparecen en línea discontinua.',
  }),
  'pmr-face': muscleGroup({
    name: 'Tensar y soltar: cara y mandíbula',
    tense: 'Arruga toda la cara',
    release: 'Y suelta. Mandíbula floja, dientes separados',
    steps: [
      'Siéntate o acuéstate cómodamente.',
      'Cierra los ojos con fuerza, arruga la nariz y junta los labios con suavidad.',
      'Mantén así unos cinco segundos.',
      'Suelta: deja que la frente se alise, que la mandíbula cuelgue floja y que los dientes se separen.',
    ],
    mistakes: ['Apretar mucho los dientes.', 'Soltar con prisa.'],
    cautions: [
      gently,
      'Si la mandíbula te cruje o te duele, déjala fuera y arruga solo los ojos y la nariz.',
    ],
    alt: 'Una persona sentada con la espalda recta en una silla, la cabeza derecha y la cara relajada.',
  }),
  'pmr-tummy': muscleGroup({
    name: 'Tensar y soltar: abdomen',
    tense: 'Tensa suavemente el abdomen',
    release: 'Y deja que se ablande',
    steps: [
      'Siéntate o acuéstate con una mano sobre el vientre.',
      'Tensa suavemente los músculos del abdomen, como si te prepararas para un toquecito.',
      'Mantén unos cinco segundos y sigue respirando.',
      'Deja que el abdomen se ablande del todo y que tu respiración fluya.',
    ],
    mistakes: [
      'Contener la respiración mientras tensas.',
      'Meter el abdomen con tanta fuerza que la espalda se arquee o se redondee.',
    ],
    cautions: [gently, 'Si la espalda se queja, tensa menos o deja fuera este grupo.'],
    alt: 'Una persona sentada en una silla con una mano sobre el vientre.',
  }),
  'pmr-buttocks': muscleGroup({
    name: 'Tensar y soltar: glúteos',
    tense: 'Aprieta los glúteos',
    release: 'Y suelta. Deja que las caderas se hundan',
    steps: [
      'Siéntate o acuéstate cómodamente, con las piernas en reposo.',
      'Aprieta los glúteos y mantén unos cinco segundos.',
      'Suelta y deja que las caderas se hundan en la silla o en el suelo.',
      'Nota cómo se ablandan los músculos.',
    ],
    mistakes: ['Despegarte del asiento.', 'Tensar la espalda a la vez.'],
    cautions: [gently, leaveOut],
    alt: 'Una persona sentada con la espalda recta en una silla, con las manos sobre las rodillas.',
  }),
  'pmr-leg': muscleGroup({
    name: 'Tensar y soltar: pierna y pie',
    tense: 'Lleva los dedos del pie hacia ti y tensa la pierna',
    release: 'Y suelta. Deja que la pierna descanse, pesada',
    steps: [
      'Siéntate o acuéstate con las piernas en reposo.',
      'Estira un poco una rodilla y lleva los dedos del pie hacia ti para tensar el muslo y la pantorrilla.',
      'Mantén unos cinco segundos y sigue respirando.',
      'Suelta y deja que la pierna descanse, pesada, durante unos quince segundos.',
    ],
    mistakes: [
      'Estirar la punta del pie, porque puede provocar un calambre.',
      'Bloquear la rodilla con fuerza.',
    ],
    cautions: [
      gently,
      'Si empieza a darte un calambre en la pantorrilla, suelta enseguida y mueve el pie con suavidad.',
    ],
    alt: 'Una persona sentada en una silla con una pierna estirada hacia delante y los dedos del pie hacia arriba.',
  }),
  'quiet-rest': {
    name: 'Descanso en calma',
    purpose:
      'Unos minutos de quietud para notar cómo se siente tu cuerpo después de relajarte, antes de levantarte.',
    steps: [
      'Recuéstate en la silla o acuéstate cómodamente, con los ojos cerrados o la mirada descansando en un punto.',
      'Deja que tu respiración encuentre su propio ritmo.',
      'Cuando los pensamientos te lleven a otra parte, date cuenta y vuelve a tu respiración.',
      'Antes de levantarte, mueve los dedos de las manos y de los pies y estírate con suavidad.',
    ],
    cues: [
      'Deja que todo tu cuerpo descanse',
      'Respira a tu propio ritmo',
      'Tómate tu tiempo para levantarte',
    ],
    mistakes: ['Levantarte de golpe al terminar.'],
    cautions: ['Si te has acostado, gírate primero de lado y empuja con los brazos para incorporarte.'],
    alt: 'Una persona acostada boca arriba sobre una esterilla, con las piernas estiradas y los brazos a los lados.',
    rhythm: [
      { say: 'Deja que todo tu cuerpo descanse' },
      { say: 'Respira a tu propio ritmo. Deja que los pensamientos vengan y se vayan' },
    ],
  },
  'body-scan': {
    name: 'Escaneo corporal',
    purpose:
      'Lleva tu atención despacio por todo el cuerpo, notando cada parte sin intentar cambiarla. Puede ayudarte a sentir más calma y a llevar mejor la tensión.',
    steps: [
      'Acuéstate boca arriba con una almohada bajo las rodillas, o siéntate en una silla que te sujete bien la espalda.',
      'Cierra los ojos o deja que la mirada descanse suavemente en un punto, y observa tu respiración un momento.',
      'Sigue la voz desde los pies hasta la cabeza, dejando que tu atención descanse en cada parte.',
      'Nota lo que haya: calor, presión, hormigueo, tirantez, dolor o nada en absoluto.',
      'Cuando tu mente se distraiga, que lo hará, tráela de vuelta con suavidad adonde estabas.',
    ],
    cues: [
      'Observa sin cambiar nada',
      'Deja que cada parte se suelte',
      'Vuelve con suavidad cuando tu mente se distraiga',
    ],
    mistakes: ['Intentar obligar a una parte a relajarse.', 'Juzgarte cuando tu mente se distrae.'],
    cautions: [
      'Si centrar la atención en una zona dolorida hace que la sientas peor, llévala a una parte que notes neutra, o a tu respiración.',
      'Si mirar hacia dentro te provoca un malestar intenso, abre los ojos y para; habla con tu médico o médica de cabecera si te sigue pasando.',
    ],
    alt: 'Una persona acostada boca arriba sobre una esterilla, con las piernas estiradas y los brazos a los lados.',
    rhythm: [
      { say: 'Observa tu respiración, y dónde se apoya tu cuerpo' },
      { say: 'Lleva tu atención a los pies y a los dedos de los pies' },
      { say: 'Ahora, los tobillos, las pantorrillas y las rodillas' },
      { say: 'Ahora, los muslos y las caderas' },
      { say: 'Ahora, la zona lumbar. Obsérvala, sin intentar cambiarla' },
      { say: 'Ahora, el vientre y el pecho, que suben y bajan' },
      { say: 'Ahora, la parte alta de la espalda y los hombros' },
      { say: 'Ahora, los brazos y las manos' },
      { say: 'Ahora, el cuello, la mandíbula y la cara' },
      { say: 'Ahora, todo tu cuerpo, descansando y respirando' },
    ],
  },
};

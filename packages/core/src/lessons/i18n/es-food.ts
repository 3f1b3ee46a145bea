import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-food.ts`, by lesson id. */
export const esFood: LessonCatalogue = {
  'food-patterns': {
    title: 'Patrones de alimentación y la dieta «antiinflamatoria»',
    summary:
      'Una forma de comer variada y basada sobre todo en vegetales es saludable en general, pero las pruebas directas de que alivie el dolor de espalda son débiles.',
    gradeReason:
      'Comer de forma saludable está bien respaldado para la salud general; los ensayos de dieta para el dolor de espalda son pocos y pequeños.',
    body: [
      {
        text: 'Quizá hayas leído que una «dieta antiinflamatoria» puede aliviar el dolor de espalda. Estas dietas suelen incluir muchas verduras, fruta, legumbres, cereales integrales, frutos secos y pescado azul, y menos alimentos ultraprocesados y bebidas azucaradas. Es algo muy parecido a lo que ya recomiendan las guías nacionales de alimentación saludable.',
      },
      {
        text: 'La idea es plausible, porque algunos alimentos se asocian con marcadores de inflamación más bajos en la sangre. Pero muy pocos ensayos han comprobado si cambiar lo que comes reduce el dolor de espalda, y los que hay son pequeños. Por eso damos a la afirmación de que la dieta alivia el dolor de espalda un grado D: posible, no demostrado.',
      },
      {
        text: 'Eso no quiere decir que la comida no importe. Un patrón de alimentación saludable favorece la energía, el sueño, el ánimo y la salud de los huesos y del corazón, que importan mucho en la mediana edad y pueden influir en cómo llevas el dolor. El calcio y las proteínas ayudan a los huesos y los músculos, y la guía del Reino Unido sugiere pescado dos veces por semana, una de ellas azul.',
      },
      {
        items: [
          'Haz que las verduras y la fruta sean una parte grande de cada comida.',
          'Incluye legumbres, frutos secos, huevos, pescado u otra proteína en cada comida.',
          'Elige cereales integrales más a menudo que refinados.',
          'Los lácteos o las alternativas enriquecidas con calcio ayudan a los huesos.',
          'Ningún alimento por sí solo es una cura; lo que cuenta es el conjunto.',
        ],
      },
      {
        text: 'Desconfía de los planes o productos caros que prometen curar el dolor. Si quieres ayuda con tu alimentación, un o una dietista-nutricionista titulada puede darte consejos adaptados a tu salud y a tus gustos.',
      },
      { text: 'Lee sobre el omega-3, la cúrcuma y el jengibre.' },
    ],
  },
  'supplements-omega3-turmeric-ginger': {
    title: 'Omega-3, cúrcuma y jengibre',
    summary:
      'El omega-3, la cúrcuma y el jengibre se han probado en ensayos pequeños, sobre todo en artritis, hay pocas pruebas para el dolor de espalda y los suplementos pueden interaccionar con medicamentos.',
    gradeReason:
      'Ensayos pequeños, sobre todo en artrosis y artritis; pocas pruebas para el dolor de espalda, y la calidad de los productos varía.',
    body: [
      {
        text: 'Las grasas omega-3 (presentes en el pescado azul), la cúrcuma y el jengibre se recomiendan a menudo para dolores y molestias porque podrían influir en la inflamación. En el laboratorio, sustancias de los tres actúan sobre vías de la inflamación. En las personas, el panorama está menos claro.',
      },
      {
        text: 'La mayoría de los ensayos en personas con estos suplementos son pequeños y se hicieron en personas con artrosis o artritis, no con dolor de espalda. Algunos encontraron efectos modestos sobre el dolor articular; otros, ninguno. Para el dolor de espalda en concreto hay muy pocas pruebas buenas. El National Center for Complementary and Integrative Health de Estados Unidos dice que no hay pruebas suficientes para concluir que la cúrcuma ayude en ninguna enfermedad, en parte porque la curcumina, su principal sustancia activa, se absorbe mal y los productos varían mucho.',
      },
      {
        text: 'Los suplementos no siempre son inofensivos. Algunos pueden interaccionar con medicamentos, entre ellos los anticoagulantes, y algunos productos concentrados se han relacionado con problemas de hígado. Las cantidades de los productos varían mucho y no se controlan como las de los medicamentos.',
      },
      {
        items: [
          'Como alimentos, están bien: pescado azul, jengibre al cocinar y cúrcuma en el curry.',
          'Antes de tomar un suplemento, pregunta en la farmacia o a tu médico o médica de cabecera si es seguro con tus medicamentos.',
          'Cuéntale a tu médico o médica cualquier suplemento que tomes.',
          'Si pruebas uno, regístralo como tratamiento para ver si algo cambia.',
        ],
      },
      {
        text: 'No sugerimos ningún suplemento ni ninguna cantidad. Si quieres probar uno, en la farmacia o tu médico o médica de cabecera pueden ayudarte a decidir con seguridad.',
      },
      { text: 'Lee sobre los patrones de alimentación.' },
    ],
  },
  'hydration-and-discs': {
    title: 'Beber agua y el mito de los discos',
    summary:
      'Beber lo suficiente es bueno para la salud general, pero la idea de que beber más agua rehidrata los discos de tu columna no está respaldada.',
    gradeReason:
      'Ningún ensayo muestra que beber más agua cambie los discos ni el dolor de espalda; el mito se basa en un malentendido.',
    body: [
      {
        text: 'Una afirmación muy extendida dice que los discos de la columna son casi todo agua, así que beber más agua los rellenará y aliviará el dolor de espalda. Suena lógico, pero los discos no funcionan así.',
      },
      {
        text: 'Los discos sí contienen mucha agua. La absorben y la pierden sobre todo por la presión y el movimiento: durante el día, estar sentada y de pie exprime algo de líquido, y al tumbarte por la noche vuelve a entrar. Por eso las personas son un poco más altas por la mañana. La cantidad de agua de un disco depende de las sustancias de su interior que retienen agua, que cambian con la edad, no de cuánto bebes.',
      },
      {
        text: 'Ningún ensayo muestra que beber agua de más cambie la salud de los discos ni el dolor de espalda. Salvo que estés de verdad deshidratada, beber más de lo que necesitas solo significa ir más veces al baño.',
      },
      {
        text: 'Los sudores nocturnos pueden darte sed por la noche o al despertar. Tener un vaso de agua junto a la cama es una comodidad sencilla, y lo que se beneficia es tu salud general, no tus discos.',
      },
      {
        text: 'Beber lo suficiente sigue siendo importante para la salud general, la energía y la concentración. La guía del Reino Unido sugiere unas seis a ocho tazas o vasos de líquido al día, más con calor o cuando estás activa. El agua, la leche, el té y el café cuentan.',
      },
      {
        items: [
          'Bebe lo suficiente para tener sed pocas veces y que tu orina sea clara.',
          'Un vaso de agua es una buena excusa para levantarte en una pausa activa.',
          'Lo que ayuda a los discos a intercambiar líquido es el movimiento, no el agua de más.',
        ],
      },
      { text: 'Configura pausas activas.' },
    ],
  },
  'vitamin-d': {
    title: 'La vitamina D y el dolor de espalda',
    summary:
      'Tener la vitamina D baja es frecuente en la mediana edad, pero los suplementos no han reducido el dolor de espalda en los ensayos, y el análisis y la dosis son cosa de un profesional sanitario.',
    gradeReason:
      'Una revisión Cochrane no encontró un beneficio constante sobre el dolor; hay pocos estudios en personas con niveles bajos.',
    body: [
      {
        text: 'La vitamina D ayuda al cuerpo a absorber el calcio y a mantener sanos los huesos y los músculos. La mayor parte se produce en la piel con la luz del sol; un poco procede de alimentos como el pescado azul y los huevos. En países con inviernos oscuros, muchas personas tienen niveles bajos parte del año, y es frecuente en la mediana edad.',
      },
      {
        text: 'Como una vitamina D muy baja puede causar dolor en huesos y músculos, se ha planteado si los suplementos podrían ayudar con el dolor de espalda. Una revisión Cochrane de ensayos de vitamina D para el dolor de larga duración no encontró un beneficio constante frente al placebo en los tipos de dolor estudiados. Es posible que las personas con un déficit real se beneficien más, pero hay pocos estudios buenos en este grupo.',
      },
      {
        text: 'Así que la vitamina D no es un tratamiento para el dolor de espalda. Sigue siendo importante para la salud de los huesos, que importa mucho después de la menopausia.',
      },
      {
        text: 'Si necesitas un análisis de sangre, y si debes tomarla y cuánta, son preguntas para un profesional sanitario. Demasiada vitamina D puede ser perjudicial, y la cantidad adecuada depende de tus niveles, tu salud y los medicamentos que tomes. Spinekind nunca sugiere una cantidad.',
      },
      {
        items: [
          'Pasar tiempo al aire libre con luz de día en los meses más cálidos ayuda a tu cuerpo a producir vitamina D.',
          'El pescado azul, los huevos y los alimentos enriquecidos aportan un poco.',
          'Si tienes dudas, pregunta a tu médico o médica de cabecera o en la farmacia por el análisis y los suplementos.',
          'Menciona en tus citas cualquier suplemento que tomes.',
        ],
      },
      { text: 'Lee sobre la salud ósea.' },
    ],
  },
};

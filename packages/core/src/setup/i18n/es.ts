import type { ChecklistTexts } from './index.js';

/** The sleep and travel checklists in Spanish (neutral, "tú"). */
export const es: Readonly<Record<string, ChecklistTexts>> = {
  'sleep-side-knee-pillow': {
    text: '¿Duermes de lado? Pon una almohada entre las rodillas.',
    why: 'Evita que la pierna de arriba caiga hacia delante, lo que gira la pelvis y la parte baja de la espalda durante toda la noche.',
  },
  'sleep-back-knee-pillow': {
    text: '¿Duermes boca arriba? Prueba con una almohada bajo las rodillas.',
    why: 'Con las rodillas un poco dobladas, la parte baja de la espalda puede descansar con menos arco y menos tensión.',
  },
  'sleep-position': {
    text: 'Elige la postura que te resulte más cómoda, de lado o boca arriba, y cámbiala si te despiertas rígida.',
    why: 'Ninguna postura para dormir le va bien a todo el mundo; la comodidad es la mejor guía.',
  },
  'sleep-mattress-medium-firm': {
    text: 'Si vas a elegir colchón, prueba uno de firmeza media en lugar de uno muy duro.',
    why: 'En un ensayo con personas con dolor lumbar de larga duración, la firmeza media dio mejores resultados que la firme. Un colchón que se hunde en el centro también carga la espalda.',
  },
  'sleep-pillow-height': {
    text: 'Usa una almohada que mantenga la cabeza alineada con la columna.',
    why: 'Una almohada demasiado alta o demasiado plana dobla el cuello durante horas.',
  },
  'sleep-get-up-on-side': {
    text: 'Para levantarte de la cama, gírate de lado, deja caer las piernas por el borde y empújate con los brazos.',
    why: 'Así evitas girar el tronco y sentarte de golpe, algo que puede doler cuando la espalda está rígida por la mañana.',
  },
  'sleep-wind-down': {
    text: 'Haz una rutina corta y suave por la noche.',
    why: 'El movimiento suave y la respiración lenta pueden soltar una espalda rígida y ayudarte a relajarte antes de dormir.',
  },
  'sleep-regular-times': {
    text: 'Mantén horarios regulares para acostarte y levantarte.',
    why: 'El mal sueño y el dolor al día siguiente están relacionados; un ritmo estable es una de las formas más sencillas de proteger el sueño.',
  },
  'travel-car-lumbar-support': {
    text: 'En el coche, pon un cojín pequeño o una toalla enrollada en la zona lumbar.',
    why: 'Mantiene la curva natural de la parte baja de la espalda en los trayectos largos. Una medida de comodidad que vale la pena probar.',
  },
  'travel-car-seat-setup': {
    text: 'Ajusta el asiento del coche: siéntate bien atrás, con las rodillas más o menos a la altura de las caderas, el respaldo algo reclinado y los pedales al alcance sin estirarte.',
    why: 'Un asiento demasiado atrás o demasiado recto hace que te hundas o te estires, y eso carga la espalda todo el viaje.',
  },
  'travel-car-mirrors-last': {
    text: 'Ajusta los espejos después del asiento, sentada bien.',
    why: 'Así los espejos te recuerdan volver a erguirte cuando empiezas a hundirte.',
  },
  'travel-drive-hourly-stops': {
    text: 'En los trayectos largos, para más o menos cada hora para caminar y estirarte unos minutos.',
    why: 'Estar sentada mucho rato sin parar es un desencadenante frecuente de rigidez y dolor; un paseo corto lo reinicia.',
  },
  'travel-flight-aisle-seat': {
    text: 'Elige asiento de pasillo cuando vueles.',
    why: 'Puedes levantarte y caminar cuando lo necesites sin pedir a nadie que se mueva.',
  },
  'travel-flight-move-hourly': {
    text: 'En los vuelos, levántate, camina por el pasillo o haz estiramientos sentada más o menos cada hora.',
    why: 'Moverte con regularidad alivia la rigidez y es bueno para la circulación de las piernas.',
  },
  'travel-luggage-wheels': {
    text: 'Lleva equipaje con ruedas, y mejor dos bolsas ligeras que una pesada.',
    why: 'Hacer rodar la carga y repartirla evita a la espalda cargar peso de un solo lado.',
  },
  'travel-luggage-lifting': {
    text: 'Levanta las bolsas cerca del cuerpo, doblando caderas y rodillas, y gira con los pies en lugar de torcer el tronco. Pide ayuda con los compartimentos superiores.',
    why: 'Una carga lejos del cuerpo o levantada mientras giras el tronco es lo que más carga la espalda.',
  },
  'travel-backpack-both-straps': {
    text: 'Lleva la mochila con las dos asas.',
    why: 'Una sola asa te tira hacia un lado todo el tiempo que la llevas.',
  },
};

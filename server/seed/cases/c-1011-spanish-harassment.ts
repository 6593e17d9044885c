import { speaker, system, thread, type SeedCaseFactory } from '../build';

/** Non-English case (Spanish): harassment with declared block evasion. */
const jefe = speaker('el_jefe_de_todo', 'reported');
const lucia = speaker('Lucía Fernández', 'reporter');
const agent = speaker('Marta (Nivel 2)', 'agent');

export const spanishHarassment: SeedCaseFactory = (t) => ({
  id: 'C-1011',
  subject: 'Acoso continuado y evasión de bloqueo',
  status: 'open',
  queue: 'Harassment',
  priority: 'high',
  language: 'es',
  createdAt: t.at(-240),
  slaDueAt: t.at(-10),
  reporter: { id: 'U-62210', name: 'Lucía Fernández', handle: '@luciafdz' },
  reported: { id: 'U-62877', name: 'El Jefe', handle: '@el_jefe_de_todo' },
  items: thread(t, [
    jefe(-1900, '¿Otra vez subiendo fotos, Lucía? Nadie quiere verte.'),
    jefe(-1890, 'Eres una inútil y todo el grupo se ríe de ti a tus espaldas.'),
    lucia(-1500, 'Déjame en paz. Ya te bloqueé en la otra cuenta.'),
    jefe(
      -1480,
      'Me da igual que me bloquees. Voy a crear otra cuenta y otra y otra. ' +
        'No te vas a librar de mí.',
    ),
    lucia(-241, 'Lleva semanas así. Por favor, hagan algo.'),
    system(-240, 'Denuncia recibida: acoso. Idioma detectado: español.'),
    agent(-200, 'Nota: el usuario declara que evadirá el bloqueo creando cuentas nuevas.'),
  ]),
});

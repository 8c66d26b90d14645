import type { Step } from '../course/overview.js';
import type { Translation } from '../locale.js';

/** Every sentence of the elements in Spanish: plain, neutral Spanish for Spain and Latin America, addressing the learner as "usted". */
export const translation: Translation = {
  common: {
    loading: 'Cargando…',
    previous: 'Anterior',
    next: 'Siguiente',
    finishLesson: 'Terminar la lección',
    lessonDone: 'Lección terminada. ¡Muy bien!',
    slideOf: (n: number, total: number) => `Diapositiva ${n} de ${total}`,
    slidesLabel: 'Diapositivas',
    sources: 'Fuentes',
    date: (day: number, month: number, year: number) =>
      `${day} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][month - 1]} de ${year}`,
    reviewed: (date: string, next: string) => `Última revisión: ${date} · próxima revisión: ${next}`,
    signedOff: (by: string, on: string) => `Revisado por ${by}${on ? ` el ${on}` : ''}.`,
    getHelp: 'Busque ayuda ahora',
    close: 'Cerrar',
    questionOf: (n: number, total: number) => `Pregunta ${n} de ${total}`,
    selectAll: 'Seleccione todas las que correspondan.',
    check: 'Comprobar',
    nextQuestion: 'Siguiente pregunta',
    seeScore: 'Ver su resultado',
    right: 'Correcto.',
    wrong: 'No del todo.',
    rightAnswer: 'Respuesta correcta',
    yourAnswer: 'Su respuesta',
    resultsHeading: 'Su resultado',
    goToSlide: (n: number) => `Ver la diapositiva ${n} de la lección`,
    reviewNote: (n: number, total: number) =>
      `Repaso de lo que falló: ${n} de ${total}. Estas respuestas no cambian su mejor resultado.`,
    reviewMissed: (count: number) => `Repasar lo que falló (${count})`,
    reviewScore: (correct: number, total: number) =>
      `Acertó ${correct} de las ${total} preguntas que antes había fallado.`,
    reviewLeavesBest: 'Las respuestas del repaso no cambian su mejor resultado.',
    yourAnswers: 'Sus respuestas',
    answeredRight: 'Acertada',
    answeredWrong: 'Fallada',
    nowYouKnow: (title: string) => `Ya conoce las ideas clave de “${title}”:`,
    score: (correct: number, total: number, percent: number) => `Acertó ${correct} de ${total} (${percent}%).`,
    passed: (mark: number) => `Ha aprobado: la nota mínima es ${mark}%.`,
    notPassed: (mark: number) => `La nota mínima para aprobar es ${mark}%. Vuelva a intentarlo cuando quiera.`,
    best: (percent: number) => `Su mejor resultado: ${percent}%.`,
    retry: 'Repetir todo el test',
    memoryOnly: 'Su progreso no se puede guardar en este dispositivo. Se perderá al cerrar esta página.',
    loadFailed: (reason: string) => `No se pudo mostrar este contenido. ${reason}`,
    checkConnection: 'Compruebe la conexión y vuelva a cargar la página.',
    noLesson: 'Indique en el atributo lesson el id de una lección, o en src un archivo de lección.',
    noQuiz: 'Indique en el atributo quiz el id de una lección.',
    trustedTypesRefused: 'La directiva trusted-types de la página debe permitir lit-html y twitch-course.',
  },
  course: {
    courseTitle: 'Fasciculaciones musculares después del ejercicio',
    whatYouLearn: 'Lo que aprenderá:',
    learn:
      'qué son las fasciculaciones (pequeños saltos del músculo), por qué aparecen después del ejercicio, cuándo son inofensivas y cuándo debe ir al médico.',
    courseLength: (lessons: number, minutes: number) =>
      `${lessons} lecciones, unos ${minutes} minutos en total, cada una con un test corto.`,
    lessonsHeading: 'Lecciones',
    lessonNumber: (n: number, total: number) => `Lección ${n} de ${total}`,
    minutes: (n: number) => `${n} min`,
    slidesSeen: (seen: number, total: number) => `${seen} de ${total} diapositivas vistas`,
    quizBest: (best: number | null) => (best === null ? 'Test aún sin hacer' : `Mejor resultado del test: ${best}%`),
    start: 'Empezar',
    continue: 'Continuar',
    review: 'Repasar',
    done: 'Completado',
    notPassedYet: 'Test aún no aprobado: vuelva a intentarlo',
    retryQuiz: 'Repetir el test',
    actionFor: (action: string, title: string) => `${action}: ${title}`,
    continueWhere: 'Siga donde lo dejó',
    continueLesson: (title: string) => `Lección: ${title}`,
    continueQuiz: (title: string) => `Test: ${title}`,
    allLessons: 'Todas las lecciones',
    backToLesson: 'Volver a la lección',
    takeQuiz: 'Hacer el test',
    checkHeading: '¿Debo ir al médico?',
    backToQuestion: 'Volver a la pregunta',
    lessonTitle: (title: string, slide: number, total: number) => `${title}, diapositiva ${slide} de ${total}`,
    quizHeading: (title: string) => `Test: ${title}`,
    nextLesson: (title: string) => `Siguiente lección: ${title}`,
    seeResults: 'Ver sus resultados del curso',
    courseDoneBanner: 'Ha terminado todas las lecciones y todos los tests.',
    completeHeading: 'Ha terminado el curso',
    seeWhatIsLeft: 'Ver lo que le falta',
    notFinishedHeading: 'Aún no ha terminado el curso',
    stillToDo: 'Pendiente',
    stepLeft: (step: Step, best: number | null, mark: number) =>
      step === 'lesson'
        ? 'Vea la lección hasta la última diapositiva.'
        : step === 'quiz'
          ? 'Haga el test.'
          : `Apruebe el test: su mejor resultado es ${best}%, la nota mínima es ${mark}%.`,
    lessonsDone: (done: number, total: number) => `Lecciones completadas: ${done} de ${total}.`,
    averageScore: (average: number | null) =>
      average === null ? '' : `Media de sus mejores resultados en los tests: ${average}%.`,
    scoreTableCaption: 'Sus resultados en los tests',
    lessonColumn: 'Lección',
    bestColumn: 'Mejor resultado',
    resultColumn: 'Resultado',
    passedShort: 'Aprobado',
    notPassedShort: 'Por debajo de la nota mínima',
    print: 'Imprimir un resumen',
    summaryHeading: (course: string) => `${course}: resumen del curso`,
    printedFrom: (date: string, address: string) => `Impreso el ${date} desde ${address}`,
    disclaimer:
      'Este curso es solo para aprender. No puede darle un diagnóstico y no sustituye el consejo de un médico. Si le preocupan sus síntomas, vaya al médico.',
  },
  lessonEnd: {
    keyPoints: 'Ideas clave',
    takeQuiz: 'Hacer el test',
    whenToGetHelp: 'Antes de irse: cuándo buscar ayuda',
  },
  progress: {
    progressHeading: 'Su progreso',
    lessonsDoneOf: (done: number, total: number) => `${done} de ${total} lecciones completadas`,
    averageBest: (average: number | null) =>
      average === null ? 'Aún no ha hecho ningún test' : `Media de sus mejores resultados: ${average}%`,
    manageProgress: 'Guardar, trasladar o borrar su progreso',
    exportProgress: 'Guardar en un archivo',
    importProgress: 'Cargar desde un archivo',
    resetProgress: 'Borrar el progreso…',
    resetQuestion: '¿Borrar todo su progreso en este dispositivo? No se puede deshacer.',
    resetConfirm: 'Sí, borrarlo',
    cancel: 'Cancelar',
    exported: 'Su progreso se guardó en un archivo.',
    imported: 'Su progreso se cargó desde el archivo.',
    resetDone: 'Su progreso se borró.',
    importNotJson: 'No se pudo leer este archivo como archivo de progreso. No se cambió nada.',
    importNotProgress: 'Este no es un archivo de progreso de este curso. No se cambió nada.',
    importTooNew:
      'Este archivo de progreso es de una versión más nueva del curso. Vuelva a cargar la página e inténtelo de nuevo. No se cambió nada.',
    importDamaged: (key: string) => `Una parte de este archivo de progreso está dañada (${key}). No se cambió nada.`,
    importTooLarge:
      'Este archivo es demasiado grande para ser un archivo de progreso (más de 1 MB). No se cambió nada.',
    importTooMany:
      'Este archivo tiene más de 1000 registros, más que cualquier archivo de progreso. No se cambió nada.',
    importUnknown: (key: string) =>
      `Este archivo de progreso tiene un registro que este curso no conoce (${key}). No se cambió nada.`,
    importNotSaved:
      'No se pudo guardar este progreso en este dispositivo, así que su progreso sigue como estaba. No se cambió nada.',
    importOtherStore: (from: string, here: string) =>
      `Este archivo se guardó desde “${from}”, no desde el progreso de este curso (“${here}”). ¿Cargarlo de todos modos? Sustituirá su progreso aquí.`,
    importConfirm: 'Sí, cargarlo',
    importCancelled: 'No se cambió nada.',
    resetFailed: 'No se pudo borrar su progreso en este dispositivo. No se cambió nada.',
  },
  check: {
    questionNumber: (n: number) => `Pregunta ${n}`,
    next: 'Siguiente',
    back: 'Atrás',
    startAgain: 'Volver a empezar',
    print: 'Imprimir',
    slideLink: (lessonTitle: string, slide: number, heading: string) =>
      `Por qué: “${heading}”, diapositiva ${slide} de la lección “${lessonTitle}”`,
  },
  frame: {
    noView:
      'Este marco aún no tiene nada que mostrar: termine su dirección con ?lesson=ID, ?quiz=ID, ?course, ?progress o ?help.',
    unknownView: (view: string) =>
      `Aquí no hay nada llamado "${view}" que mostrar. Termine la dirección con ?lesson=ID, ?quiz=ID, ?course, ?progress o ?help.`,
  },
};

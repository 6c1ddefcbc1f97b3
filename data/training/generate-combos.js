#!/usr/bin/env node
// Moodline training data: compositional variations.
// Deterministic (seeded RNG). All fragments hand-written by the Moodline team.
// Usage: node generate-combos.js <lang> <count> [seed]   -> prints TSV rows (no header) to stdout.
'use strict';

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const L = {
  en: {
    brand: ['@O2', '@VodafoneUK', '@EE', '@ThreeUK', '@giffgaff', '@TescoMobile', '@SkyHelp', '@BTCare', '@virginmedia', '@TalkTalk', '@Plusnet', '@Hyperoptic', '@SmarTyMobile', '@lebaramobile', '@CommunityFibre', '@NovaLink_UK'],
    city: ['Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Belfast', 'Manchester', 'Brighton', 'Norwich', 'Hull', 'Swansea', 'Derby', 'Exeter', 'Aberdeen', 'Sunderland', 'Milton Keynes', 'Bolton', 'Croydon', 'Stoke'],
    problem: ['no signal', 'no data', 'broadband dead', 'wifi dropping every 10 mins', 'calls cutting out', 'speeds under 2Mb', 'the whole network down', 'no 4G at all', 'router stuck on a red light', 'texts not sending', 'TV and broadband both gone'],
    since: ['since 6am', 'since last night', 'for 3 days now', 'all weekend', 'since Tuesday', 'for the 4th time this month', 'since the storm', 'for 2 hours and counting', 'every evening this week'],
    cOpen: ['', 'seriously', 'ffs', 'unreal.', 'again??', 'wtf', 'honestly', 'cmon', 'brilliant.', 'ugh'],
    cClose: ['I want compensation.', 'sort it out.', 'credit my account or I\'m leaving.', 'I\'m switching provider.', 'refund the month pls.', 'what am I paying for?', 'no one answers the phone either.', 'and your status page says all fine.', 'absolute joke.', 'this is the last straw.', 'fix it.'],
    cEmoji: ['😡', '🤬', '🙄', '😤', '', '', '👎', '😩'],
    sarc: ['great, {p} again. thanks {b} 👏', 'love paying full price for {p} {s} {b} 🙃', 'another day, another outage. {p} in {c}. well done {b} 👏👏', 'nothing says premium service like {p} {s}. cheers {b}', 'so glad I pay {b} every month for {p} 🙂🙂'],
    gen: ['{b} charged me twice this month and the app won\'t let me log in', '{b} engineer no-show again, 3rd missed appointment', 'on hold with {b} for {m} minutes and still nothing', 'still waiting for the credit {b} promised me {s2}', 'told {b} about the fault {n} times. {n} ticket numbers, zero fixes'],
    sOpen: ['fair play to', 'hats off to', 'massive thanks to', 'shoutout to', 'big respect to', 'cheers to', 'proper thanks to'],
    sWho: ['the {b} engineers', 'the {b} support team', 'the engineer who came out in {c}', 'whoever fixed the mast in {c}', 'the {b} live chat agent', 'the night shift at {b}', 'the Openreach crew in {c}'],
    sWhat: ['back up in under an hour', 'sorted in one go', 'clear updates the whole time', 'fixed before I\'d even finished complaining', 'quick, friendly and actually fixed it', 'calm and helpful the whole way'],
    sEmoji: ['👏', '🙏', '❤️', '🙌', '💪', ':)', ''],
    hA: ['{b} down in {c} so', 'no {x} for {s3} so', 'outage day {n}:', 'broadband gone,', 'wifi dead, so'],
    hB: ['I finally met my neighbours. one of them has a llama', 'I\'ve read the back of every cereal box in the house', 'the dog has been walked {n} times and is now filing a complaint', 'I\'m learning the recorder. the neighbours are not thrilled', 'my kids discovered the garden. they think it\'s a new level', 'I\'ve started narrating my life like a nature documentary', 'I alphabetised my socks. all of them. there were 4', 'I\'m doing a jigsaw of a sunset. it is mostly orange. so is my router light', 'I found out the microwave has a clock. it\'s been wrong since 2019', 'played scrabble with my nan. she destroyed me. no mercy', 'chatted to the postman for 40 mins. I know his whole family tree now', 'I painted a picture. it\'s a router. it looks like my father in law'],
    hEmoji: ['😂', '🤣', 'lol', '💀', 'xD', '😅', ''],
    x: ['signal', 'wifi', 'data', 'internet'],
    oQ: ['is {b} down in {c}?', 'anyone else in {c} with {p} on {b}?', 'is it just me or is {b} having issues in {c}?', 'quick q: {b} down for anyone in {c} right now?', 'does anyone know if {b} has an outage in {c}? {p} here'],
    oN: ['{B} says services in {c} have been restored after an outage earlier today', '{B} confirms a network fault affecting customers in {c}, engineers on site', 'Downdetector reports for {B} spiking in {c} since this morning', '{B}: planned maintenance in {c} tonight between midnight and 4am', '{B} says most customers in {c} should now be back online', 'Customers in {c} report {p} on {B} {s}, the company says it is investigating', '{B} apologises to customers in {c} after {p} {s}', 'Update from {B}: the fault in {c} is fixed, a restart may be needed if you still have {p}'],
    oQ2: ['{p} here in {c} {s}. is {b} down for anyone else?', 'anyone on {b} in {c}? I\'ve had {p} {s}', 'does {b} have a status page? {p} in {c} {s}'],
  },
  fr: {
    brand: ['@Orange', '@SFR', '@free', '@bouyguestelecom', '@sosh', '@REDbySFR', '@Orange_Assist', '@SFR_SAV', '@Freebox', '@NRJmobile', '@Proximus', '@FibrAlpes'],
    city: ['Lyon', 'Lille', 'Nantes', 'Rennes', 'Grenoble', 'Nice', 'Brest', 'Dijon', 'Tours', 'Metz', 'Reims', 'Limoges', 'Perpignan', 'Caen', 'Amiens', 'Besançon'],
    problem: ['plus de réseau', 'plus de fibre', 'la box qui redémarre en boucle', 'zéro 4G', 'les appels qui coupent', 'un débit de 1 Mb/s', 'plus de télé ni d\'internet', 'un voyant rouge sur la box'],
    since: ['depuis ce matin', 'depuis hier soir', 'depuis 3 jours', 'tout le week-end', 'depuis mardi', 'pour la 4e fois ce mois-ci', 'depuis l\'orage', 'depuis 2h'],
    cOpen: ['', 'sérieux', 'encore ??', 'c\'est abusé', 'j\'en ai marre', 'bravo.', 'franchement', 'wsh'],
    cClose: ['je veux un dédommagement.', 'remboursez-moi le mois.', 'je change d\'opérateur.', 'et la hotline répond pas.', 'c\'est inadmissible.', 'je paie pour quoi ?', 'c\'est du foutage de gueule.', 'réparez ça.'],
    cEmoji: ['😡', '🤬', '🙄', '😤', '', ''],
    sarc: ['génial, {p} encore. merci {b} 👏', 'payer plein pot pour avoir {p} {s}, merci {b} 🙃', 'encore une panne, {p} à {c}. bravo {b} 👏👏'],
    gen: ['{b} m\'a prélevé deux fois ce mois-ci et l\'appli plante', 'le technicien {b} n\'est pas venu, 3e rendez-vous raté', '{m} minutes d\'attente chez {b} et toujours rien', 'j\'attends toujours le geste commercial promis par {b}'],
    sOpen: ['bravo', 'merci', 'chapeau', 'big up', 'respect', 'un grand merci'],
    sWho: ['à l\'équipe {b}', 'aux techniciens {b}', 'au technicien venu à {c}', 'à ceux qui ont réparé l\'antenne à {c}', 'à la conseillère {b}'],
    sWhat: ['réparé en moins d\'une heure', 'réglé en un seul appel', 'des infos claires tout du long', 'rapide, sympa et efficace', 'calme et patient du début à la fin'],
    sEmoji: ['👏', '🙏', '❤️', '🙌', ''],
    hA: ['{b} en panne à {c} donc', 'plus {x} depuis {s3} donc', 'panne jour {n} :'],
    hB: ['le voisin du dessous m\'a invité à un apéro. il a une collection de 300 bouchons de liège', 'j\'ai appris à faire une pâte brisée. elle est très brisée', 'le chat et moi on a fait une sieste synchronisée de 3h', 'j\'ai découvert que mon appart a un balcon. j\'y vis depuis 6 ans', 'j\'ai relu mes cahiers de 4e. j\'étais nul en accords du participe passé. je le suis toujours', 'j\'ai démonté la télécommande pour voir. elle a maintenant 3 pièces en trop', 'la famille a ressorti le Trivial Pursuit de 1992. toutes les réponses sont "Mitterrand"', 'j\'ai écrit une chanson sur ma Livebox. refrain : "clignote, clignote"'],
    hEmoji: ['mdr', 'ptdr', '😂', '🤣', '💀', ''],
    x: ['de réseau', 'de wifi', 'd\'internet', 'de 4G'],
    oQ: ['{b} en panne à {c} ?', '{p} chez {b} à {c}, c\'est que moi ?', 'c\'est moi ou {b} a un souci à {c} ?'],
    oN: ['{B} annonce le rétablissement du service à {c} après une panne ce matin', '{B} confirme un incident réseau à {c}, les techniciens sont sur place', '{B} : maintenance prévue cette nuit à {c} entre minuit et 4h', 'des clients {B} à {c} signalent {p} {s}, l\'opérateur dit enquêter', '{B} s\'excuse auprès des clients de {c} après {p} {s}'],
    oQ2: ['{p} ici à {c} {s}. {b} est en panne chez vous aussi ?', 'des gens chez {b} à {c} ? j\'ai {p} {s}', '{b} a une page de statut ? {p} à {c} {s}'],
  },
  it: {
    brand: ['@TIM_Official', '@VodafoneIT', '@WindTre', '@iliad_italia', '@Fastweb', '@hoMobile', '@KenaMobile', '@PosteMobile', '@VeryMobile', '@LinkaFibra'],
    city: ['Milano', 'Roma', 'Napoli', 'Torino', 'Bologna', 'Firenze', 'Bari', 'Genova', 'Verona', 'Padova', 'Trieste', 'Cagliari', 'Catania', 'Parma', 'Pescara', 'Lecce'],
    problem: ['niente rete', 'fibra giù', 'il modem che si riavvia da solo', 'zero 4G', 'chiamate che cadono', 'velocità a 1 mega', 'niente internet né tv', 'la spia rossa sul modem'],
    since: ['da stamattina', 'da ieri sera', 'da 3 giorni', 'tutto il weekend', 'da martedì', 'per la quarta volta questo mese', 'dal temporale', 'da 2 ore'],
    cOpen: ['', 'ancora??', 'basta', 'che schifo', 'vergogna', 'ma dai', 'assurdo', 'raga'],
    cClose: ['voglio il rimborso.', 'voglio un indennizzo.', 'cambio operatore.', 'e il servizio clienti non risponde.', 'inaccettabile.', 'ma cosa pago a fare?', 'sistemate.'],
    cEmoji: ['😡', '🤬', '🙄', '😤', '', ''],
    sarc: ['grande, {p} di nuovo. grazie {b} 👏', 'pagare a prezzo pieno per avere {p} {s}, grazie {b} 🙃', 'ennesimo guasto, {p} a {c}. complimenti {b} 👏👏'],
    gen: ['{b} mi ha addebitato due volte e l\'app non funziona', 'il tecnico {b} non si è presentato, terzo appuntamento saltato', '{m} minuti in attesa con {b} e ancora niente', 'sto ancora aspettando il rimborso promesso da {b}'],
    sOpen: ['grazie', 'complimenti', 'un applauso', 'un grazie enorme', 'tanto di cappello'],
    sWho: ['ai tecnici {b}', 'all\'assistenza {b}', 'al tecnico venuto a {c}', 'a chi ha riparato l\'antenna a {c}', 'all\'operatrice {b}'],
    sWhat: ['risolto in meno di un\'ora', 'sistemato con una sola chiamata', 'aggiornamenti chiari tutto il tempo', 'veloci, gentili e risolutivi', 'calma e pazienza dall\'inizio alla fine'],
    sEmoji: ['👏', '🙏', '❤️', '🙌', '💪', ''],
    hA: ['{b} giù a {c} quindi', 'niente {x} da {s3} quindi', 'guasto giorno {n}:'],
    hB: ['ho imparato a fare la pasta fresca. la cucina sembra nevicata', 'la vicina mi ha raccontato tutta la storia del condominio dal 1974', 'ho scoperto che il mio palazzo ha un cortile. ci abito da 5 anni', 'io e il gatto abbiamo fatto un pisolino sincronizzato di 3 ore', 'ho smontato il telecomando per curiosità. ora avanzano 3 pezzi', 'abbiamo giocato a tombola. a giugno. lo zio ha vinto tutto, come sempre', 'ho scritto una canzone sul modem. ritornello: "lampeggia, lampeggia"', 'mio padre ha ritirato fuori la radiolina per sentire la partita. tutti intorno come nel \'82'],
    hEmoji: ['ahahah', 'ahah', '😂', '🤣', 'xd', ''],
    x: ['rete', 'wifi', 'internet', '4G'],
    oQ: ['{b} giù a {c}?', 'anche a voi {p} con {b} a {c}?', 'sono io o {b} ha problemi a {c}?'],
    oN: ['{B} comunica che il servizio a {c} è stato ripristinato dopo il guasto di stamattina', '{B} conferma un disservizio di rete a {c}, tecnici al lavoro', '{B}: manutenzione programmata stanotte a {c} tra mezzanotte e le 4', 'clienti {B} a {c} segnalano {p} {s}, l\'operatore sta verificando', '{B} si scusa con i clienti di {c} dopo {p} {s}'],
    oQ2: ['qui a {c} {p} {s}. {b} è giù anche da voi?', 'qualcuno con {b} a {c}? io ho {p} {s}', '{b} ha una pagina di stato? {p} a {c} {s}'],
  },
  es: {
    brand: ['@movistar_es', '@vodafone_es', '@orange_esp', '@masmovil', '@yoigo', '@Digi_Spain', '@JazztelES', '@pepephone', '@lowi_es', '@simyo_es', '@FibraNorte_ES'],
    city: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Málaga', 'Zaragoza', 'Murcia', 'Granada', 'Vigo', 'Alicante', 'Valladolid', 'Córdoba', 'Oviedo', 'Palma', 'Santander'],
    problem: ['sin cobertura', 'sin fibra', 'el router reiniciándose solo', 'cero 4G', 'llamadas que se cortan', 'velocidad de 1 mega', 'sin tele ni internet', 'la luz roja del router'],
    since: ['desde esta mañana', 'desde anoche', 'desde hace 3 días', 'todo el finde', 'desde el martes', 'por cuarta vez este mes', 'desde la tormenta', 'desde hace 2 horas'],
    cOpen: ['', 'otra vez??', 'qué vergüenza', 'de verdad', 'vaya tela', 'increíble', 'en serio'],
    cClose: ['quiero una compensación.', 'quiero el reembolso del mes.', 'me cambio de compañía.', 'y atención al cliente no contesta.', 'inaceptable.', '¿para qué pago?', 'arregladlo ya.'],
    cEmoji: ['😡', '🤬', '🙄', '😤', '', ''],
    sarc: ['genial, {p} otra vez. gracias {b} 👏', '{p} {s} y pagando el precio completo. gracias {b} 🙃', 'otra avería, {p} en {c}. enhorabuena {b} 👏👏'],
    gen: ['{b} me ha cobrado dos veces y la app no funciona', 'el técnico de {b} no ha venido, tercera cita perdida', '{m} minutos esperando con {b} y nada', 'sigo esperando el reembolso que me prometió {b}'],
    sOpen: ['gracias', 'aplausos', 'mil gracias', 'olé', 'un aplauso'],
    sWho: ['a los técnicos de {b}', 'al soporte de {b}', 'al técnico que vino en {c}', 'a quien arregló la antena en {c}', 'a la chica de atención de {b}'],
    sWhat: ['arreglado en menos de una hora', 'solucionado en una sola llamada', 'informando todo el rato', 'rápidos, majos y eficaces', 'calma y paciencia de principio a fin'],
    sEmoji: ['👏', '🙏', '❤️', '🙌', '💪', ''],
    hA: ['se cae {b} en {c} así que', 'sin {x} desde hace {s3} así que', 'día {n} de avería:'],
    hB: ['he aprendido a hacer croquetas. han salido cuadradas', 'la vecina del cuarto me ha contado la historia de la comunidad desde 1979', 'he descubierto que mi piso tiene terraza. llevo 4 años aquí', 'el gato y yo nos hemos echado una siesta sincronizada de 3 horas', 'he desmontado el mando de la tele por curiosidad. ahora sobran 3 piezas', 'hemos jugado al bingo en el rellano. la señora Puri ha ganado 4 veces', 'he compuesto una canción sobre el router. estribillo: "parpadea, parpadea"', 'mi padre ha sacado el transistor para escuchar el Carrusel. toda la familia alrededor'],
    hEmoji: ['jajaja', 'jaja', '😂', '🤣', 'xd', ''],
    x: ['cobertura', 'wifi', 'internet', '4G'],
    oQ: ['¿se ha caído {b} en {c}?', '{p} con {b} en {c}, ¿solo me pasa a mí?', '¿soy yo o {b} tiene problemas en {c}?'],
    oN: ['{B} informa de que el servicio en {c} se ha restablecido tras la avería de esta mañana', '{B} confirma una incidencia de red en {c}, técnicos trabajando', '{B}: mantenimiento programado esta noche en {c} entre las 0 y las 4', 'clientes de {B} en {c} denuncian {p} {s}, la compañía lo está revisando', '{B} pide disculpas a sus clientes de {c} tras {p} {s}'],
    oQ2: ['aquí en {c} {p} {s}. ¿{b} está caído también para vosotros?', '¿alguien con {b} en {c}? yo estoy con {p} {s}', '¿{b} tiene página de estado? {p} en {c} {s}'],
  },
  de: {
    brand: ['@Telekom_hilft', '@vodafone_de', '@o2de', '@1und1', '@congstar_de', '@AldiTalk', '@PYUR_de', '@NetCologne', '@mobilcom_debitel', '@M_net', '@GlasLink_DE'],
    city: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Hannover', 'Nürnberg', 'Bremen', 'Essen', 'Kiel', 'Freiburg', 'Rostock'],
    problem: ['kein Netz', 'kein Internet', 'der Router startet dauernd neu', 'null LTE', 'Anrufe brechen ab', '1 Mbit statt 250', 'weder TV noch Internet', 'rote Lampe am Router'],
    since: ['seit heute früh', 'seit gestern Abend', 'seit 3 Tagen', 'das ganze Wochenende', 'seit Dienstag', 'zum 4. Mal diesen Monat', 'seit dem Sturm', 'seit 2 Stunden'],
    cOpen: ['', 'schon wieder??', 'Frechheit', 'echt jetzt', 'unfassbar', 'Alter', 'Sauerei'],
    cClose: ['ich will eine Entschädigung.', 'ich will den Monat erstattet.', 'ich kündige.', 'und die Hotline geht nicht ran.', 'inakzeptabel.', 'wofür zahl ich eigentlich?', 'kriegt das endlich hin.'],
    cEmoji: ['😡', '🤬', '🙄', '😤', '', ''],
    sarc: ['super, {p} schon wieder. danke {b} 👏', '{p} {s} und ich zahl den vollen Preis. danke {b} 🙃', 'nächste Störung, {p} in {c}. glückwunsch {b} 👏👏'],
    gen: ['{b} bucht doppelt ab und die App geht nicht', 'Techniker von {b} nicht gekommen, dritter geplatzter Termin', '{m} Minuten Warteschleife bei {b} und nix', 'warte immer noch auf die Gutschrift, die {b} versprochen hat'],
    sOpen: ['Danke an', 'Respekt an', 'großes Lob an', 'Riesendank an'],
    sWho: ['die Techniker von {b}', 'den Support von {b}', 'den Techniker in {c}', 'die Leute, die den Mast in {c} repariert haben', 'die Dame von der {b}-Hotline'],
    sWhat: ['in unter einer Stunde wieder da', 'mit einem Anruf gelöst', 'immer transparent informiert', 'schnell, freundlich, erledigt', 'ruhig und geduldig von Anfang bis Ende'],
    sEmoji: ['👏', '🙏', '❤️', '🙌', '💪', ''],
    hA: ['{b} down in {c}, also', 'kein {x} seit {s3}, also', 'Störung Tag {n}:'],
    hB: ['hab gelernt, wie man Spätzle von Hand schabt. die Küche sieht aus wie nach einem Unfall', 'die Nachbarin hat mir die komplette Hausgeschichte seit 1971 erzählt', 'hab entdeckt, dass unser Haus einen Innenhof hat. wohne seit 5 Jahren hier', 'Katze und ich haben einen synchronen Mittagsschlaf gemacht. 3 Stunden', 'hab die Fernbedienung auseinandergebaut. jetzt sind 3 Teile übrig', 'wir haben Kniffel gespielt. Opa schummelt seit 1983, alle wissen es', 'hab ein Lied über den Router geschrieben. Refrain: "blink, blink, blink"', 'Papa hat das Kofferradio für die Bundesliga-Konferenz rausgeholt. alle drumherum wie früher'],
    hEmoji: ['xD', 'lol', '😂', '🤣', '💀', ''],
    x: ['Netz', 'WLAN', 'Internet', 'LTE'],
    oQ: ['ist {b} in {c} down?', '{p} bei {b} in {c} – nur bei mir?', 'liegt es an mir oder hat {b} in {c} Probleme?'],
    oN: ['{B} meldet: Dienste in {c} nach der Störung am Morgen wiederhergestellt', '{B} bestätigt eine Netzstörung in {c}, Techniker vor Ort', '{B}: geplante Wartung heute Nacht in {c} zwischen 0 und 4 Uhr', '{B}-Kunden in {c} melden: {p} {s}. Das Unternehmen prüft', '{B} entschuldigt sich bei Kunden in {c}: {p} {s}'],
    oQ2: ['hier in {c}: {p} {s}. ist {b} bei euch auch down?', 'jemand mit {b} in {c}? bei mir {p} {s}', 'hat {b} eine Störungsseite? {p} in {c} {s}'],
  },
};

function make(lang, count, seed) {
  const F = L[lang];
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const NAMES = { O2: 'O2', VodafoneUK: 'Vodafone', EE: 'EE', ThreeUK: 'Three', giffgaff: 'giffgaff', TescoMobile: 'Tesco Mobile', SkyHelp: 'Sky', BTCare: 'BT', virginmedia: 'Virgin Media', TalkTalk: 'TalkTalk', Plusnet: 'Plusnet', Hyperoptic: 'Hyperoptic', SmarTyMobile: 'SMARTY', lebaramobile: 'Lebara', CommunityFibre: 'Community Fibre', NovaLink_UK: 'NovaLink',
    Orange: 'Orange', SFR: 'SFR', free: 'Free', bouyguestelecom: 'Bouygues Telecom', sosh: 'Sosh', REDbySFR: 'RED by SFR', Orange_Assist: 'Orange', SFR_SAV: 'SFR', Freebox: 'Free', NRJmobile: 'NRJ Mobile', Proximus: 'Proximus', FibrAlpes: 'FibrAlpes',
    TIM_Official: 'TIM', VodafoneIT: 'Vodafone', WindTre: 'WindTre', iliad_italia: 'iliad', Fastweb: 'Fastweb', hoMobile: 'ho. Mobile', KenaMobile: 'Kena Mobile', PosteMobile: 'PosteMobile', VeryMobile: 'Very Mobile', LinkaFibra: 'LinkaFibra',
    movistar_es: 'Movistar', vodafone_es: 'Vodafone', orange_esp: 'Orange', masmovil: 'MásMóvil', yoigo: 'Yoigo', Digi_Spain: 'Digi', JazztelES: 'Jazztel', pepephone: 'Pepephone', lowi_es: 'Lowi', simyo_es: 'Simyo', FibraNorte_ES: 'FibraNorte',
    Telekom_hilft: 'Telekom', vodafone_de: 'Vodafone', o2de: 'O2', '1und1': '1&1', congstar_de: 'congstar', AldiTalk: 'Aldi Talk', PYUR_de: 'PYUR', NetCologne: 'NetCologne', mobilcom_debitel: 'mobilcom-debitel', M_net: 'M-net', GlasLink_DE: 'GlasLink' };
  const plain = (b) => NAMES[b.replace(/^@/, '')] || b.replace(/^@/, '');
  const fill = (t, ctx) => t
    .replace(/\{b\}/g, ctx.b).replace(/\{B\}/g, plain(ctx.b)).replace(/\{c\}/g, ctx.c)
    .replace(/\{p\}/g, ctx.p).replace(/\{s\}/g, ctx.s).replace(/\{s2\}/g, pick(['in March', 'last month', 'weeks ago', 'in the summer']))
    .replace(/\{s3\}/g, pick(['2h', '3h', '24h', '48h', '5h'])).replace(/\{x\}/g, pick(F.x))
    .replace(/\{m\}/g, String(int(25, 95))).replace(/\{n\}/g, String(int(2, 9)));
  const tidy = (s) => s.replace(/\s+/g, ' ').replace(/\s+([.,!?])/g, '$1').trim();
  const seen = new Set();
  const rows = [];
  let guard = 0;
  while (rows.length < count && guard++ < count * 50) {
    const ctx = { b: pick(F.brand), c: pick(F.city), p: pick(F.problem), s: pick(F.since) };
    const r = rnd();
    let cat, sent, text, core = null;
    if (r < 0.45) {
      cat = 'complaint'; sent = 'negative';
      const k = rnd();
      if (k < 0.5) text = `${pick(F.cOpen)} ${ctx.b} ${ctx.p} in ${ctx.c} ${ctx.s}. ${pick(F.cClose)} ${pick(F.cEmoji)}`;
      else if (k < 0.75) text = fill(pick(F.sarc), ctx);
      else { core = fill(pick(F.gen), ctx); text = `${core}. ${pick(F.cClose)} ${pick(F.cEmoji)}`; }
      if (lang !== 'en') text = text.replace(/ in /, lang === 'fr' ? ' à ' : lang === 'it' ? ' a ' : lang === 'es' ? ' en ' : ' in ');
      if (rnd() < 0.12) text = text.toUpperCase();
    } else if (r < 0.75) {
      cat = 'other'; sent = 'neutral';
      const q = rnd(); text = fill(q < 0.3 ? pick(F.oQ) : q < 0.6 ? pick(F.oQ2) : pick(F.oN), ctx);
    } else if (r < 0.91) {
      cat = 'support'; sent = 'positive';
      text = `${pick(F.sOpen)} ${fill(pick(F.sWho), ctx)}, ${pick(F.sWhat)} ${pick(F.sEmoji)}`;
    } else {
      cat = 'humour'; sent = rnd() < 0.8 ? 'positive' : 'neutral';
      text = `${fill(pick(F.hA), ctx)} ${pick(F.hB).replace(/\{n\}/g, String(int(3, 9)))} ${pick(F.hEmoji)}`;
    }
    text = tidy(text);
    // skeleton: the text without brand, city, numbers, emoji and laugh tokens; each skeleton is used once,
    // so two generated rows never differ only by brand/city/number.
    let sk = (core || text).toLowerCase();
    for (const w of [...F.brand, ...F.brand.map(plain), ...F.city]) sk = sk.split(w.toLowerCase()).join(' ');
    sk = sk.replace(/\b(lol|mdr|ptdr|ahahah|ahah|xd|jajaja|jaja)\b/g, ' ').replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
    if (seen.has(sk)) continue;
    seen.add(sk);
    rows.push([lang, cat, sent, text].join('\t'));
  }
  return rows;
}

if (require.main === module) {
  const [lang, n, seed] = process.argv.slice(2);
  if (!L[lang]) { console.error('usage: node generate-combos.js <en|fr|it|es|de> <count> [seed]'); process.exit(1); }
  const base = parseInt(seed || '20261122', 10) + [...lang].reduce((a, ch) => a * 31 + ch.charCodeAt(0), 0);
  const out = make(lang, parseInt(n || '100', 10), base);
  process.stdout.write(out.join('\n') + '\n');
}
module.exports = { make };

/**
 * Function words of the five languages Moodline scores (en, fr, it, es, de), lower-case and unaccented
 * forms both listed where posts commonly drop accents. One union set: language detection on short
 * posts is unsure, and a word that is a stopword in one of them is rarely a telling term in another.
 */
const EN = `a about above after against all am an and any are aren't as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don don't during each few for
from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how
how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's like me more most mustn't my myself no nor not
now of on once only or other ought our ours ourselves over own same shan't she she'd she'll she's should shouldn't
so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're
they've this those through to too under until very was wasn't we we'd we'll we're we've were weren't what what's when
when's where where's which while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've
your yours yourself yourselves im ive dont cant wont isnt didnt doesnt its get got getting still also yet even really
one two amp via rt lol`;

const FR = `au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme même mes moi mon ne
nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t
y ete été etre être avoir ai as avons avez ont suis es est sommes etes êtes sont fait faire ça ca cette cet plus tout tous
toujours encore aussi bien très tres rien sans chez depuis quand comme alors donc car ni si non oui`;

const IT = `ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello dei degli
dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla sulle per tra
contro io tu lui lei noi voi loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro
vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perché perche anche come dov dove che chi cui non
più piu quale quanto quanti quanta quante quello quelli quella quelle questo questi questa queste si tutto tutti a c e i l o
ho hai ha abbiamo avete hanno sono sei è siamo siete era ancora già gia solo ora poi oggi niente nessuno molto`;

const ES = `de la que el en y a los del se las por un para con no una su al lo como más mas pero sus le ya o este sí si porque esta
entre cuando muy sin sobre también tambien me hasta hay donde quien desde todo nos durante todos uno les ni contra otros
ese eso ante ellos e esto mí mi antes algunos qué que unos yo otro otras otra él tanto esa estos mucho quienes nada
muchos cual poco ella estar estas algunas algo nosotros tu tú te ti tus ellas vosotros os es son está esta están estan
fue ha han he hemos soy estoy todavía todavia aún aun otra vez hoy`;

const DE = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin
bis bist da damit dann der den des dem die das dass daß du er es ein eine einem einen einer eines für fur hab habe haben hat
hatte hatten hier hin hinter ich ihr ihre im in ist ja jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen
keiner man mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so
solche über uber um und uns unser unter vom von vor war waren warum was weil wenn wer wie wieder will wir wird wo zu zum
zur immer schon heute mal`;

export const STOPWORDS: ReadonlySet<string> = new Set([EN, FR, IT, ES, DE].flatMap((list) => list.split(/\s+/).filter(Boolean)));

//! The complete card deck, transcribed from the source text of the Ontwikkelkaarten.
//!
//! Only obvious typos were corrected. Ids are fixed strings: never derive them from the
//! display text, so exported files stay readable after a text is corrected.

use super::{Card, CardText, Challenge, Quote, Role, Suggestion};

/// The deck's own introduction: "Leidinggeven aan een lerende organisatie, hoe doe je dat?"
pub const INTRO_TITLE: &str = "Leidinggeven aan een lerende organisatie, hoe doe je dat?";
/// Paragraphs of the deck's introduction.
pub const INTRO: &[&str] = &["Leiders van organisaties voelen steeds meer het belang om te ontwikkelen tot een lerende organisatie, omdat dit voordelig is om in te kunnen spelen op snelle veranderingen in een dynamische omgeving. Cijfers laten zien dat slechts de helft van de werknemers tijd besteedt aan het volgen van cursussen of het leren tijdens het werk, terwijl de behoefte aan goed geschoolde mensen groeit. Een tekort aan werknemers vergroot deze urgentie; lerende organisaties bieden immers niet alleen groeimogelijkheden voor huidige medewerkers, maar zijn ook aantrekkelijk voor nieuwe medewerkers. Duidelijk is dat leiders een belangrijke rol spelen bij de ontwikkeling tot lerende organisaties. Maar welke interventies en welk gedrag dit precies vraagt is niet zo duidelijk.", "Het Kenniscentrum Leven Lang Ontwikkelen heeft onderzoek gedaan naar de wijze waarop leiders een lerende organisatie bevorderen. Dit onderzoek geeft inzicht in uitdagingen die leiders ervaren. Deze uitdagingen hebben we geordend aan de hand van een achttal dimensies van de lerende organisatie die op basis van literatuur en eerder onderzoek zijn geformuleerd. Aan de hand van de acht dimensies zijn gesprekken gevoerd met leiders. De gesprekken hebben geleid tot portretten van leiders die een inkijkje geven in de praktijk van zeven lerende MKB en vier lerende Fontys opleidingen. Daarnaast is een set ontwikkelkaarten gemaakt. Leiders kunnen deze kaarten gebruiken bij het versterken van de lerende organisatie op een bepaalde dimensie."];
/// Title of the deck's guidance on how to use the cards.
pub const WORKING_TITLE: &str = "Werken met ontwikkelkaarten: werken aan een lerende organisatie";
/// Paragraphs of the deck's guidance on how to use the cards.
pub const WORKING: &[&str] = &["Hoe kun je je organisatie versterken als lerende organisatie? Kies een dimensie uit die nog minder sterk ontwikkeld is in jouw bedrijf/instituut. Dit kun je doen door naar de uitdagingen op elke ontwikkelkaart te kijken, die bij elk van de acht dimensies is gemaakt. Spelen die bij jou ook? Als je hieraan werkt, heeft dit ook positieve invloed op de andere dimensies, omdat de dimensies samenhangen. Op de ontwikkelkaart vind je ook suggesties om met deze uitdagingen om te gaan. Kies hieruit wat het beste past bij jullie ontwikkeling: waarschijnlijk zijn sommige suggesties al lang bij jullie gerealiseerd, maar andere suggesties geven misschien aanleiding om verbeteringen door te voeren. Op elke ontwikkelkaart staan verder ter inspiratie bronnen met meer informatie en enkele uitspraken van leidinggevenden en/of HR-managers die illustreren hoe er in een bepaalde organisatie aan deze dimensie wordt gewerkt. De kaarten zijn te gebruiken door leidinggevenden op alle niveaus en door HR-managers. Hieronder staat een overzicht van de dimensies en de bijbehorende uitdagingen."];

/// The eight development cards, in the deck's order: what the home page shows.
pub const CARDS: &[Card] = &[
    Card {
        number: 1,
        id: "gedeelde-visie",
        short_title: "Gedeelde visie",
        title: "Een gedeelde visie en ambitie realiseren",
        challenges: [
            Challenge { id: "gedeelde-visie.u1", question: "Hoe ontwikkel je samen een doorleefde visie?" },
            Challenge { id: "gedeelde-visie.u2", question: "Hoe zie je de visie terug op de werkvloer?" },
        ],
        suggestion_count: 16,
    },
    Card {
        number: 2,
        id: "leren-op-de-werkvloer",
        short_title: "Leren op de werkvloer",
        title: "Mogelijkheden creëren voor het leren op de werkvloer",
        challenges: [
            Challenge { id: "leren-op-de-werkvloer.u1", question: "Hoe zorg je ervoor dat voor medewerkers leren onderdeel van het werk is?" },
            Challenge { id: "leren-op-de-werkvloer.u2", question: "Hoe zorg je dat medewerkers zich systematisch ontwikkelen?" },
        ],
        suggestion_count: 17,
    },
    Card {
        number: 3,
        id: "teamleren",
        short_title: "Teamleren",
        title: "Teamleren en samenwerken bevorderen",
        challenges: [
            Challenge { id: "teamleren.u1", question: "Hoe kun je samenwerking op de werkvloer organiseren?" },
            Challenge { id: "teamleren.u2", question: "Hoe zorg je dat medewerkers van elkaar leren?" },
        ],
        suggestion_count: 12,
    },
    Card {
        number: 4,
        id: "feedbackprocessen",
        short_title: "Feedback",
        title: "Feedbackprocessen stimuleren",
        challenges: [
            Challenge { id: "feedbackprocessen.u1", question: "Hoe zorg je voor een cultuur waarin alle medewerkers elkaar feedback geven?" },
            Challenge { id: "feedbackprocessen.u2", question: "Hoe verbeter je de kwaliteit op basis van feedback en (voortgangs)gegevens?" },
        ],
        suggestion_count: 15,
    },
    Card {
        number: 5,
        id: "partners",
        short_title: "Partners",
        title: "Samenwerken met partners om van te leren",
        challenges: [
            Challenge { id: "partners.u1", question: "Hoe werk je effectief samen met externe partners?" },
            Challenge { id: "partners.u2", question: "Hoe draagt samenwerking met partners bij aan eigen doelen?" },
        ],
        suggestion_count: 9,
    },
    Card {
        number: 6,
        id: "kwaliteitscultuur",
        short_title: "Kwaliteitscultuur",
        title: "Een kwaliteitscultuur bevorderen",
        challenges: [
            Challenge { id: "kwaliteitscultuur.u1", question: "Hoe stimuleer je medewerkers om systematisch te werken aan kwaliteitsverbetering?" },
            Challenge { id: "kwaliteitscultuur.u2", question: "Hoe kun je systematisch en onderzoeksmatig werken als leidinggevenden?" },
        ],
        suggestion_count: 15,
    },
    Card {
        number: 7,
        id: "eigenaarschap",
        short_title: "Eigenaarschap",
        title: "Eigenaarschap creëren door leiderschapskansen",
        challenges: [
            Challenge { id: "eigenaarschap.u1", question: "Hoe creëer je ruimte voor leiderschapsinitiatieven van medewerkers?" },
            Challenge { id: "eigenaarschap.u2", question: "Hoe houd je medewerkers uitgedaagd?" },
        ],
        suggestion_count: 13,
    },
    Card {
        number: 8,
        id: "structuur-en-beleid",
        short_title: "Structuur en beleid",
        title: "Voorwaarden creëren in organisatiestructuur en beleid",
        challenges: [
            Challenge { id: "structuur-en-beleid.u1", question: "Hoe zorg je voor een organisatiestructuur die past bij een lerende organisatie?" },
            Challenge { id: "structuur-en-beleid.u2", question: "Hoe zorg je voor samenhangend beleid dat het leren op alle niveaus in de organisatie faciliteert?" },
        ],
        suggestion_count: 12,
    },
];

/// The full text of each card, in the same order as [`CARDS`] (see [`Card::text`]).
pub static TEXTS: [CardText; 8] = [
    CardText {
        intro: "Een visie en ambitie die met elkaar is opgesteld en waar ieder achter staat, weerspiegelt de doelen en kwaliteit die de organisatie wil realiseren. Het geeft een duidelijke koers voor het handelen van het management en van medewerkers en het geeft richting aan hun professionele ontwikkeling.",
        explanations: [
            "Het betrekken van mensen uit de organisatie om samen tot een gedeelde visie te komen, die door alle medewerkers wordt uitgedragen.",
            "Stimuleren dat medewerkers/teams de visie doorvertalen naar het gedrag dat past bij de effectuering van de visie. Deze visie en de implementatie worden binnen het team regelmatig besproken en eventueel bijgesteld.",
        ],
        quotes: &[
            Quote { role: Role::Leidinggevende, paragraphs: &["Een goede visie en strategie is ontzettend belangrijk, want alles hangt eraan vast. Als je die als organisatie niet hebt, word je al snel een ongeleid projectiel zonder focus. Wij hebben die periode ook gehad, maar dan doe je eigenlijk alles net niet."] },
            Quote { role: Role::HrManager, paragraphs: &["We hebben ook een werkgroep gehad waar mensen in konden meedenken. Gewoon op de werkvloer je ideeën neerleggen en bespreken met mensen. En daarnaast hebben we ook een kerngroep beleid ontwikkeld (..), waar verschillende mensen vanuit de organisatie in zitten die meedenken. Die is er nu nog; om de 4 weken à 5 weken (..) zien we elkaar en praten we over wat er nu speelt."] },
        ],
        suggestions_heading: "Ontwikkelsuggesties voor leiders",
        suggestions: &[
            Suggestion { id: "gedeelde-visie.01", text: "Samen kernachtige uitspraken formuleren als fundament van de visie." },
            Suggestion { id: "gedeelde-visie.02", text: "Inspiratie zoeken voor de visievorming, denk aan: literatuur, experts, andere organisaties." },
            Suggestion { id: "gedeelde-visie.03", text: "Samen nagaan wat de visie betekent voor de ontwikkeling en het gedrag van alle medewerkers in de organisatie." },
            Suggestion { id: "gedeelde-visie.04", text: "Alle onderdelen van de strategie op één lijn brengen (alignement) en de samenhang uitleggen." },
            Suggestion { id: "gedeelde-visie.05", text: "De visie visueel ondersteunen, bijvoorbeeld met een poster of symbolen." },
            Suggestion { id: "gedeelde-visie.06", text: "Een verhaal of metafoor bedenken waardoor de visie makkelijk is te onthouden." },
            Suggestion { id: "gedeelde-visie.07", text: "Bij elk besluit over beleid of strategie uitleggen hoe deze bijdraagt aan het realiseren van de visie." },
            Suggestion { id: "gedeelde-visie.08", text: "Kernbegrippen uit de visie veelvuldig laten terugkomen in het managementoverleg en teamoverleg – als vast onderdeel van de agenda." },
            Suggestion { id: "gedeelde-visie.09", text: "De visie voorleven in gedrag en communicatie (voorbeeldgedrag)." },
            Suggestion { id: "gedeelde-visie.10", text: "Met elkaar bespreken welk gedrag nu wel of juist niet bij de visie past." },
            Suggestion { id: "gedeelde-visie.11", text: "Nieuwe medewerkers meenemen in de visie en ambitie, inclusief bedoeling en achtergrond." },
            Suggestion { id: "gedeelde-visie.12", text: "Het managementteam/middenmanagement helpen bij de concrete vertaling van de visie naar de werkvloer. Dit kan via personeelsbeleid, kwaliteitsbeleid, financieel beleid. Ook het opnemen als vast agendapunt van de teamvergadering en de jaarlijkse gesprekken kan bijdragen." },
            Suggestion { id: "gedeelde-visie.13", text: "De visie vertalen naar doelen (KPI's) (zowel op individueel niveau als op groeps- en organisatieniveau)." },
            Suggestion { id: "gedeelde-visie.14", text: "Medewerkers vragen hoe ze kunnen/willen bijdragen aan de visie." },
            Suggestion { id: "gedeelde-visie.15", text: "De visie regelmatig evalueren met interne en externe betrokkenen en zo nodig bijstellen." },
            Suggestion { id: "gedeelde-visie.16", text: "De visie elk jaar opnieuw vaststellen met het team." },
        ],
        reading: &["Samen de ambitie van leren bepalen", "Hoe leiderschap en visie bij elkaar horen", "Modellen om tot een visie te komen", "Blog: Visionair leiderschap", "Effectieve interventies om met het team een duurzame visie op onderwijs te ontwikkelen", "Bestuursportretten"],
    },
    CardText {
        intro: "Door alle medewerkers te stimuleren en faciliteren om te leren op de werkvloer en zich te professionaliseren, kunnen zij omgaan met de veranderende context. Zij werken dan voortdurend samen met collega's aan het verbeteren van werkprocessen binnen het eigen team en daarmee aan de organisatiedoelen en aan het vergroten van hun expertise.",
        explanations: [
            "Zorgen voor mogelijkheden voor medewerkers om te leren als onderdeel van de werkzaamheden tijdens het werk (bijvoorbeeld het bespreken van kwaliteitscijfers, verdiepen in onderzoek, reflecteren op werkprocessen, gesprekken over verbetering).",
            "Zorgen voor een leercultuur, een cultuur waarin leren en professionalisering vanzelfsprekend is (zowel training en scholing als leren met collega's in een werkgroep/leergemeenschap).",
        ],
        quotes: &[
            Quote { role: Role::Leidinggevende, paragraphs: &["Voor nieuwe medewerkers bieden we verplichte modules om onze werkwijze en houding naar cliënten aan te leren. Tegelijkertijd stimuleren we eigen initiatief en ontwikkeling, waardoor medewerkers steeds meer beseffen dat ze zich verder kunnen ontwikkelen. Onze inzet wordt erkend en collega's denken actiever na over hun persoonlijke groei."] },
            Quote { role: Role::HrManager, paragraphs: &["Een medewerker was zoekende hoe hij zijn expertise meer in dienst kon stellen van de organisatie. Hij kreeg de opdracht om de verbinding tussen onderwijs en onderzoek te verbeteren. Nu kan hij zijn kennis kwijt in een post-bachelor opleiding, en kan hij die ook nog eens koppelen aan het werkveld. Dat vind ik een mooi voorbeeld van hoe je de expertise en de ambities van iemand kan koppelen aan datgene waar je intern als organisatie voor staat, maar ook naar buiten toe kan uitdragen."] },
        ],
        suggestions_heading: "Ontwikkelsuggesties voor leiders",
        suggestions: &[
            Suggestion { id: "leren-op-de-werkvloer.01", text: "Een veilige leeromgeving voor medewerkers creëren door gedragscodes af te spreken en informele ontmoeting te stimuleren." },
            Suggestion { id: "leren-op-de-werkvloer.02", text: "Zelf bijdragen aan een veilig leer- en werkklimaat door open, transparant en voorspelbaar te zijn en door medewerkers uit te nodigen vragen te stellen en feedback te geven." },
            Suggestion { id: "leren-op-de-werkvloer.03", text: "Uitdragen dat ontwikkeling en professionalisering belangrijke onderdelen van elke functie zijn." },
            Suggestion { id: "leren-op-de-werkvloer.04", text: "Tijdens werkprocessen ruimte inbouwen voor reflectie, evaluatie, gesprekken over kwaliteit en laten zien dat je hier waarde aan hecht." },
            Suggestion { id: "leren-op-de-werkvloer.05", text: "In het werk ruimte maken voor medewerkers om te experimenteren en hiervan te leren." },
            Suggestion { id: "leren-op-de-werkvloer.06", text: "Ontwikkel- en gesprekscycli inrichten gericht op de ontwikkeling van medewerkers en het zoeken naar uitdagende taken, waarvan ze kunnen leren." },
            Suggestion { id: "leren-op-de-werkvloer.07", text: "Medewerkers stimuleren om eigen ontwikkeldoelen te formuleren en deze te relateren aan de team/organisatiedoelen." },
            Suggestion { id: "leren-op-de-werkvloer.08", text: "Inventariseren wat medewerkers (inhoudelijk en voorwaardelijk) nodig hebben om een volgende stap te zetten in hun professionele ontwikkeling (tijd, ruimte, materialen etc.)." },
            Suggestion { id: "leren-op-de-werkvloer.09", text: "Medewerkers stimuleren om taken en rollen op te pakken die passen bij hun ontwikkeldoelen en hen hierin te coachen waar nodig." },
            Suggestion { id: "leren-op-de-werkvloer.10", text: "Met medewerkers mogelijke loopbaanpaden bespreken." },
            Suggestion { id: "leren-op-de-werkvloer.11", text: "Medewerkers stimuleren om een opleiding/cursus te volgen die aansluit bij hun persoonlijke ontwikkeldoelen en bij de organisatiedoelen." },
            Suggestion { id: "leren-op-de-werkvloer.12", text: "Medewerkers stimuleren om zelf (samen met collega's) leeractiviteiten te organiseren, bijvoorbeeld een werkbezoek, congres of een verdiepende literatuurstudie of een nieuwe aanpak uitproberen." },
            Suggestion { id: "leren-op-de-werkvloer.13", text: "Zelf een voorbeeldrol vervullen: laten zien dat je als leider voortdurend leert en dat je gebruik maakt van kennis uit onderzoek en van expertise binnen en buiten de organisatie." },
            Suggestion { id: "leren-op-de-werkvloer.14", text: "Duidelijk maken wat de relatie is tussen professionaliseringsactiviteiten en de koers/ambitie en waarden van de organisatie (het 'waartoe' van professionalisering)." },
            Suggestion { id: "leren-op-de-werkvloer.15", text: "Medewerkers mogelijkheden geven om dat wat ze in cursussen/trainingen hebben geleerd in de praktijk te brengen." },
            Suggestion { id: "leren-op-de-werkvloer.16", text: "Ervoor zorgen dat (team)professionalisering onderdeel is van het dagelijkse werk van medewerkers." },
            Suggestion { id: "leren-op-de-werkvloer.17", text: "Teambijeenkomsten zo inrichten dat er ruimte is voor leren van elkaar en gezamenlijke reflectie op de kwaliteit van het werk." },
        ],
        reading: &["HRD en het optimaliseren van processen in een organisatie", "NRO themapagina: Professionalisering en ontwikkeling", "Effectieve kenmerken en strategieën voor professionalisering", "Het leerpotentieel van leren op de werkplek", "Leren op de werkvloer", "Artikel: Bouwstenen van een integrale leercultuur"],
    },
    CardText {
        intro: "Door de samenwerking tussen medewerkers binnen de teams op verschillende manieren (zoals werkoverleg, community vorming) te bevorderen, wordt er van elkaar geleerd en wordt elkaars expertise benut. Op deze manier kunnen uitdagingen succesvol worden opgepakt.",
        explanations: [
            "Zorgen voor voldoende tijd, middelen en manieren om met elkaar samen te werken, hetzij binnen een team/afdeling, of tussen teams/afdelingen.",
            "Stimuleren dat de geboden mogelijkheden voor samenwerken door de medewerkers worden opgepakt en worden gebruikt om van elkaar te leren en elkaars expertise te gebruiken bij de uitvoering van het werk.",
        ],
        quotes: &[
            Quote { role: Role::HrManager, paragraphs: &["Mensen moeten kunnen uitvoeren wat ze samen hebben bedacht. Daarin is de oudere garde afwachtender dan de jonge generatie, die juist gebaat is bij autonomie en vrijheid om dingen te doen en beslissen. Dat is ook nodig als we willen presteren in de huidige markt."] },
            Quote { role: Role::Leidinggevende, paragraphs: &["In een lerende organisatie moet je ook leren van fouten, en zorgen dat het de volgende keer niet gebeurt. Technische en menselijke fouten worden vastgelegd, gelogd en geëvalueerd. Iemand uit de organisatie is hiervoor verantwoordelijk en ik [CEO] neem de rol als beoordelaar. Ik ben ondernemer, maar ik wil ook ondernemers in mijn onderneming. Dus dat men zich bewust is van zijn eigen verantwoordelijkheden binnen het team. En, hoe complex het soms ook is of hoe klein de materie waar je verantwoordelijk voor bent, we zijn allemaal een onderdeel van de complete keten, dus elk radertje kan onderdeel zijn van een goed of juist niet goed resultaat."] },
        ],
        suggestions_heading: "Ontwikkelsuggesties voor leiders",
        suggestions: &[
            Suggestion { id: "teamleren.01", text: "Verschillende vormen van samen leren organiseren, waarin medewerkers (en leidinggevenden) met elkaar samenwerken en leren, bijvoorbeeld ontwikkelgroepen en leerkringen." },
            Suggestion { id: "teamleren.02", text: "Stimuleren dat leidinggevenden met elkaar én in hun eigen team(s) de dialoog voeren over kwaliteit en ontwikkeling, dat zij hierbij gebruikmaken van bestaande en nieuwe kennis en reflecteren op wat goed gaat en wat beter kan." },
            Suggestion { id: "teamleren.03", text: "In de teams een veilig klimaat bevorderen door elkaar te leren kennen en open en respectvol te communiceren." },
            Suggestion { id: "teamleren.04", text: "Tijd creëren voor (informele) gesprekken over het werk en regelmatig stilstaan bij de vraag wat de leidinggevenden en de medewerkers onder goede samenwerking verstaan." },
            Suggestion { id: "teamleren.05", text: "Tijdens overleg gezamenlijk begrippen definiëren en steeds checken of je elkaar goed begrijpt." },
            Suggestion { id: "teamleren.06", text: "Samen nagaan of een bewering is 'bewezen' of voortkomt uit een 'onderbuikgevoel'." },
            Suggestion { id: "teamleren.07", text: "Vakliteratuur lezen en samen kritisch bespreken: zien wij dit ook in onze organisatie? Wat zijn onze ervaringen? Hoe kunnen we dat verklaren?" },
            Suggestion { id: "teamleren.08", text: "Stimuleren dat leidinggevenden van elkaar leren, bijvoorbeeld door audits, collegiale consultatie en intervisie." },
            Suggestion { id: "teamleren.09", text: "HRM-beleid inzetten op collectief leren, bijvoorbeeld door gezamenlijk ontwikkelgesprekken te voeren." },
            Suggestion { id: "teamleren.10", text: "Het professionaliseringsaanbod richten op collectief leren en een aanbod realiseren voor teams." },
            Suggestion { id: "teamleren.11", text: "Stimuleren dat leidinggevenden deelnemen aan netwerken en samenwerkingsverbanden die bijdragen aan de doelstellingen van de eigen organisatie." },
            Suggestion { id: "teamleren.12", text: "Stimuleren van het leren met en van elkaar door medewerkers uit te dagen hun eigen expertise te delen met anderen, bijvoorbeeld \"maatjeswerk\" (buddysysteem), intervisie, collegiale consultatie." },
        ],
        reading: &["Artikel: Het bevorderen van een leercultuur in het MKB", "Podcast: Hoe haal je het meeste uit samenwerking binnen teams?", "Podcast 'Als alle stemmen spreken' deep democracy in de organisatie", "Onderzoeksrapport: Vitaal samenwerken in teams in MKB", "NRO themapagina: Schoolontwikkeling en verbetercultuur", "Artikel: Het samen leren in organisaties", "Bestuursportretten"],
    },
    CardText {
        intro: "Als feedbackprocessen goed zijn ingericht, zowel op medewerkersniveau als op systeemniveau, kun je de feedback systematisch gebruiken om van te leren en om de kwaliteit van processen en output te verhogen.",
        explanations: [
            "Actief stimuleren en belonen dat medewerkers de kwaliteit van hun werk willen verbeteren, gezamenlijk met verbetervoorstellen komen en elkaar feedback vragen. Zorg dragen voor psychologische veiligheid.",
            "Structureel feedback en gegevens verzamelen en benutten over de voortgang en kwaliteit (afzet, kwaliteit, klanttevredenheidsgegevens, tevredenheid van medewerkers, e.d.) voor het verbeteren van het eigen werk.",
        ],
        quotes: &[
            Quote { role: Role::Leidinggevende, paragraphs: &["Laatst stond er een opmerking dat ik minder bereikbaar was. Ik begreep het niet, want wij streven juist naar een open cultuur en structuur. Ik heb erop doorgevraagd en wat bleek: een tijd lang was mijn deur vaak dicht omdat tegenover mij een extern bureau veel zat te bellen, ik vond dat storend. Maar medewerkers hadden daardoor het idee dat ze niet binnen mochten lopen. Ik had daar niet bij stilgestaan."] },
            Quote { role: Role::HrManager, paragraphs: &["Als leidinggevende vind ik het mijn taak om een cultuur te creëren waarin medewerkers zich veilig voelen om alles te kunnen zeggen. In de HR-gesprekken geven medewerker en leidinggevende elkaar altijd één compliment en één verbeterpunt mee. Dus ik ontvang dan ook een compliment en een verbeterpunt van de medewerker.", "Medewerkers ervaren zo ook dat ik opensta voor verbetering, en dat ze het me kunnen meegeven als ik bijvoorbeeld transparanter had moeten zijn of te snel ben gegaan in een bepaald proces. Op die manier probeer ik die veilige cultuur ook te creëren. Maar ik merk er wel verschil in; sommige collega's vinden het lastiger om mij feedback te geven."] },
        ],
        suggestions_heading: "Ontwikkelsuggesties voor leiders",
        suggestions: &[
            Suggestion { id: "feedbackprocessen.01", text: "Stimuleren dat medewerkers elkaars kwaliteiten kennen en elkaar om hulp vragen, door good practices en uitdagingen op de werkvloer samen te bespreken." },
            Suggestion { id: "feedbackprocessen.02", text: "Een 'bespreekcultuur' creëren (in plaats van een 'aanspreekcultuur'), door regelmatig tijd te maken om verwachtingen naar elkaar toe uit te spreken, de kwaliteit van ieders werk te bespreken en irritaties bespreekbaar te maken." },
            Suggestion { id: "feedbackprocessen.03", text: "Medewerkers vooral stimuleren om feedback te vragen. Feedback geven wordt vaak ervaren als ongevraagd advies en kan leiden tot psychologische onveiligheid." },
            Suggestion { id: "feedbackprocessen.04", text: "Stimuleren en organiseren dat leidinggevenden en medewerkers feedback aan elkaar vragen gericht op moeilijke situaties op de werkvloer en hun eigen leer- of ontwikkeldoelen." },
            Suggestion { id: "feedbackprocessen.05", text: "In het kader van personele kwaliteit bij diverse betrokkenen (mondelinge) feedback verzamelen en benutten, bijvoorbeeld door een gevalideerd instrument in te zetten en de uitkomsten met de medewerkers te bespreken." },
            Suggestion { id: "feedbackprocessen.06", text: "Zelf als leidinggevende en HR-functionaris een voorbeeldrol aan te nemen door ontwikkelingsgerichte feedback te vragen aan collega's." },
            Suggestion { id: "feedbackprocessen.07", text: "Een open cultuur creëren die is gebaseerd op vertrouwen, door informele bijeenkomsten te organiseren en aandacht te hebben voor ieders mening en (eventueel met een coach) inspanningen en meningsverschillen respectvol te bespreken." },
            Suggestion { id: "feedbackprocessen.08", text: "Het belang en de kenmerken van goede feedback bespreken en de teams faciliteren om zich hierin te professionaliseren." },
            Suggestion { id: "feedbackprocessen.09", text: "Waardering uitspreken voor medewerkers (en leidinggevenden) die kritische vragen stellen en hun eigen werk ter discussie stellen." },
            Suggestion { id: "feedbackprocessen.10", text: "Momenten organiseren waarop medewerkers feedback kunnen vragen aan collega's met specifieke expertise." },
            Suggestion { id: "feedbackprocessen.11", text: "Voor alle afdelingen en teams een duidelijke doelstelling formuleren en ervoor zorgen dat er regelmatig terugkoppeling plaatsvindt naar de medewerkers." },
            Suggestion { id: "feedbackprocessen.12", text: "Verschillen tussen leidinggevenden en medewerkers erkennen en waarderen." },
            Suggestion { id: "feedbackprocessen.13", text: "Je ervan bewust zijn dat feedback krijgen emoties kan oproepen en dit bespreekbaar maken." },
            Suggestion { id: "feedbackprocessen.14", text: "Zorgvuldig organisaties en personen selecteren aan wie je (specifieke) feedback wilt vragen." },
            Suggestion { id: "feedbackprocessen.15", text: "Klachten en kritiek beschouwen als feedback waarvan je kunt leren." },
        ],
        reading: &["Blog: Data geïnformeerd versus data gedreven besluitvorming", "Video: Waarom denken we dat we geweldige werknemers zijn?", "Video: Waarom gedogen veel bedrijven slecht presterende medewerkers?", "Infographic: Feedback als basis voor de lerende organisatie", "Hoe kan feedback motiveren om te professionaliseren?", "Artikel: De invloed van feedback op teamprestaties", "Artikel: Het belang van vertrouwen", "Bestuursportretten"],
    },
    CardText {
        intro: "Samenwerking met andere organisaties, externe experts en stakeholders kan leiden tot andere inzichten in de kwaliteiten van de eigen organisatie, waardoor betere keuzes worden gemaakt wat betreft visie, beleid en uitvoering op de werkvloer.",
        explanations: [
            "Samenwerking zoeken met externe partners die kunnen bijdragen aan de eigen organisatiedoelen. Stimuleren dat medewerkers op alle organisatieniveaus kansen signaleren in de omgeving en nagaan hoe deze binnen de organisatie kunnen worden benut.",
            "Ervoor zorgen dat de samenwerking met partners bijdraagt aan de organisatiedoelen en de professionalisering. Ervoor zorgen dat medewerkers op alle niveaus een goed inzicht hebben in hoe zij kunnen bijdragen aan de samenwerking met andere organisaties/omgeving.",
        ],
        quotes: &[
            Quote { role: Role::Leidinggevende, paragraphs: &["We halen ook nieuwe kennis in huis. Zo hebben we een PhD [onderzoeker] in huis gehaald die nu fundamentele kennis opbouwt, gericht op onze materialen en producten en deelt die met de organisatie. Daar worden tijd en geld voor vrij gemaakt."] },
            Quote { role: Role::Leidinggevende, paragraphs: &["[Alliantiepartners X en Y] zijn bijvoorbeeld erg goed in techniek, efficiëntie en opschaling. Dus als wij een machine gaan aanschaffen voor een bepaald marktgebied, dan vraag ik aan hen advies: welke merken zijn geschikt? Dat versnelt mijn proces. En als ik nu weer voor de keuze zou staan om een nieuwe vestiging te openen of activiteit op te starten, zou ik daar eerst uitgebreid met hen over spreken. Dat zou mij destijds zeker geholpen hebben."] },
        ],
        suggestions_heading: "Aandachtspunten en suggesties",
        suggestions: &[
            Suggestion { id: "partners.01", text: "Bewust partners kiezen die kunnen bijdragen aan de organisatiedoelen, bijvoorbeeld branchegenoten, brancheorganisatie(s), kennisinstellingen of opleidingsinstituten." },
            Suggestion { id: "partners.02", text: "In gesprekken met stakeholders vragen naar feedback voor het verbeteren van de organisatie." },
            Suggestion { id: "partners.03", text: "Medewerkers (en leidinggevenden) stimuleren om deel te nemen aan kennis- of expertnetwerken." },
            Suggestion { id: "partners.04", text: "Nagaan welke expertise de huidige partners inbrengen en wat je eigen organisatie te bieden heeft. Wederzijdse verwachtingen, motieven en belangen bespreken." },
            Suggestion { id: "partners.05", text: "Samenwerkingsdoelen formuleren en deze regelmatig evalueren en bijstellen. De samenwerking beëindigen (met behoud van relaties) als doelen niet worden behaald." },
            Suggestion { id: "partners.06", text: "Medewerkers (en leidinggevenden) laten meeprofiteren van je eigen netwerk, onder meer door regelmatig kennis te delen." },
            Suggestion { id: "partners.07", text: "Medewerkers (of leidinggevenden) meenemen naar voor hen leerzame strategische besprekingen met partners." },
            Suggestion { id: "partners.08", text: "De kwaliteit van de samenwerking met huidige partners bespreekbaar maken en hierop interveniëren." },
            Suggestion { id: "partners.09", text: "Met medewerkers bespreken waar ze kansen zien in de samenwerking met partners en wat ze daar zelf in kunnen betekenen om die samenwerking te ontwikkelen." },
        ],
        reading: &["Blog: Samenwerking in een complexe omgeving", "Blog: De buitenwereld binnenhalen", "Blog: Waardengedreven samenspel tussen organisaties", "Wat is samenwerken?", "Podcast over samenwerken", "Artikel: Krachtig lerende netwerken", "Bestuursportretten"],
    },
    CardText {
        intro: "De organisatie is gericht op het blijven zoeken naar nieuwe mogelijkheden voor ondernemen en kwaliteitsverbetering en werkt hier op een systematische en onderzoeksmatige manier aan. De organisatie leert van mislukkingen en leert steeds betere keuzes te maken.",
        explanations: [
            "Stimuleren van medewerkers om voortdurend gericht te zijn op het verbeteren van het werk en hier systematisch aan te werken door gegevens te verzamelen en analyseren en resultaten van onderzoek te gebruiken.",
            "Een voorbeeldrol vervullen door zelf voortdurend op zoek te blijven naar verbetermogelijkheden en hiervoor systematisch gegevens te analyseren.",
        ],
        quotes: &[
            Quote { role: Role::Leidinggevende, paragraphs: &["Medewerkers gaan verschillend om met de audits. Ze moeten openheid van zaken geven en laten zien hoe ze werken, waar verbeterpunten liggen. Sommige werknemers die hier al 15 jaar werken, zijn dat minder gewend. Die moet je erin meenemen. En sommigen zijn heel zelfverzekerd, maar doorlopen in het proces niet alle stappen volgens de regels. Dat is goed voor de snelheid, maar het is ook van belang dat de vinkjes worden gezet."] },
            Quote { role: Role::HrManager, paragraphs: &["Wij gaan steeds meer richting een hybride organisatiestructuur waarbij we data en kennis democratiseren. Wij hebben geen management- maar een medewerkerinformatiesysteem en gaan voor radicale transparantie. Bijna alle data in het bedrijf zijn openbaar, zoals kwaliteit, doorlooptijden, financiële gegevens en ziekteverzuim.", "Het delen van kennis zorgt ervoor dat we ons op een andere manier kunnen organiseren, je zit niet aan tafel vanwege je functietitel maar vanwege de kennis en ervaring die je inbrengt."] },
        ],
        suggestions_heading: "Aandachtspunten en suggesties",
        suggestions: &[
            Suggestion { id: "kwaliteitscultuur.01", text: "De stand van zaken (expertise, behoeften) op het gebied van onderzoeksmatig werken aan kwaliteitsverbetering binnen de organisatie in kaart brengen (gegevens verzamelen, onderzoeksgegevens benutten, monitoren, evalueren)." },
            Suggestion { id: "kwaliteitscultuur.02", text: "Gezamenlijke ambities formuleren voor onderzoeksmatig werken aan kwaliteitsdoelen." },
            Suggestion { id: "kwaliteitscultuur.03", text: "Teamleiders/afdelingsleiders vragen om hiervoor concrete doelstellingen te formuleren en hen hierop regelmatig bevragen (gekoppeld aan de kwaliteitscyclus)." },
            Suggestion { id: "kwaliteitscultuur.04", text: "Medewerkers (en leidinggevenden) stimuleren om systematisch, volgens een onderzoekscyclus, te werken aan een verbetering en stimuleren dat ze hierover kennis en ervaringen met elkaar uitwisselen." },
            Suggestion { id: "kwaliteitscultuur.05", text: "Een kwaliteitszorgstructuur inrichten waarin duidelijk is welke gegevens voor welke afdeling nodig zijn. De aard en kwaliteit van de gegevens regelmatig bespreken." },
            Suggestion { id: "kwaliteitscultuur.06", text: "Medewerkers informeren over/toegang geven tot relevante cijfers en andere gegevens over de organisatie, waarmee ze de kwaliteit van hun werk kunnen verbeteren." },
            Suggestion { id: "kwaliteitscultuur.07", text: "Systematisch (en veilig) gegevens verzamelen en deze gebruiken om keuzes in strategie, planning, organisatie en tactiek te onderbouwen." },
            Suggestion { id: "kwaliteitscultuur.08", text: "Professionalisering in onderzoeksmatig werken en kwaliteitszorg stimuleren." },
            Suggestion { id: "kwaliteitscultuur.09", text: "Uitwisseling stimuleren tussen teamleiders over de wijze waarop zij een lerende houding van hun medewerkers bevorderen." },
            Suggestion { id: "kwaliteitscultuur.10", text: "Een onderzoekende houding voorleven (vragen stellen, nieuwsgierig zijn, reflectieve houding, onderbouwen van je keuzes, benutten van onderzoek en data)." },
            Suggestion { id: "kwaliteitscultuur.11", text: "Samenwerken met opleidingen en gebruikmaken van hun onderzoeksexpertise." },
            Suggestion { id: "kwaliteitscultuur.12", text: "Ruimte maken op teambijeenkomsten voor kennisdeling, waarbij de expertise van theoretisch opgeleide/academische medewerkers wordt benut." },
            Suggestion { id: "kwaliteitscultuur.13", text: "Organiseren van audits, gericht op het verbeteren van de kwaliteit van werkprocessen. Leren van elkaar stimuleren en faciliteren, bijvoorbeeld door een dag mee te lopen in een ander team, of door feedback vragen aan elkaar te stimuleren." },
            Suggestion { id: "kwaliteitscultuur.14", text: "Medewerkers (en leidinggevenden) stimuleren om na te gaan of hun aannames kloppen en hen hierover kritisch bevragen." },
            Suggestion { id: "kwaliteitscultuur.15", text: "Kennis uit externe bronnen (podcasts, artikelen, etc.) inbrengen en medewerkers (en leidinggevenden) vragen om dit ook te doen." },
        ],
        reading: &["Artikel: Bevorderen van een leercultuur in het MKB", "Blog: Continu verbeteren door continu experimenteren", "Podcast: Managementmodellen voor kwaliteitsmanagement", "Artikel: Het belang van evidence-informed innoveren", "Artikel: Kwaliteitscultuur in het hbo", "Bestuursportretten"],
    },
    CardText {
        intro: "Medewerkers met een bepaalde expertise het voortouw laten nemen om zo informeel leiderschap te ontwikkelen. Medewerkers die expertise ontwikkelen op een bepaald gebied krijgen erkenning door uitbreiding van taken, verantwoordelijkheden of een leidende rol binnen de organisatie.",
        explanations: [
            "Ruimte geven aan medewerkers met bepaalde expertise en talenten om leiderschap te nemen en het voortouw te pakken in ontwikkelingen (en hen positioneren en zelf meer een coachende rol innemen).",
            "Medewerkers stimuleren hun expertise en talenten verder te ontwikkelen en hen mogelijkheden bieden om deze in te zetten door hen verantwoordelijkheid te geven.",
        ],
        quotes: &[
            Quote { role: Role::Leidinggevende, paragraphs: &["Je moet niet zelf de doelpunten willen maken. Ik probeer mensen ook altijd uit te nodigen om zelf een antwoord te vinden: wat zou jij doen en waarom, geef eens een argument. Ja dat duurt even, maar nu komen ze binnen met een vraag en zeggen ze: ik heb al nagedacht vast, ik denk zelf zus en zo."] },
            Quote { role: Role::HrManager, paragraphs: &["Dankzij de leadership journey verkennen leidinggevenden de lat voor hun rol en de betekenis van ontwikkeling in hun teams. Aanvankelijk bestonden er verschillen in visie en vaardigheden, maar de reis heeft geleid tot een helderder begrip van leiderschap.", "Deze individuele reis delen we en leren we van elkaar. De groei van de deelnemers is opmerkelijk. De reis zet zich voort; we geven vorm aan de volgende fase in een snel veranderende, hightech omgeving. Stilstand is geen optie, en we gunnen elke medewerker voortdurende ontwikkeling."] },
        ],
        suggestions_heading: "Aandachtspunten en suggesties",
        suggestions: &[
            Suggestion { id: "eigenaarschap.01", text: "De specifieke expertise van medewerkers en leidinggevenden in beeld brengen, waarderen en zichtbaar maken." },
            Suggestion { id: "eigenaarschap.02", text: "In beeld brengen welke expertises de organisatie nog nodig heeft en hierin voorzien." },
            Suggestion { id: "eigenaarschap.03", text: "Medewerkers stimuleren om op basis van hun expertise leiding te geven aan kwaliteitsontwikkeling of projectgroepen en een rol te spelen bij teamsessies en professionalisering." },
            Suggestion { id: "eigenaarschap.04", text: "Leidinggevenden stimuleren om expertise van medewerkers te benutten en hen daarbij te ondersteunen." },
            Suggestion { id: "eigenaarschap.05", text: "De mate van gespreid leiderschap voortdurend afstemmen op de ontwikkelfase van het team/de medewerker en de situatie (balans tussen ruimte bieden en sturen)." },
            Suggestion { id: "eigenaarschap.06", text: "Medewerkers met bepaalde specialisaties bepaalde taken/rollen laten vervullen, bijvoorbeeld kwaliteit bewaken, nieuwe ontwikkelingen volgen, collega's coachen." },
            Suggestion { id: "eigenaarschap.07", text: "HRM-beleid voeren dat is gericht op doorontwikkeling en loopbaankansen van medewerkers en het creëren van uitdagende taken/rollen voor specialisten." },
            Suggestion { id: "eigenaarschap.08", text: "Met leidinggevenden in gesprek over leiderschapsopvattingen en hun rol bij gespreid leiderschap." },
            Suggestion { id: "eigenaarschap.09", text: "Leidinggevenden stimuleren om binnen het team de dialoog te voeren over (het belang van) gespreid leiderschap." },
            Suggestion { id: "eigenaarschap.10", text: "Rol en verwachtingen ten aanzien van leiderschap in het team bespreekbaar maken." },
            Suggestion { id: "eigenaarschap.11", text: "De specifieke expertise van schoolleiders, stafmedewerkers en specialisten (teacher leaders) in beeld brengen, waarderen en zichtbaar maken." },
            Suggestion { id: "eigenaarschap.12", text: "HRM-beleid voeren dat leidt tot een diversiteit aan (leiderschaps)expertise: personeel werven met specifieke expertise (bijvoorbeeld zij-instromers), schoolleiders/leraren loopbaankansen geven en hen stimuleren om zich te specialiseren." },
            Suggestion { id: "eigenaarschap.13", text: "Niveauverschillen tussen teams (zwakke en sterke teams) voorkomen door de expertise van teamleiders op verschillende teams in te zetten, bijvoorbeeld co-leiderschap, tijdelijk extra teamleider inzetten, wisselen (mobiliteit), coaching, werken in duo's op thema's." },
        ],
        reading: &["Podcast: Kunnen teams functioneren zonder formele leider?", "Blog: Besluitvorming bij gespreid leiderschap", "Onderzoeksrapport: MKB Nederland over duurzame inzetbaarheid", "Advies van de Onderwijsraad: De krachtige rol van schoolleiders", "Artikel: Gespreid leiderschap"],
    },
    CardText {
        intro: "Een passende organisatiestructuur en congruent beleid dragen bij aan optimale voorwaarden voor een lerende organisatie.",
        explanations: [
            "Organiseren van een overleg- en besluitvormingsstructuur gericht op samenwerking, professionalisering en benutten van expertise van medewerkers, passend bij een lerende organisatie.",
            "Beleid ontwikkelen dat een lerende organisatie faciliteert, denk aan vertrouwen en afstemming tussen de diverse werkdisciplines gericht op het bevorderen van samenwerking.",
        ],
        quotes: &[
            Quote { role: Role::HrManager, paragraphs: &["De overlegstructuur binnen de organisatie is goed op orde, het management wil vooral meer sturen op de samenwerking. Voorwaarde daarvoor is dat de verantwoordelijkheden helder zijn. Dan kan er bewustwording komen en vertrouwen dat de ander doet wat je van hem mag verwachten. Er wordt op termijn veel expertise voorzien vanuit de nieuwe medewerkers, daaruit zullen persoonlijke ontwikkelingsplannen en teamplannen volgen."] },
            Quote { role: Role::Leidinggevende, paragraphs: &["Ik vind duurzame ontwikkeling essentieel voor de toekomst. Volgens mij hebben we er veel meer aan om ons bestaande personeel uit te dagen en te laten groeien, dan het team te vernieuwen. Vrijwel alle medewerkers van wie wij afscheid genomen hebben, waren medewerkers die om welke reden dan ook zich niet meer wilden ontwikkelen. Die op een gegeven moment gewoon buiten de boot gingen vallen en die tien jaar geleden heel erg goed waren, maar die niet mee willen of kunnen in bijvoorbeeld het robotiseren en automatiseren. En soms heeft dat bij collega’s weleens tot een zucht van verlichting geleid."] },
        ],
        suggestions_heading: "Aandachtspunten en suggesties",
        suggestions: &[
            Suggestion { id: "structuur-en-beleid.01", text: "Betekenisvolle overleggen organiseren met ruimte voor dialoog en samen leren met management, medewerkers en staf." },
            Suggestion { id: "structuur-en-beleid.02", text: "Van alle overleggen de doelen expliciteren (met aandacht voor het leren van elkaar)." },
            Suggestion { id: "structuur-en-beleid.03", text: "Ervoor zorgen dat de inrichting van het stafbureau past bij de omvang en ontwikkelingsfase van de organisatie." },
            Suggestion { id: "structuur-en-beleid.04", text: "Gevalideerde methodieken/instrumenten gebruiken om de kwaliteit van (netwerk)bijeenkomsten te bevorderen." },
            Suggestion { id: "structuur-en-beleid.05", text: "Een structuur inrichten waarin specialisten op hun eigen expertisegebied leiding nemen." },
            Suggestion { id: "structuur-en-beleid.06", text: "Transparant zijn over besluitvormingsprocessen, besluiten goed onderbouwen en regelmatig evalueren." },
            Suggestion { id: "structuur-en-beleid.07", text: "Waarborgen dat alle medewerkers en partners over relevante informatie beschikken. Organiseren dat relevante informatie goed is te begrijpen en snel en eenvoudig is te vinden." },
            Suggestion { id: "structuur-en-beleid.08", text: "Transparantie en coherentie in managementgedrag bevorderen door deze te baseren op de visie." },
            Suggestion { id: "structuur-en-beleid.09", text: "Nadruk leggen op het verdelen van verantwoordelijkheden in plaats van taken." },
            Suggestion { id: "structuur-en-beleid.10", text: "Een cultuur creëren die is gebaseerd op vertrouwen, gelijkwaardigheid, openheid, transparantie, respect en op een ontwikkelingsgerichte visie." },
            Suggestion { id: "structuur-en-beleid.11", text: "Werk maken van strategisch personeelsbeleid op een manier die bijdraagt aan de organisatiedoelen." },
            Suggestion { id: "structuur-en-beleid.12", text: "De strategie baseren op de visie, zodat de diverse afdelingen onderling zijn verbonden." },
        ],
        reading: &["Uitleg van een Rijnlandse besturingsfilosofie", "Toolkit: Efficiënt en effectief samenwerken aan innovaties", "Blog: Nieuw organiseren", "Blog: Organisatiestructuur blijft", "Longread: Zelforganisatie", "Artikel: Besluitvorming in een lerende organisatie", "Onderzoeksartikel: Communicatie in veranderprocessen"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_introduction_points_to_no_figure() {
        // The deck's "Figuur 1" (the eight dimensions) is not part of the app; the guide
        // lists the dimensions under its own heading instead.
        assert!(INTRO.iter().all(|p| !p.contains("Figuur")));
        assert!(INTRO[1].contains("zijn geformuleerd. Aan de hand van de acht dimensies"));
    }
}

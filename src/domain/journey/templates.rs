//! Templates for development tracks, written for this app from four real tracks: an MT
//! journey (2 offsites and 3 working sessions in 8–12 weeks), monthly team sessions from
//! September to June, a corporate plan translated to one's own site, and strategy turned
//! into behaviour in three steps prepared in design sessions.

use chrono::NaiveDate;

use super::schedule::{monthly, spread, weeks_between};
use super::{Budget, Focus, Plan, Reflection, Session, SessionKind};

/// A session as a template describes it.
#[derive(Debug)]
pub struct SessionTemplate {
    /// Kind.
    pub kind: SessionKind,
    /// Title.
    pub title: &'static str,
    /// Focus.
    pub focus: Option<Focus>,
    /// Goals and themes.
    pub goals: &'static str,
}

/// An outcome measure a track proposes, with the change it aims for.
#[derive(Debug)]
pub struct MeasureTemplate {
    /// What is measured.
    pub name: &'static str,
    /// What it is about, in a few words.
    pub hint: &'static str,
    /// The change aimed for against the baseline, in whole percent (−35: 35% lower).
    pub target: i64,
}

/// A track to start a plan from.
#[derive(Debug)]
pub struct Template {
    /// Stable id.
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// One paragraph on what it is for.
    pub summary: &'static str,
    /// Default duration in weeks (ignored for monthly tracks, which span their months).
    pub weeks: u16,
    /// Allowed range of weeks, if the track prescribes one.
    pub weeks_range: Option<(u16, u16)>,
    /// Sessions once a month on the same weekday, instead of spread evenly.
    pub monthly: bool,
    /// The sessions in order.
    pub sessions: &'static [SessionTemplate],
    /// What happens between the sessions.
    pub between: &'static str,
    /// Dimensions the track works on by default (card ids).
    pub dimensions: &'static [&'static str],
    /// The outcome measures the track proposes (a plan starts one once its baseline is known).
    pub measures: &'static [MeasureTemplate],
}

const fn session(
    kind: SessionKind,
    title: &'static str,
    focus: Option<Focus>,
    goals: &'static str,
) -> SessionTemplate {
    SessionTemplate {
        kind,
        title,
        focus,
        goals,
    }
}

use Focus::{Ambitie, Reflectie, Ritme};
use SessionKind::{
    Bijeenkomst, Coaching, Designsessie, Intervisie, Kennisdag, Offsite, Werksessie,
};

/// All templates; an empty plan is [`EMPTY`].
pub const TEMPLATES: &[Template] = &[
    Template {
        id: super::MT_JOURNEY,
        name: "Directie/MT-journey: beweging creëren voor continu verbeteren",
        summary: "Een compact traject van 2 offsites en 3 werksessies in 8 tot 12 weken, gebouwd op ambitie, ritme en reflectie. Tussen de sessies passen de teamleden inzichten toe in hun werk (Action Learning) en brengen ze hun ervaringen terug in de volgende sessie. Gemaakt voor teams van 6 tot 12 deelnemers.",
        weeks: 10,
        weeks_range: Some((8, 12)),
        monthly: false,
        sessions: &[
            session(Offsite, "Offsite 1: koers en prioriteiten", Some(Ambitie), "Strategische verschuivingen en langetermijnprioriteiten verkennen, en wat die vragen van het dagelijks leiderschap. Onuitgesproken aannames, spanningen en dynamiek zichtbaar maken."),
            session(Werksessie, "Werksessie 1: besluitvorming en eigenaarschap", Some(Ritme), "Besluitvorming, eigenaarschap en samenwerkingsritmes verduidelijken, ook over afdelingen heen. Ritmes inrichten voor besluiten, voortgang en leren."),
            session(Werksessie, "Werksessie 2: Action Learning", Some(Ritme), "Strategische keuzes vertalen naar concreet gedrag en verbeteracties in de praktijk. De acties van de vorige sessie bespreken: wat werkte, wat niet?"),
            session(Werksessie, "Werksessie 3: leiderschapsrol en voorbeeldgedrag", Some(Reflectie), "Reflecteren op de eigen leiderschapsrol, voorbeeldgedrag en onderlinge verwachtingen."),
            session(Offsite, "Offsite 2: verankeren en vooruitkijken", Some(Reflectie), "Terugkijken op wat er in gedrag en samenwerking is veranderd, het ritme van continu verbeteren vastleggen en afspreken hoe het MT blijft leren."),
        ],
        between: "Action Learning in het dagelijks werk: elk teamlid past de inzichten toe, werkt aan de afgesproken verbeteracties en brengt de ervaringen terug in de volgende sessie. Optioneel: teamcoaching on the job.",
        dimensions: &["gedeelde-visie", "eigenaarschap", "feedbackprocessen"],
        measures: &[
            MeasureTemplate { name: "Doorlooptijd van verbeterinitiatieven", hint: "dankzij focus op outcome in plaats van output", target: -35 },
            MeasureTemplate { name: "Leiderschapsscore", hint: "na 4 maanden teamcoaching", target: 22 },
            MeasureTemplate { name: "Teamvertrouwen", hint: "door structurele feedback en gedeeld eigenaarschap", target: 40 },
            MeasureTemplate { name: "Implementatietijd", hint: "door een team dat versnelt én verankert", target: -30 },
        ],
    },
    Template {
        id: "maandelijks-cmt",
        name: "Teamvorming en sturing: maandelijkse sessies (september–juni)",
        summary: "Maandelijkse sessies met een concernteam dat in samenstelling en rol is veranderd. Twee lijnen die in elkaar overlopen: teamvorming en samenwerken, en sturingsfilosofie en voorbeeldgedrag. De nadruk ligt op gedrag en houding: elkaar kennen, weten wat je aan elkaar hebt en elkaar kunnen aanspreken.",
        weeks: 40,
        weeks_range: None,
        monthly: true,
        sessions: &[
            session(Werksessie, "Kennismaken en verwachtingen", Some(Ambitie), "Hernieuwde kennismaking. Wat verwachten we van elkaar en van dit traject? Hoe krijgen we duidelijkheid over wederzijdse verwachtingen en rollen?"),
            session(Werksessie, "Persoonlijk, respectvol, duidelijk en betrouwbaar", Some(Ambitie), "Hoe geven we als team inhoud aan de begrippen persoonlijk, respectvol, duidelijk en betrouwbaar?"),
            session(Werksessie, "Sturen vanuit het team", Some(Ritme), "Hoe sturen we vanuit het team, en hoe voeren we daar het gesprek over?"),
            session(Werksessie, "De onderstroom", Some(Reflectie), "Hoe komen we in gesprek over de onderstroom?"),
            session(Werksessie, "Rol en taak van het team", Some(Ritme), "Hoe gaan we om met de gewijzigde rol en taak van het team?"),
            session(Werksessie, "Het effect van ons gedrag", Some(Reflectie), "Hoe worden we ons bewust van het effect van ons gedrag op elkaar en op de organisatie?"),
            session(Werksessie, "Elkaar scherp houden", Some(Ritme), "Hoe houden we elkaar scherp in taken en verantwoordelijkheden?"),
            session(Werksessie, "In de kracht, niet in de macht", Some(Reflectie), "Hoe zetten we elkaar in de kracht, niet in de macht?"),
            session(Werksessie, "Domeinbelang en organisatiebelang", Some(Ritme), "Hoe gaan we om met domeinbelangen tegenover het organisatiebelang?"),
            session(Werksessie, "Terugblik en vervolg", Some(Reflectie), "Wat zien we nu, wat is er nodig? Afspraken voor het vervolg."),
        ],
        between: "Toepassen in het dagelijks samenwerken en sturen; voorbeeldgedrag bewust oefenen en in de volgende sessie bespreken wat het deed.",
        dimensions: &["teamleren", "feedbackprocessen", "structuur-en-beleid"],
        measures: &[],
    },
    Template {
        id: "koers-naar-praktijk",
        name: "Van meerjarenplan naar eigen praktijk: leiderschapsontwikkeling van het MT",
        summary: "Het meerjarenplan van de organisatie wordt in werksessies vertaald naar de eigen locatie, de kernprocessen en een jaarplan, met wat dat van het MT vraagt. Daarna begeleiding in de uitvoering, gericht op beschouwen: wat zien we gebeuren, wat zegt dit en wat doen we ermee. Praktijkvoorbeelden zijn de motor van het leerproces.",
        weeks: 16,
        weeks_range: None,
        monthly: false,
        sessions: &[
            session(Werksessie, "Meerjarenplan vertalen naar de eigen locatie", Some(Ambitie), "Wat betekent het meerjarenplan voor onze locatie?"),
            session(Werksessie, "Kernprocessen die moeten verbeteren", Some(Ambitie), "Naar welke kernprocessen vertaalt het plan zich, en waar moet verbetering worden doorgevoerd?"),
            session(Werksessie, "Jaarplan en wat het van het MT vraagt", Some(Ritme), "Een jaarplan op hoofdlijnen, en wat het van het MT vraagt om het uit te werken, aan te sturen en op te volgen. Het bijbehorende leiderschapsprofiel samen doornemen."),
            session(Werksessie, "Beschouwen: prioriteiten stellen", Some(Reflectie), "Hoe gaat het proces, wat zien we gebeuren, wat zegt dit en wat doen we ermee? Thema: steeds prioriteiten stellen om overvolle agenda's voor te zijn."),
            session(Coaching, "Individuele ontwikkeling MT-leden", Some(Reflectie), "Begeleiding van de individuele ontwikkeling van MT-leden waar dat nodig is."),
            session(Werksessie, "Beschouwen: in gesprek met de eigen mensen", Some(Reflectie), "Structureel in gesprek gaan met de eigen mensen over verwachtingen en de praktijk van alledag; hulpstructuren om eenduidig te werken; leren escaleren als dat nodig is."),
        ],
        between: "Praktijkvoorbeelden uit het werk verzamelen als motor van het leerproces; inzichten meteen omzetten in de eigen praktijk.",
        dimensions: &["gedeelde-visie", "kwaliteitscultuur", "structuur-en-beleid"],
        measures: &[],
    },
    Template {
        id: "strategie-naar-gedrag",
        name: "Van strategie naar gedrag: in drie stappen, met beloften",
        summary: "Het MT en informele leiders nemen medewerkers in drie stappen mee in een nieuwe strategie: delen en verwerken, vertalen naar acties, en een kennisdag. Elke stap wordt voorbereid in design- en oefensessies. Het MT vertaalt de strategie naar beloften: concreet gedrag waarvan steeds wordt getoetst of medewerkers het merken. Met een consistentiecheck, MT-intervisie en individuele coaching.",
        weeks: 20,
        weeks_range: None,
        monthly: false,
        sessions: &[
            session(Designsessie, "Designsessie: verhaal en aanpak van stap 1", Some(Ambitie), "Het verhaal en de aanpak scherp krijgen, het medewerkersperspectief inbrengen en onderdelen van de bijeenkomst oefenen."),
            session(Bijeenkomst, "Stap 1: delen en verwerken", Some(Ambitie), "Het MT deelt de strategie en wat die betekent. Wat betekent het om ondernemend te zijn? Wat verwacht het MT van medewerkers, en wat mogen medewerkers van het MT verwachten?"),
            session(Werksessie, "Beloften formuleren", Some(Ambitie), "De strategie vertalen naar concrete gedragingen van medewerkers en van het MT zelf."),
            session(Designsessie, "Designsessie: voorbereiding van stap 2", Some(Ritme), "De regionale bijeenkomsten voorbereiden en oefenen."),
            session(Bijeenkomst, "Stap 2: vertalen naar acties", Some(Ritme), "Teams vertalen de strategie naar concrete acties, vastgelegd in jaarplannen en persoonlijke ontwikkelplannen. Welke vaardigheden zijn nodig?"),
            session(Werksessie, "Consistentiecheck", Some(Reflectie), "Documentanalyse, interviews en 360-gradenfeedback: waar staat het MT ten opzichte van de ambities en de beloofde gedragingen?"),
            session(Intervisie, "MT-intervisie", Some(Reflectie), "Samenwerking, leiderschapsprincipes en de gezamenlijke verandervisie uitwisselen en verder invullen."),
            session(Designsessie, "Designsessie: voorbereiding van de kennisdag", Some(Ritme), "Workshops kiezen en voorbereiden op de vaardigheden die medewerkers zelf hebben genoemd."),
            session(Kennisdag, "Stap 3: kennisdag", Some(Ritme), "Medewerkers oefenen in workshops met de vaardigheden die ze nodig hebben voor hun veranderde rol."),
            session(Coaching, "Individuele coaching MT-leden", Some(Reflectie), "Een coachgesprek met ieder MT-lid, mede op basis van de 360-gradenfeedback."),
            session(Intervisie, "MT-intervisie: terugblik", Some(Reflectie), "Zeggen én doen: worden de beloften gemerkt? Wat leren we over ons leiderschap?"),
        ],
        between: "Beloften steeds toetsen bij het MT zelf, de informele leiders en medewerkers: merken zij het gedrag? Teams werken in hun dagelijks werk aan hun acties.",
        dimensions: &["gedeelde-visie", "eigenaarschap", "leren-op-de-werkvloer"],
        measures: &[],
    },
];

/// Templates are identified by their stable id.
impl PartialEq for Template {
    fn eq(&self, other: &Template) -> bool {
        self.id == other.id
    }
}

/// The empty plan.
pub const EMPTY: &str = "leeg";

/// The template with this id.
pub fn template_by_id(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

/// Makes a plan from a template: sessions placed on real dates from `start`.
pub fn instantiate(
    template: &Template,
    name: &str,
    start: NaiveDate,
    weeks: u16,
    new_id: &mut dyn FnMut() -> String,
) -> Plan {
    let count = template.sessions.len();
    let (dates, weeks) = if template.monthly {
        let dates = monthly(start, count);
        let weeks = dates
            .last()
            .map_or(weeks, |last| weeks_between(start, *last));
        (dates, weeks)
    } else {
        let weeks = match template.weeks_range {
            Some((min, max)) => weeks.clamp(min, max),
            None => weeks.max(1),
        };
        (spread(start, weeks, count), weeks)
    };
    let sessions = template
        .sessions
        .iter()
        .zip(dates)
        .map(|(t, date)| Session {
            id: new_id(),
            kind: t.kind,
            date,
            start_time: None,
            minutes: super::edit::DEFAULT_MINUTES,
            title: t.title.to_owned(),
            focus: t.focus,
            goals: t.goals.to_owned(),
            dimensions: Vec::new(),
            suggestions: Vec::new(),
            reflection: Reflection::default(),
            done: false,
            extra: Default::default(),
        })
        .collect();
    Plan {
        id: new_id(),
        name: if name.trim().is_empty() {
            template.name.to_owned()
        } else {
            name.trim().to_owned()
        },
        template: template.id.to_owned(),
        team: Vec::new(),
        start,
        weeks,
        dimensions: template
            .dimensions
            .iter()
            .map(|d| (*d).to_owned())
            .collect(),
        between: template.between.to_owned(),
        sessions,
        actions: Vec::new(),
        promises: Vec::new(),
        budget: Budget::default(),
        measures: Vec::new(),
        extra: Default::default(),
    }
}

/// An empty plan of `weeks` weeks.
pub fn empty_plan(name: &str, start: NaiveDate, weeks: u16, id: String) -> Plan {
    Plan {
        id,
        name: if name.trim().is_empty() {
            "Nieuw plan".to_owned()
        } else {
            name.trim().to_owned()
        },
        template: EMPTY.to_owned(),
        team: Vec::new(),
        start,
        weeks: weeks.max(1),
        dimensions: Vec::new(),
        between: String::new(),
        sessions: Vec::new(),
        actions: Vec::new(),
        promises: Vec::new(),
        budget: Budget::default(),
        measures: Vec::new(),
        extra: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::card_by_id;
    use crate::domain::journey::schedule::{end_date, is_weekend};
    use chrono::{Datelike, Weekday};

    fn ids() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("id-{n}")
        }
    }

    #[test]
    fn every_template_is_complete_and_points_at_real_cards() {
        assert_eq!(TEMPLATES.len(), 4);
        for t in TEMPLATES {
            assert!(!t.sessions.is_empty() && !t.summary.is_empty() && !t.between.is_empty());
            assert!(
                t.dimensions.iter().all(|d| card_by_id(d).is_some()),
                "{}",
                t.id
            );
            assert!(template_by_id(t.id).is_some());
        }
    }

    #[test]
    fn the_mt_journey_has_two_offsites_and_three_working_sessions() {
        let t = template_by_id("mt-journey").unwrap();
        let kinds: Vec<SessionKind> = t.sessions.iter().map(|s| s.kind).collect();
        assert_eq!(kinds.iter().filter(|k| **k == Offsite).count(), 2);
        assert_eq!(kinds.iter().filter(|k| **k == Werksessie).count(), 3);
    }

    #[test]
    fn an_mt_journey_from_a_monday_fits_its_weeks_on_weekdays() {
        let t = template_by_id("mt-journey").unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        for (asked, expected) in [(10, 10), (4, 8), (20, 12)] {
            let plan = instantiate(t, "", monday, asked, &mut ids());
            assert_eq!(plan.weeks, expected);
            assert_eq!(plan.sessions.len(), 5);
            assert!(plan.sessions.iter().all(|s| !is_weekend(s.date)));
            assert!(plan
                .sessions
                .iter()
                .all(|s| s.date >= monday && s.date <= end_date(monday, plan.weeks)));
            assert!(plan.date_flags().is_empty());
            assert_eq!(plan.name, t.name);
        }
    }

    #[test]
    fn the_monthly_track_runs_september_to_june_on_one_weekday() {
        let t = template_by_id("maandelijks-cmt").unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap();
        let plan = instantiate(t, "CMT", start, 1, &mut ids());
        assert_eq!(plan.sessions.len(), 10);
        assert_eq!(plan.sessions[0].date, start);
        assert_eq!(plan.sessions[9].date.month(), 6);
        assert!(plan
            .sessions
            .iter()
            .all(|s| s.date.weekday() == Weekday::Tue));
        assert!(plan.date_flags().is_empty(), "weeks cover the last session");
    }

    #[test]
    fn ids_are_fresh_for_every_session_and_the_plan() {
        let t = template_by_id("strategie-naar-gedrag").unwrap();
        let plan = instantiate(
            t,
            " Koers 2027 ",
            NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
            20,
            &mut ids(),
        );
        let mut all: Vec<&str> = plan.sessions.iter().map(|s| s.id.as_str()).collect();
        all.push(&plan.id);
        let unique: std::collections::HashSet<&&str> = all.iter().collect();
        assert_eq!(unique.len(), all.len());
        assert_eq!(plan.name, "Koers 2027");
    }

    #[test]
    fn an_empty_plan_has_no_sessions() {
        let plan = empty_plan(
            "",
            NaiveDate::from_ymd_opt(2026, 2, 2).unwrap(),
            0,
            "p".into(),
        );
        assert_eq!(
            (plan.sessions.len(), plan.weeks, plan.name.as_str()),
            (0, 1, "Nieuw plan")
        );
    }
}

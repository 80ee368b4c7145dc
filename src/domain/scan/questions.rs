//! The scan's statements and answer scale, written for this app from the two challenges on
//! each card. Ids are fixed strings, independent of the wording.

/// One statement a leader rates.
#[derive(Debug)]
pub struct Statement {
    /// Stable id, `<challenge id>` (e.g. `feedbackprocessen.u1`): one statement per challenge.
    pub id: &'static str,
    /// The card (dimension) it belongs to.
    pub dimension: &'static str,
    /// The challenge it was written from.
    pub challenge: &'static str,
    /// The statement, about "onze organisatie" / "wij".
    pub text: &'static str,
}

/// Statements are identified by their stable id.
impl PartialEq for Statement {
    fn eq(&self, other: &Statement) -> bool {
        self.id == other.id
    }
}

impl Eq for Statement {}

macro_rules! statement {
    ($dimension:literal, $n:literal, $text:literal) => {
        Statement {
            id: concat!($dimension, ".u", $n),
            dimension: $dimension,
            challenge: concat!($dimension, ".u", $n),
            text: $text,
        }
    };
}

/// All statements in the order they are asked: two per dimension, in deck order.
pub const STATEMENTS: &[Statement] = &[
    statement!("gedeelde-visie", 1, "Onze visie en ambitie hebben we samen met mensen uit de hele organisatie opgesteld, en iedereen draagt ze uit."),
    statement!("gedeelde-visie", 2, "Teams vertalen onze visie naar hun dagelijkse gedrag en bespreken regelmatig of dat nog klopt."),
    statement!("leren-op-de-werkvloer", 1, "Bij ons is leren een vast onderdeel van het werk: we bespreken cijfers, reflecteren op werkprocessen en praten over verbetering."),
    statement!("leren-op-de-werkvloer", 2, "Wij hebben een leercultuur: ontwikkelen en professionaliseren, alleen en met collega’s, is voor iedereen vanzelfsprekend."),
    statement!("teamleren", 1, "Wij hebben voldoende tijd, middelen en vaste vormen om samen te werken, binnen en tussen teams."),
    statement!("teamleren", 2, "Medewerkers leren van elkaar en zetten elkaars expertise actief in bij het werk."),
    statement!("feedbackprocessen", 1, "Bij ons vragen en geven alle medewerkers elkaar feedback, en iedereen voelt zich veilig om dat te doen."),
    statement!("feedbackprocessen", 2, "Wij verzamelen structureel feedback en gegevens over voortgang en kwaliteit, en gebruiken die om ons werk te verbeteren."),
    statement!("partners", 1, "Wij werken effectief samen met externe partners, en medewerkers op alle niveaus zien kansen in onze omgeving."),
    statement!("partners", 2, "Onze samenwerking met partners draagt zichtbaar bij aan onze eigen doelen en aan de ontwikkeling van medewerkers."),
    statement!("kwaliteitscultuur", 1, "Medewerkers werken systematisch aan kwaliteitsverbetering: ze verzamelen en analyseren gegevens en gebruiken onderzoek."),
    statement!("kwaliteitscultuur", 2, "Wij als leidinggevenden zoeken zelf voortdurend naar verbetermogelijkheden en onderbouwen keuzes met gegevens."),
    statement!("eigenaarschap", 1, "Medewerkers met expertise en talent krijgen bij ons de ruimte om het voortouw te nemen in ontwikkelingen."),
    statement!("eigenaarschap", 2, "Wij houden medewerkers uitgedaagd: ze krijgen verantwoordelijkheid om hun expertise verder te ontwikkelen en in te zetten."),
    statement!("structuur-en-beleid", 1, "Onze overleg- en besluitvormingsstructuur is gericht op samenwerking, professionalisering en het benutten van expertise."),
    statement!("structuur-en-beleid", 2, "Ons beleid hangt samen en ondersteunt het leren op alle niveaus van de organisatie."),
];

/// The labelled answer scale: every point has words.
pub const SCALE: [(u8, &str); 5] = [
    (1, "Klopt helemaal niet"),
    (2, "Klopt nauwelijks"),
    (3, "Klopt deels"),
    (4, "Klopt grotendeels"),
    (5, "Klopt helemaal"),
];

/// The label for "weet ik niet".
pub const DONT_KNOW: &str = "Weet ik niet";

/// The statement with this id.
pub fn statement_by_id(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.id == id)
}

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
    /// Its place in [`STATEMENTS`], and so in [`TEXTS`].
    number: usize,
}

impl Statement {
    /// The statement, about "onze organisatie" / "wij".
    ///
    /// Kept apart from the ids: the home page and saving reach the statements by id, and
    /// only the pages that show them need their words, so that the words stay out of the
    /// first download.
    pub fn text(&self) -> &'static str {
        TEXTS[self.number]
    }
}

/// Statements are identified by their stable id.
impl PartialEq for Statement {
    fn eq(&self, other: &Statement) -> bool {
        self.id == other.id
    }
}

impl Eq for Statement {}

macro_rules! statement {
    ($number:literal, $dimension:literal, $n:literal) => {
        Statement {
            id: concat!($dimension, ".u", $n),
            dimension: $dimension,
            challenge: concat!($dimension, ".u", $n),
            number: $number,
        }
    };
}

/// All statements in the order they are asked: two per dimension, in deck order.
pub const STATEMENTS: &[Statement] = &[
    statement!(0, "gedeelde-visie", 1),
    statement!(1, "gedeelde-visie", 2),
    statement!(2, "leren-op-de-werkvloer", 1),
    statement!(3, "leren-op-de-werkvloer", 2),
    statement!(4, "teamleren", 1),
    statement!(5, "teamleren", 2),
    statement!(6, "feedbackprocessen", 1),
    statement!(7, "feedbackprocessen", 2),
    statement!(8, "partners", 1),
    statement!(9, "partners", 2),
    statement!(10, "kwaliteitscultuur", 1),
    statement!(11, "kwaliteitscultuur", 2),
    statement!(12, "eigenaarschap", 1),
    statement!(13, "eigenaarschap", 2),
    statement!(14, "structuur-en-beleid", 1),
    statement!(15, "structuur-en-beleid", 2),
];

/// The words of the statements, in the order of [`STATEMENTS`] (see [`Statement::text`]).
static TEXTS: [&str; 16] = [
    "Onze visie en ambitie hebben we samen met mensen uit de hele organisatie opgesteld, en iedereen draagt ze uit.",
    "Teams vertalen onze visie naar hun dagelijkse gedrag en bespreken regelmatig of dat nog klopt.",
    "Bij ons is leren een vast onderdeel van het werk: we bespreken cijfers, reflecteren op werkprocessen en praten over verbetering.",
    "Wij hebben een leercultuur: ontwikkelen en professionaliseren, alleen en met collega’s, is voor iedereen vanzelfsprekend.",
    "Wij hebben voldoende tijd, middelen en vaste vormen om samen te werken, binnen en tussen teams.",
    "Medewerkers leren van elkaar en zetten elkaars expertise actief in bij het werk.",
    "Bij ons vragen en geven alle medewerkers elkaar feedback, en iedereen voelt zich veilig om dat te doen.",
    "Wij verzamelen structureel feedback en gegevens over voortgang en kwaliteit, en gebruiken die om ons werk te verbeteren.",
    "Wij werken effectief samen met externe partners, en medewerkers op alle niveaus zien kansen in onze omgeving.",
    "Onze samenwerking met partners draagt zichtbaar bij aan onze eigen doelen en aan de ontwikkeling van medewerkers.",
    "Medewerkers werken systematisch aan kwaliteitsverbetering: ze verzamelen en analyseren gegevens en gebruiken onderzoek.",
    "Wij als leidinggevenden zoeken zelf voortdurend naar verbetermogelijkheden en onderbouwen keuzes met gegevens.",
    "Medewerkers met expertise en talent krijgen bij ons de ruimte om het voortouw te nemen in ontwikkelingen.",
    "Wij houden medewerkers uitgedaagd: ze krijgen verantwoordelijkheid om hun expertise verder te ontwikkelen en in te zetten.",
    "Onze overleg- en besluitvormingsstructuur is gericht op samenwerking, professionalisering en het benutten van expertise.",
    "Ons beleid hangt samen en ondersteunt het leren op alle niveaus van de organisatie.",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_has_its_own_words() {
        assert_eq!(STATEMENTS.len(), TEXTS.len());
        for (i, statement) in STATEMENTS.iter().enumerate() {
            assert_eq!(statement.number, i, "{}", statement.id);
        }
        assert!(statement_by_id("teamleren.u1")
            .unwrap()
            .text()
            .starts_with("Wij hebben voldoende tijd"));
    }
}

//! The card deck as static data: eight development cards, one per dimension of a learning
//! organisation, plus the deck's own introduction and guidance.
//!
//! ```
//! use ontwikkelkaarten::domain::content::{cards, card_by_id};
//! assert_eq!(cards().len(), 8);
//! assert_eq!(card_by_id("feedbackprocessen").map(|c| c.number), Some(4));
//! ```

mod deck;

pub use deck::{
    CARD_NAME, DESCRIPTION, HOME_LEAD, HOME_TITLE, INTRO, INTRO_TITLE, WORKING, WORKING_TITLE,
};

/// The deck as a whole: its namespace, name and colours (`content/deck.toml`).
pub mod manifest {
    include!(concat!(env!("OUT_DIR"), "/deck.rs"));
}

/// One development card: a dimension of the learning organisation. This is what the home
/// page shows; the full text is in [`Card::text`], kept apart so that it is not in the
/// wasm every page needs (see `pages::on_demand`).
#[derive(Debug)]
pub struct Card {
    /// Position in the deck, from 1.
    pub number: u8,
    /// Stable slug used in URLs and files; never derived from the display text.
    pub id: &'static str,
    /// A short name for tight spaces (tables, chart axes).
    pub short_title: &'static str,
    /// The card's full title.
    pub title: &'static str,
    /// The two challenges leaders meet on this dimension.
    pub challenges: [Challenge; 2],
    /// How many suggestions the card has; their ids are `<id>.01` onwards.
    pub suggestion_count: u8,
}

/// The full text of a card.
#[derive(Debug)]
pub struct CardText {
    /// The introductory paragraph.
    pub intro: &'static str,
    /// What each of the two challenges is about.
    pub explanations: [&'static str; 2],
    /// Quotes from leaders and HR managers.
    pub quotes: &'static [Quote],
    /// The heading the deck uses above the suggestions on this card.
    pub suggestions_heading: &'static str,
    /// Concrete suggestions for leaders.
    pub suggestions: &'static [Suggestion],
    /// Titles for further reading (the source gives no working links).
    pub reading: &'static [&'static str],
}

impl Card {
    /// The card's full text.
    pub fn text(&self) -> &'static CardText {
        &deck::TEXTS[usize::from(self.number) - 1]
    }

    /// The suggestions on this card.
    pub fn suggestions(&self) -> &'static [Suggestion] {
        self.text().suggestions
    }

    /// Whether `suggestion_id` is one of this card's suggestions, by its form
    /// `<card id>.<two digits>` alone (without reading the card's text).
    pub fn has_suggestion(&self, suggestion_id: &str) -> bool {
        suggestion_id
            .strip_prefix(self.id)
            .and_then(|rest| rest.strip_prefix('.'))
            .filter(|n| n.len() == 2)
            .and_then(|n| n.parse::<u8>().ok())
            .is_some_and(|n| (1..=self.suggestion_count).contains(&n))
    }
}

/// Cards are identified by their stable id.
impl PartialEq for Card {
    fn eq(&self, other: &Card) -> bool {
        self.id == other.id
    }
}

impl Eq for Card {}

/// A challenge, as a question (its explanation is in [`CardText::explanations`]).
#[derive(Debug)]
pub struct Challenge {
    /// Stable id, `<card id>.u1` or `<card id>.u2`.
    pub id: &'static str,
    /// The challenge as a question.
    pub question: &'static str,
}

/// Who is quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// "Ervaring leidinggevende".
    Leidinggevende,
    /// "Ervaring HR-manager".
    HrManager,
}

impl Role {
    /// The caption the deck prints under a quote.
    pub fn caption(self) -> &'static str {
        match self {
            Role::Leidinggevende => deck::ROLE_CAPTIONS[0],
            Role::HrManager => deck::ROLE_CAPTIONS[1],
        }
    }
}

/// A quote, possibly of several paragraphs.
#[derive(Debug)]
pub struct Quote {
    /// The speaker's role.
    pub role: Role,
    /// The quoted text, paragraph by paragraph, without quotation marks.
    pub paragraphs: &'static [&'static str],
}

/// One concrete suggestion on a card.
#[derive(Debug)]
pub struct Suggestion {
    /// Stable id, `<card id>.<two digits>`.
    pub id: &'static str,
    /// The suggestion's text.
    pub text: &'static str,
}

/// All eight cards in deck order.
pub fn cards() -> &'static [Card] {
    deck::CARDS
}

/// The card with this stable id.
pub fn card_by_id(id: &str) -> Option<&'static Card> {
    cards().iter().find(|c| c.id == id)
}

/// The card and suggestion for a suggestion id.
pub fn suggestion_by_id(id: &str) -> Option<(&'static Card, &'static Suggestion)> {
    cards()
        .iter()
        .find_map(|c| c.suggestions().iter().find(|s| s.id == id).map(|s| (c, s)))
}

/// Number of suggestions in the whole deck.
pub fn suggestion_count() -> usize {
    cards()
        .iter()
        .map(|c| usize::from(c.suggestion_count))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn deck_has_eight_cards_numbered_in_order() {
        let numbers: Vec<u8> = cards().iter().map(|c| c.number).collect();
        assert_eq!(numbers, (1..=8).collect::<Vec<u8>>());
    }

    #[test]
    fn suggestion_counts_match_the_source() {
        let counts: Vec<usize> = cards().iter().map(|c| c.suggestions().len()).collect();
        assert_eq!(counts, vec![16, 17, 12, 15, 9, 15, 13, 12]);
        for card in cards() {
            assert_eq!(usize::from(card.suggestion_count), card.suggestions().len());
        }
        assert_eq!(suggestion_count(), 109);
    }

    #[test]
    fn card_two_has_the_run_together_suggestions_split() {
        let card = card_by_id("leren-op-de-werkvloer").unwrap();
        let texts: Vec<&str> = card.suggestions().iter().map(|s| s.text).collect();
        let first = texts
            .iter()
            .position(|t| t.ends_with("of een nieuwe aanpak uitproberen."))
            .expect("first half present");
        assert!(texts[first + 1].starts_with("Zelf een voorbeeldrol vervullen:"));
    }

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for card in cards() {
            assert!(seen.insert(card.id), "duplicate card id {}", card.id);
            assert!(card
                .id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch == '-'));
            for (i, ch) in card.challenges.iter().enumerate() {
                assert_eq!(ch.id, format!("{}.u{}", card.id, i + 1));
                assert!(seen.insert(ch.id));
            }
            for (i, s) in card.suggestions().iter().enumerate() {
                assert_eq!(s.id, format!("{}.{:02}", card.id, i + 1));
                assert!(card.has_suggestion(s.id));
                assert!(seen.insert(s.id), "duplicate suggestion id {}", s.id);
            }
        }
    }

    #[test]
    fn suggestion_ids_are_recognised_by_form() {
        let card = card_by_id("partners").unwrap();
        assert!(card.has_suggestion("partners.01") && card.has_suggestion("partners.09"));
        for other in [
            "partners.10",
            "partners.00",
            "partners.1",
            "partners.u1",
            "partners",
            "teamleren.01",
            "partnersx.01",
        ] {
            assert!(!card.has_suggestion(other), "{other}");
        }
    }

    #[test]
    fn ids_are_stable() {
        // These ids appear in files users have exported: they must never change.
        let ids: Vec<&str> = cards().iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            [
                "gedeelde-visie",
                "leren-op-de-werkvloer",
                "teamleren",
                "feedbackprocessen",
                "partners",
                "kwaliteitscultuur",
                "eigenaarschap",
                "structuur-en-beleid"
            ]
        );
        let (card, s) = suggestion_by_id("feedbackprocessen.03").unwrap();
        assert_eq!(card.number, 4);
        assert!(s
            .text
            .starts_with("Medewerkers vooral stimuleren om feedback te vragen"));
    }

    #[test]
    fn every_card_is_complete() {
        for card in cards() {
            let text = card.text();
            assert!(!card.title.is_empty() && !text.intro.is_empty());
            for ch in &card.challenges {
                assert!(ch.question.ends_with('?'), "{}", ch.question);
            }
            assert!(text.explanations.iter().all(|e| !e.is_empty()));
            assert_eq!(text.quotes.len(), 2, "card {}", card.number);
            assert!(text.quotes.iter().all(|q| !q.paragraphs.is_empty()));
            assert!(text.reading.len() >= 5, "card {}", card.number);
        }
        let roles: Vec<Role> = cards()
            .iter()
            .flat_map(|c| c.text().quotes)
            .map(|q| q.role)
            .collect();
        assert!(roles.contains(&Role::HrManager) && roles.contains(&Role::Leidinggevende));
    }

    #[test]
    fn obvious_typos_are_fixed_and_no_markup_leaks() {
        let mut all = String::new();
        for part in INTRO.iter().chain(WORKING) {
            all.push_str(part);
        }
        for card in cards() {
            let text = card.text();
            all.push_str(card.title);
            all.push_str(text.intro);
            all.push_str(text.suggestions_heading);
            for ch in &card.challenges {
                all.push_str(ch.question);
            }
            all.extend(text.explanations);
            for q in text.quotes {
                all.extend(q.paragraphs.iter().copied());
            }
            for s in text.suggestions {
                all.push_str(s.text);
            }
            all.extend(text.reading.iter().copied());
        }
        for typo in [
            "Ontwikfel",
            "leidinggevendenden",
            "Beleed",
            "doorggevraagd",
            "Participatief ontwikkelen van",
            "Kansen voor leiderschapskansen",
            "leidinggevend en",
            "leidinggevend)",
            "Niveaueverschillen",
            "Leidinggevendenden",
            "de dialoog voeren over (het",
            "naar een voor hen leerzame",
            "een voorbeeldrol te nemen",
            "artikel, etc.",
            "werknemers tijd besteden",
            "Hoe organiseer je voor een",
            "maar ook met collega",
            "stakeholders kunnen leiden",
            "onderzoekmatig",
            "](#)",
            "**",
        ] {
            assert!(!all.contains(typo), "still contains {typo:?}");
        }
        assert_eq!(
            card_by_id("eigenaarschap").unwrap().title,
            "Eigenaarschap creëren door leiderschapskansen"
        );
    }
}

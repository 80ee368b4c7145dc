//! Accent- and case-insensitive search over all card text.
//!
//! ```
//! use ontwikkelkaarten::domain::search::search;
//! let groups = search("eigenaarschap");
//! assert_eq!(groups[0].card.number, 7);
//! ```

use crate::domain::content::{cards, Card};
use crate::domain::text::fold;

/// Where on a card a hit is; also the anchor the card page scrolls to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The card's title.
    Title,
    /// The intro paragraph.
    Intro,
    /// A challenge question or explanation (0 or 1).
    Challenge(usize),
    /// A quote (index on the card).
    Quote(usize),
    /// A suggestion, by id.
    Suggestion(&'static str),
    /// A further-reading title.
    Reading,
}

impl Place {
    /// The element id on the card page.
    pub fn anchor(&self) -> String {
        match self {
            Place::Title | Place::Intro => "intro".into(),
            Place::Challenge(i) => format!("uitdaging-{}", i + 1),
            Place::Quote(i) => format!("citaat-{}", i + 1),
            Place::Suggestion(id) => format!("suggestie-{id}"),
            Place::Reading => "verder-lezen".into(),
        }
    }

    /// A Dutch label for the kind of place.
    pub fn label(&self) -> &'static str {
        match self {
            Place::Title => tr!("Titel", "Title"),
            Place::Intro => tr!("Inleiding", "Introduction"),
            Place::Challenge(_) => tr!("Uitdaging", "Challenge"),
            Place::Quote(_) => tr!("Citaat", "Quote"),
            Place::Suggestion(_) => tr!("Suggestie", "Suggestion"),
            Place::Reading => tr!("Verder lezen", "Further reading"),
        }
    }
}

/// One matching text with the byte ranges to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Where the text sits on the card.
    pub place: Place,
    /// The full text that matched.
    pub text: &'static str,
    /// Byte ranges in `text` that match a search term, sorted and not overlapping.
    pub ranges: Vec<(usize, usize)>,
}

impl Hit {
    /// The text split into (segment, highlighted) pieces, for rendering as plain text nodes.
    pub fn segments(&self) -> Vec<(&'static str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for &(start, end) in &self.ranges {
            if start > at {
                out.push((&self.text[at..start], false));
            }
            out.push((&self.text[start..end], true));
            at = end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// The hits on one card.
#[derive(Debug)]
pub struct CardHits {
    /// The card.
    pub card: &'static Card,
    /// Its hits in reading order.
    pub hits: Vec<Hit>,
}

/// Byte ranges in `text` where any of the folded `terms` occur, or `None` unless every
/// term occurs.
fn find_ranges(text: &str, terms: &[Vec<char>]) -> Option<Vec<(usize, usize)>> {
    let chars: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let mut ranges = Vec::new();
    for term in terms {
        let mut found = false;
        if term.len() <= chars.len() {
            for start in 0..=chars.len() - term.len() {
                if chars[start..start + term.len()]
                    .iter()
                    .zip(term)
                    .all(|((_, c), t)| c == t)
                {
                    let begin = chars[start].0;
                    let end = chars
                        .get(start + term.len())
                        .map_or(text.len(), |&(i, _)| i);
                    ranges.push((begin, end));
                    found = true;
                }
            }
        }
        if !found {
            return None;
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    Some(merged)
}

/// Searches all cards. Every whitespace-separated term must occur in a text for it to
/// match. Results are grouped per card in deck order; a query without letters finds nothing.
pub fn search(query: &str) -> Vec<CardHits> {
    let terms: Vec<Vec<char>> = query
        .split_whitespace()
        .map(|t| t.chars().map(fold).collect())
        .collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let mut groups = Vec::new();
    for card in cards() {
        let mut hits = Vec::new();
        let mut check = |place: Place, text: &'static str| {
            if let Some(ranges) = find_ranges(text, &terms) {
                hits.push(Hit {
                    place,
                    text,
                    ranges,
                });
            }
        };
        check(Place::Title, card.title);
        let text = card.text();
        check(Place::Intro, text.intro);
        for (i, ch) in card.challenges.iter().enumerate() {
            check(Place::Challenge(i), ch.question);
            check(Place::Challenge(i), text.explanations[i]);
        }
        for (i, q) in text.quotes.iter().enumerate() {
            for p in q.paragraphs {
                check(Place::Quote(i), p);
            }
        }
        for s in text.suggestions {
            check(Place::Suggestion(s.id), s.text);
        }
        for r in text.reading {
            check(Place::Reading, r);
        }
        if !hits.is_empty() {
            groups.push(CardHits { card, hits });
        }
    }
    groups
}

/// Total number of hits over all groups.
pub fn hit_count(groups: &[CardHits]) -> usize {
    groups.iter().map(|g| g.hits.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::normalize;

    fn card_numbers(query: &str) -> Vec<u8> {
        search(query).iter().map(|g| g.card.number).collect()
    }

    #[test]
    fn eigenaarschap_finds_card_seven_first() {
        assert_eq!(card_numbers("eigenaarschap"), vec![7]);
        assert_eq!(card_numbers("EIGENAARSCHAP"), vec![7]);
    }

    #[test]
    fn feedback_finds_the_feedback_card_and_others() {
        let numbers = card_numbers("feedback");
        assert!(numbers.contains(&4));
        assert!(numbers.len() >= 3, "{numbers:?}");
        let card4 = search("feedback")
            .into_iter()
            .find(|g| g.card.number == 4)
            .unwrap();
        assert!(card4.hits.len() >= 10);
    }

    #[test]
    fn visie_and_leercultuur_find_what_a_reader_expects() {
        assert_eq!(card_numbers("visie").first(), Some(&1));
        let leercultuur = card_numbers("leercultuur");
        assert!(
            leercultuur.contains(&2) && leercultuur.contains(&3),
            "{leercultuur:?}"
        );
    }

    #[test]
    fn accents_in_query_or_text_do_not_matter() {
        assert!(card_numbers("creeren").contains(&7));
        assert!(card_numbers("créëren").contains(&7));
        assert!(card_numbers("efficientie").contains(&8) || card_numbers("efficient").contains(&8));
    }

    #[test]
    fn all_terms_must_match_and_ranges_are_exact() {
        let groups = search("kwaliteit feedback");
        assert!(!groups.is_empty());
        for g in &groups {
            for hit in &g.hits {
                let lower = normalize(hit.text);
                assert!(lower.contains("kwaliteit") && lower.contains("feedback"));
                for &(s, e) in &hit.ranges {
                    let piece = normalize(&hit.text[s..e]);
                    assert!(
                        piece.contains("kwaliteit") || piece.contains("feedback"),
                        "{piece}"
                    );
                }
            }
        }
    }

    #[test]
    fn highlights_cover_accented_originals() {
        let groups = search("ideeen");
        let hit = &groups[0].hits[0];
        let marked: Vec<&str> = hit
            .segments()
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(s, _)| s)
            .collect();
        assert_eq!(marked, vec!["ideeën"]);
        let joined: String = hit.segments().iter().map(|(s, _)| *s).collect();
        assert_eq!(joined, hit.text);
    }

    #[test]
    fn hits_point_at_the_right_place() {
        let groups = search("bespreekcultuur");
        assert_eq!(groups.len(), 1);
        let hit = &groups[0].hits[0];
        assert_eq!(hit.place, Place::Suggestion("feedbackprocessen.02"));
        assert_eq!(hit.place.anchor(), "suggestie-feedbackprocessen.02");
    }

    #[test]
    fn empty_and_unmatched_queries_find_nothing() {
        assert!(search("").is_empty());
        assert!(search("   ").is_empty());
        assert!(search("xyzzy").is_empty());
        assert_eq!(hit_count(&search("xyzzy")), 0);
    }
}

//! The self-scan: statements, answers, scores per dimension, ranking and comparison.
//!
//! Scores are kept in tenths (`34` is 3,4) so that rounding, ties and differences are exact.
//!
//! ```
//! use std::collections::BTreeMap;
//! use ontwikkelkaarten::domain::scan::{score, rank, Answer};
//! let mut answers = BTreeMap::new();
//! answers.insert("feedbackprocessen.u1".to_string(), Answer::Score(2));
//! answers.insert("feedbackprocessen.u2".to_string(), Answer::Score(3));
//! answers.insert("partners.u1".to_string(), Answer::Score(5));
//! let ranked = rank(&score(&answers));
//! assert_eq!(ranked[0].score.card.id, "feedbackprocessen");
//! assert_eq!(ranked[0].score.mean, Some(25));
//! ```

pub mod questions;
pub mod radar;

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::content::{cards, Card};
use crate::domain::extra::Extra;
pub use questions::{statement_by_id, Statement, DONT_KNOW, SCALE, STATEMENTS, STATEMENTS_VERSION};

/// An answer to one statement. Stored as a number: 1 to 5 for the scale, 0 for "weet ik niet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "u8")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum Answer {
    /// A point on the scale, 1 to 5.
    Score(u8),
    /// "Weet ik niet": does not count toward a score.
    DontKnow,
}

/// The stored shape of an [`Answer`], for the JSON Schema.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct AnswerSchema(#[schemars(range(min = 0, max = 5))] u8);

impl TryFrom<u8> for Answer {
    /// The number that is not an answer.
    type Error = u8;
    fn try_from(value: u8) -> Result<Answer, u8> {
        match value {
            0 => Ok(Answer::DontKnow),
            1..=5 => Ok(Answer::Score(value)),
            _ => Err(value),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    /// A number outside 0 to 5 is a typed `invalid_value` error, so the file reader can
    /// name the problem without reading a message.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        let n = u8::deserialize(deserializer)?;
        Answer::try_from(n).map_err(|_| {
            serde::de::Error::invalid_value(
                serde::de::Unexpected::Unsigned(n.into()),
                &"an answer from 0 to 5",
            )
        })
    }
}

impl From<Answer> for u8 {
    fn from(answer: Answer) -> u8 {
        match answer {
            Answer::Score(n) => n,
            Answer::DontKnow => 0,
        }
    }
}

impl Answer {
    /// The words for this answer.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Score(n) => SCALE
                .iter()
                .find(|(point, _)| *point == n)
                .map_or("", |(_, label)| label),
            Answer::DontKnow => DONT_KNOW,
        }
    }
}

/// A scan, finished or in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Scan {
    /// Stable id, unique on this device and across exported files.
    pub id: String,
    /// A label such as "Nulmeting" or "Na 4 maanden".
    pub label: String,
    /// Name of the respondent (optional).
    #[serde(default)]
    pub respondent: String,
    /// Role of the respondent (optional).
    #[serde(default)]
    pub role: String,
    /// Team or organisation (optional).
    #[serde(default)]
    pub organisation: String,
    /// When the scan was started (local time).
    pub started: NaiveDateTime,
    /// When it was finished; `None` while in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<NaiveDateTime>,
    /// Answers by statement id: 1 to 5 on the scale, 0 for "weet ik niet".
    #[serde(default)]
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        schemars(with = "BTreeMap<String, AnswerSchema>")
    )]
    pub answers: BTreeMap<String, Answer>,
    /// The version of the statements answered: [`STATEMENTS_VERSION`] when the scan was
    /// started. Scans from before versions were recorded read as version 1.
    #[serde(default = "first_statements_version")]
    pub statements: u16,
    /// For a team result: the figures per dimension over the members' scans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<TeamSummary>,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The team figures a team result keeps (scores in tenths).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct TeamSummary {
    /// Number of member scans.
    pub members: u32,
    /// Per dimension (card id).
    pub dimensions: BTreeMap<String, TeamDimension>,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Team figures of one dimension (in tenths), with any fields this build does not know.
// A wrapper, so that `TeamFigures` stays a plain `Copy` value for the team view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct TeamDimension {
    /// The figures.
    #[serde(flatten)]
    pub figures: TeamFigures,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl From<TeamFigures> for TeamDimension {
    fn from(figures: TeamFigures) -> TeamDimension {
        TeamDimension {
            figures,
            extra: Extra::default(),
        }
    }
}

/// Team figures of one dimension, in tenths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct TeamFigures {
    /// Members with a score on this dimension.
    pub n: u32,
    /// Mean of the members' scores.
    pub mean: u16,
    /// Median of the members' scores.
    pub median: u16,
    /// Lowest member score.
    pub min: u16,
    /// Highest member score.
    pub max: u16,
}

fn first_statements_version() -> u16 {
    1
}

impl Scan {
    /// Scores per dimension, in deck order: from the answers, or for a team result from
    /// the team means.
    pub fn scores(&self) -> Vec<DimensionScore> {
        match &self.team {
            None => score(&self.answers),
            Some(team) => cards()
                .iter()
                .map(|card| {
                    let figures = team.dimensions.get(card.id).map(|d| d.figures);
                    DimensionScore {
                        card,
                        mean: figures.map(|f| f.mean),
                        answered: figures.map_or(0, |f| f.n as usize),
                        dont_know: 0,
                        items: team.members as usize,
                    }
                })
                .collect(),
        }
    }

    /// Statements without an answer (skipped ones), in order.
    pub fn unanswered(&self) -> Vec<&'static Statement> {
        STATEMENTS
            .iter()
            .filter(|s| !self.answers.contains_key(s.id))
            .collect()
    }

    /// How many statements were answered on the scale ("weet ik niet" does not count).
    pub fn answered_on_scale(&self) -> usize {
        self.answers
            .values()
            .filter(|a| matches!(a, Answer::Score(_)))
            .count()
    }

    /// The positions (0-based) of the statements without an answer, in order.
    pub fn unanswered_positions(&self) -> Vec<usize> {
        STATEMENTS
            .iter()
            .enumerate()
            .filter(|(_, s)| !self.answers.contains_key(s.id))
            .map(|(i, _)| i)
            .collect()
    }

    /// The weakest one or two dimensions by short title: "5. Partners en 4. Feedback".
    pub fn weakest_text(&self) -> String {
        weakest(&rank(&self.scores()))
            .iter()
            .map(|r| crate::domain::text::card_short_title(r.score.card))
            .collect::<Vec<_>>()
            .join(tr!(" en ", " and "))
    }

    /// When it was finished, or started if it never was: what lists sort by.
    pub fn when(&self) -> NaiveDateTime {
        self.finished.unwrap_or(self.started)
    }

    /// Who, what and when in one line: "27-11-2026 21:05 · MT Zuid · Sanne · directeur".
    pub fn meta_line(&self) -> String {
        let mut parts = vec![crate::domain::text::format_date_time(self.when())];
        for part in [&self.organisation, &self.respondent, &self.role] {
            if !part.is_empty() {
                parts.push(part.clone());
            }
        }
        parts.join(" · ")
    }

    /// How a scan is offered in a picker: "Nulmeting (27-11-2026)".
    pub fn choice_label(&self) -> String {
        format!(
            "{} ({})",
            self.title(),
            crate::domain::text::format_date(self.when())
        )
    }

    /// The label shown in lists, falling back to the date.
    pub fn title(&self) -> String {
        if self.label.trim().is_empty() {
            trf!(
                "Scan van {}",
                "Scan from {}",
                crate::domain::text::format_date(self.started)
            )
        } else {
            self.label.clone()
        }
    }
}

/// A scan being filled in, with the statement the leader is at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Draft {
    /// The scan so far.
    pub scan: Scan,
    /// Index into [`STATEMENTS`]; equal to its length on the summary screen.
    pub position: usize,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The score of one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionScore {
    /// The dimension's card.
    pub card: &'static Card,
    /// Mean of the answered items in tenths (10 to 50), `None` when nothing was answered.
    pub mean: Option<u16>,
    /// Items answered on the scale.
    pub answered: usize,
    /// Items answered "weet ik niet".
    pub dont_know: usize,
    /// Items of this dimension in the scan.
    pub items: usize,
}

/// Scores per dimension, in deck order.
pub fn score(answers: &BTreeMap<String, Answer>) -> Vec<DimensionScore> {
    cards()
        .iter()
        .map(|card| {
            let mut sum = 0u32;
            let mut answered = 0usize;
            let mut dont_know = 0usize;
            let mut items = 0usize;
            for s in STATEMENTS.iter().filter(|s| s.dimension == card.id) {
                items += 1;
                match answers.get(s.id) {
                    Some(Answer::Score(n)) => {
                        sum += u32::from(*n);
                        answered += 1;
                    }
                    Some(Answer::DontKnow) => dont_know += 1,
                    None => {}
                }
            }
            DimensionScore {
                card,
                mean: mean_tenths(sum, answered),
                answered,
                dont_know,
                items,
            }
        })
        .collect()
}

/// `sum / count` in tenths, rounded half up, with integer arithmetic only.
fn mean_tenths(sum: u32, count: usize) -> Option<u16> {
    let count = u32::try_from(count).ok().filter(|c| *c > 0)?;
    u16::try_from((sum * 20 + count) / (2 * count)).ok()
}

/// A dimension's place in the ranking (weakest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranked {
    /// The score.
    pub score: DimensionScore,
    /// 1 for the weakest; dimensions with equal (rounded) means share a rank.
    /// `None` for "onbekend".
    pub rank: Option<usize>,
    /// Whether another dimension has the same rank.
    pub tied: bool,
}

impl Ranked {
    /// The place as shown: "3", "1 (gedeeld)", or "–" for a dimension without answers.
    pub fn place_text(&self) -> String {
        match self.rank {
            Some(n) if self.tied => trf!("{n} (gedeeld)", "{n} (tied)"),
            Some(n) => n.to_string(),
            None => "–".to_owned(),
        }
    }
}

/// Ranks dimensions from weakest to strongest. Ties keep deck order and share a rank
/// (1, 1, 3 …); dimensions without answers come last, unranked.
pub fn rank(scores: &[DimensionScore]) -> Vec<Ranked> {
    let mut sorted: Vec<DimensionScore> = scores.to_vec();
    // A stable sort keeps deck order within ties; `None` sorts after every number.
    sorted.sort_by_key(|s| (s.mean.is_none(), s.mean));
    let mut out: Vec<Ranked> = Vec::with_capacity(sorted.len());
    for (i, s) in sorted.iter().enumerate() {
        let rank = match (s.mean, out.last()) {
            (None, _) => None,
            (Some(m), Some(prev)) if prev.score.mean == Some(m) => prev.rank,
            (Some(_), _) => Some(i + 1),
        };
        out.push(Ranked {
            score: *s,
            rank,
            tied: false,
        });
    }
    for i in 0..out.len() {
        let r = out[i].rank;
        out[i].tied = r.is_some() && out.iter().filter(|o| o.rank == r).count() > 1;
    }
    out
}

/// The dimensions to start with: the weakest, plus the next one when the weakest stands
/// alone and the next does too (so "one or two"); a tie at the bottom is shown whole.
pub fn weakest(ranked: &[Ranked]) -> Vec<Ranked> {
    let first: Vec<Ranked> = ranked
        .iter()
        .filter(|r| r.rank == Some(1))
        .copied()
        .collect();
    if first.len() != 1 {
        return first;
    }
    let next_rank = ranked.get(1).and_then(|r| r.rank);
    let second: Vec<Ranked> = ranked
        .iter()
        .filter(|r| next_rank.is_some() && r.rank == next_rank)
        .copied()
        .collect();
    if second.len() == 1 {
        [first, second].concat()
    } else {
        first
    }
}

/// The change of one dimension between two scans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The dimension's card.
    pub card: &'static Card,
    /// Mean in the earlier scan, tenths.
    pub before: Option<u16>,
    /// Mean in the later scan, tenths.
    pub after: Option<u16>,
}

impl Change {
    /// `after - before` in tenths, when both are known.
    pub fn diff(&self) -> Option<i32> {
        Some(i32::from(self.after?) - i32::from(self.before?))
    }

    /// A word for the direction, so colour is never the only signal.
    pub fn word(&self) -> &'static str {
        match self.diff() {
            None => tr!("niet te vergelijken", "cannot be compared"),
            Some(d) if d > 0 => tr!("hoger", "higher"),
            Some(d) if d < 0 => tr!("lager", "lower"),
            Some(_) => tr!("gelijk", "the same"),
        }
    }
}

/// A notice when scans (or sessions) answered different versions of the statements
/// ([`Scan::statements`]): their scores are not on quite the same footing. `None` when
/// every version is the same.
///
/// ```
/// use ontwikkelkaarten::domain::scan::versions_notice;
/// assert_eq!(versions_notice([2, 2]), None);
/// assert!(versions_notice([1, 2, 2]).unwrap().contains("versie 1 en 2"));
/// ```
pub fn versions_notice(versions: impl IntoIterator<Item = u16>) -> Option<String> {
    let versions: std::collections::BTreeSet<u16> = versions.into_iter().collect();
    if versions.len() < 2 {
        return None;
    }
    let listed: Vec<String> = versions.iter().map(u16::to_string).collect();
    let (last, rest) = listed.split_last()?;
    Some(trf!(
        "Let op: hier zijn verschillende versies van de stellingen beantwoord (versie {} en {last}). De stellingen zijn tussen deze versies herschreven; een verschil kan dus ook aan de formulering liggen.",
        "Please note: different versions of the statements were answered here (versions {} and {last}). The statements were rewritten between these versions, so a difference may also come from the wording.",
        rest.join(", ")
    ))
}

/// Per-dimension changes from scan `a` to scan `b`.
pub fn compare(a: &Scan, b: &Scan) -> Vec<Change> {
    a.scores()
        .into_iter()
        .zip(b.scores())
        .map(|(before, after)| Change {
            card: before.card,
            before: before.mean,
            after: after.mean,
        })
        .collect()
}

/// What a key does while filling in the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyIntent {
    /// `1`–`5` answer on the scale, `0` is "weet ik niet".
    Answer(Answer),
    /// `←`: back to the previous statement.
    Back,
    /// `→`: on to the next one without answering.
    Forward,
}

/// The intent of a key pressed at a statement (`on_statement`) or at the summary after
/// the last one, where only going back works.
pub fn key_intent(key: &str, on_statement: bool) -> Option<KeyIntent> {
    match key {
        "ArrowLeft" => Some(KeyIntent::Back),
        _ if !on_statement => None,
        "ArrowRight" => Some(KeyIntent::Forward),
        "0" => Some(KeyIntent::Answer(Answer::DontKnow)),
        "1" | "2" | "3" | "4" | "5" => key
            .parse()
            .ok()
            .map(|n| KeyIntent::Answer(Answer::Score(n))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::card_by_id;
    use std::collections::HashSet;

    fn answers(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    fn all(value: u8) -> BTreeMap<String, Answer> {
        STATEMENTS
            .iter()
            .map(|s| (s.id.to_string(), Answer::Score(value)))
            .collect()
    }

    #[test]
    fn places_are_shown_with_ties_and_unknowns() {
        let card = card_by_id("teamleren").unwrap();
        let score = DimensionScore {
            card,
            mean: Some(30),
            answered: 2,
            dont_know: 0,
            items: 2,
        };
        let at = |rank, tied| Ranked { score, rank, tied }.place_text();
        assert_eq!(at(Some(3), false), "3");
        assert_eq!(at(Some(1), true), "1 (gedeeld)");
        assert_eq!(at(None, false), "–");
        let mut scan_answers = BTreeMap::new();
        scan_answers.insert("teamleren.u1".to_owned(), Answer::Score(4));
        scan_answers.insert("teamleren.u2".to_owned(), Answer::DontKnow);
        let at_time = chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let scan = Scan {
            id: "s".into(),
            label: String::new(),
            respondent: String::new(),
            role: String::new(),
            organisation: String::new(),
            started: at_time,
            finished: None,
            answers: scan_answers,
            statements: crate::domain::scan::STATEMENTS_VERSION,
            team: None,
            extra: Default::default(),
        };
        assert_eq!(scan.answered_on_scale(), 1);
    }

    #[test]
    fn keys_answer_skip_and_go_back() {
        assert_eq!(
            key_intent("4", true),
            Some(KeyIntent::Answer(Answer::Score(4)))
        );
        assert_eq!(
            key_intent("0", true),
            Some(KeyIntent::Answer(Answer::DontKnow))
        );
        assert_eq!(key_intent("6", true), None);
        assert_eq!(key_intent("ArrowRight", true), Some(KeyIntent::Forward));
        assert_eq!(key_intent("ArrowLeft", false), Some(KeyIntent::Back));
        assert_eq!(
            key_intent("3", false),
            None,
            "nothing to answer at the summary"
        );
        assert_eq!(key_intent("ArrowRight", false), None);
    }

    #[test]
    fn statements_cover_every_challenge_once() {
        assert!(STATEMENTS.len() >= 16);
        let ids: HashSet<&str> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), STATEMENTS.len());
        for card in cards() {
            for ch in &card.challenges {
                assert!(STATEMENTS.iter().any(|s| s.challenge == ch.id), "{}", ch.id);
            }
            assert!(STATEMENTS.iter().filter(|s| s.dimension == card.id).count() >= 2);
        }
        for s in STATEMENTS {
            assert!(card_by_id(s.dimension).is_some());
            assert!(s.challenge.starts_with(s.dimension));
        }
    }

    #[test]
    fn answers_are_stored_as_numbers_and_validated() {
        assert_eq!(serde_json::to_string(&Answer::Score(4)).unwrap(), "4");
        assert_eq!(serde_json::to_string(&Answer::DontKnow).unwrap(), "0");
        assert_eq!(
            serde_json::from_str::<Answer>("0").unwrap(),
            Answer::DontKnow
        );
        assert!(serde_json::from_str::<Answer>("6").is_err());
        assert!(serde_json::from_str::<Answer>("-1").is_err());
        assert_eq!(Answer::Score(3).label(), "Klopt deels");
    }

    #[test]
    fn mean_is_of_answered_items_rounded_to_one_decimal() {
        let scores = score(&answers(&[
            ("teamleren.u1", Answer::Score(3)),
            ("teamleren.u2", Answer::Score(4)),
            ("partners.u1", Answer::Score(2)),
            ("partners.u2", Answer::DontKnow),
        ]));
        let teamleren = scores.iter().find(|s| s.card.id == "teamleren").unwrap();
        assert_eq!((teamleren.mean, teamleren.answered), (Some(35), 2));
        let partners = scores.iter().find(|s| s.card.id == "partners").unwrap();
        assert_eq!(
            (partners.mean, partners.answered, partners.dont_know),
            (Some(20), 1, 1)
        );
        assert_eq!(mean_tenths(10, 3), Some(33));
        assert_eq!(mean_tenths(11, 3), Some(37));
        assert_eq!(mean_tenths(7, 2), Some(35));
    }

    #[test]
    fn dimensions_without_answers_are_unknown_never_zero() {
        let scores = score(&answers(&[("gedeelde-visie.u1", Answer::DontKnow)]));
        assert!(scores.iter().all(|s| s.mean.is_none()));
        let ranked = rank(&scores);
        assert!(ranked.iter().all(|r| r.rank.is_none()));
        assert!(weakest(&ranked).is_empty());
    }

    #[test]
    fn ranking_puts_weakest_first_and_unknown_last() {
        let mut a = all(4);
        a.insert("feedbackprocessen.u1".into(), Answer::Score(1));
        a.insert("feedbackprocessen.u2".into(), Answer::Score(2));
        a.insert("partners.u1".into(), Answer::DontKnow);
        a.insert("partners.u2".into(), Answer::DontKnow);
        let ranked = rank(&score(&a));
        assert_eq!(ranked[0].score.card.id, "feedbackprocessen");
        assert_eq!(ranked[0].rank, Some(1));
        assert!(!ranked[0].tied);
        assert_eq!(ranked.last().unwrap().score.card.id, "partners");
        assert_eq!(ranked.last().unwrap().rank, None);
        // The six at 4,0 share rank 2 and are marked as ties, in deck order.
        let tied: Vec<&str> = ranked[1..7].iter().map(|r| r.score.card.id).collect();
        assert!(ranked[1..7].iter().all(|r| r.rank == Some(2) && r.tied));
        assert_eq!(tied[0], "gedeelde-visie");
        assert_eq!(tied[5], "structuur-en-beleid");
    }

    #[test]
    fn ties_are_stable_and_share_a_rank() {
        let ranked = rank(&score(&all(3)));
        let order: Vec<u8> = ranked.iter().map(|r| r.score.card.number).collect();
        assert_eq!(order, (1..=8).collect::<Vec<u8>>());
        assert!(ranked.iter().all(|r| r.rank == Some(1) && r.tied));
        assert_eq!(weakest(&ranked).len(), 8);
    }

    #[test]
    fn weakest_is_one_or_two() {
        let mut a = all(4);
        a.insert("teamleren.u1".into(), Answer::Score(1));
        a.insert("teamleren.u2".into(), Answer::Score(1));
        a.insert("eigenaarschap.u1".into(), Answer::Score(2));
        let w: Vec<&str> = weakest(&rank(&score(&a)))
            .iter()
            .map(|r| r.score.card.id)
            .collect();
        assert_eq!(w, ["teamleren", "eigenaarschap"]);

        let mut b = all(4);
        b.insert("teamleren.u1".into(), Answer::Score(1));
        let w: Vec<&str> = weakest(&rank(&score(&b)))
            .iter()
            .map(|r| r.score.card.id)
            .collect();
        assert_eq!(w, ["teamleren"], "the rest tie, so only the weakest");
    }

    #[test]
    fn a_partial_scan_scores_what_was_answered() {
        let a = answers(&[("kwaliteitscultuur.u2", Answer::Score(5))]);
        let scores = score(&a);
        let known: Vec<&str> = scores
            .iter()
            .filter(|s| s.mean.is_some())
            .map(|s| s.card.id)
            .collect();
        assert_eq!(known, ["kwaliteitscultuur"]);
        let k = scores
            .iter()
            .find(|s| s.card.id == "kwaliteitscultuur")
            .unwrap();
        assert_eq!((k.mean, k.answered, k.items), (Some(50), 1, 2));
    }

    fn scan(id: &str, answers: BTreeMap<String, Answer>) -> Scan {
        Scan {
            id: id.into(),
            label: String::new(),
            respondent: String::new(),
            role: String::new(),
            organisation: String::new(),
            started: chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
                .unwrap()
                .and_hms_opt(9, 30, 0)
                .unwrap(),
            finished: None,
            answers,
            statements: crate::domain::scan::STATEMENTS_VERSION,
            team: None,
            extra: Default::default(),
        }
    }

    #[test]
    fn a_scan_from_before_statement_versions_reads_as_version_one() {
        let json = r#"{"id":"s","label":"","started":"2026-01-05T09:00:00","answers":{}}"#;
        let old: Scan = serde_json::from_str(json).unwrap();
        assert_eq!(old.statements, 1);
        const { assert!(STATEMENTS_VERSION >= 2) };
    }

    #[test]
    fn compare_gives_signed_differences_and_words() {
        let mut before = all(3);
        before.insert("partners.u1".into(), Answer::DontKnow);
        before.insert("partners.u2".into(), Answer::DontKnow);
        let mut after = all(3);
        after.insert("teamleren.u1".into(), Answer::Score(5));
        after.insert("teamleren.u2".into(), Answer::Score(4));
        after.insert("feedbackprocessen.u1".into(), Answer::Score(2));
        let changes = compare(&scan("a", before), &scan("b", after));
        let by_id = |id: &str| *changes.iter().find(|c| c.card.id == id).unwrap();
        assert_eq!(by_id("teamleren").diff(), Some(15));
        assert_eq!(by_id("teamleren").word(), "hoger");
        assert_eq!(by_id("feedbackprocessen").diff(), Some(-5));
        assert_eq!(by_id("feedbackprocessen").word(), "lager");
        assert_eq!(by_id("gedeelde-visie").word(), "gelijk");
        assert_eq!(by_id("partners").diff(), None);
        assert_eq!(by_id("partners").word(), "niet te vergelijken");
    }

    #[test]
    fn unanswered_lists_skipped_statements_in_order() {
        let mut s = scan("a", all(3));
        s.answers.remove("teamleren.u2");
        s.answers.remove("gedeelde-visie.u1");
        let ids: Vec<&str> = s.unanswered().iter().map(|st| st.id).collect();
        let positions = s.unanswered_positions();
        assert_eq!(positions.len(), ids.len());
        assert!(positions
            .iter()
            .zip(&ids)
            .all(|(&i, id)| STATEMENTS[i].id == *id));
        assert_eq!(ids, ["gedeelde-visie.u1", "teamleren.u2"]);
        assert_eq!(s.title(), "Scan van 02-03-2026");
    }
}

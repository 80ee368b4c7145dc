//! The team view: the scans of N members combined per dimension — mean, median, lowest,
//! highest, and where members disagree strongly.

use chrono::NaiveDateTime;

use super::format::{parse, parse_str, Document, FileError, WriteError};
use crate::domain::content::{cards, Card};
use crate::domain::scan::{Scan, TeamFigures, TeamSummary};
use crate::domain::state::AppState;

/// A range (highest minus lowest, in tenths) from which members disagree strongly.
pub const STRONG_SPREAD: u16 = 20;

/// Team figures for one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DimensionStats {
    /// The dimension's card.
    pub card: &'static Card,
    /// The figures; `None` when no member has a score here.
    pub figures: Option<TeamFigures>,
}

impl DimensionStats {
    /// Highest minus lowest, in tenths.
    pub fn range(&self) -> Option<u16> {
        self.figures.map(|f| f.max - f.min)
    }

    /// Whether members disagree strongly (a range of 2,0 or more on the 1–5 scale).
    pub fn strong_spread(&self) -> bool {
        self.range().is_some_and(|r| r >= STRONG_SPREAD)
    }
}

/// The rows of the team table (inside its `<tbody>`): per dimension its short title, with
/// a "grote spreiding" tag where members disagree strongly, then mean, median, lowest,
/// highest and the number of members with a score. One string the browser parses at once,
/// as the radar's drawing ([`crate::domain::scan::radar::Layout::markup`]): every text in
/// it is the app's own (titles, figures) and escaped.
pub fn team_rows_markup(stats: &[DimensionStats]) -> String {
    use crate::domain::text::{card_short_title, escape_markup, format_score};
    use std::fmt::Write;
    let mut out = String::with_capacity(256 * stats.len());
    for s in stats {
        let f = s.figures;
        let (spread, tag) = if s.strong_spread() {
            (
                " class=\"spread\"",
                tr!(
                    "<span class=\"tag tag-late\">grote spreiding</span>",
                    "<span class=\"tag tag-late\">wide spread</span>"
                ),
            )
        } else {
            ("", "")
        };
        let _ = write!(
            out,
            "<tr data-card=\"{}\"{spread}><th scope=\"row\">{}{tag}</th>",
            escape_markup(s.card.id),
            escape_markup(&card_short_title(s.card))
        );
        for figure in [
            f.map(|f| f.mean),
            f.map(|f| f.median),
            f.map(|f| f.min),
            f.map(|f| f.max),
        ] {
            let _ = write!(out, "<td>{}</td>", escape_markup(&format_score(figure)));
        }
        let _ = write!(out, "<td>{}</td></tr>", f.map_or(0, |f| f.n));
    }
    out
}

/// Rounded half up, in integers.
fn div_round(sum: u32, n: u32) -> u16 {
    u16::try_from((2 * sum + n) / (2 * n)).unwrap_or(u16::MAX)
}

/// Combines member scans per dimension, in deck order.
pub fn aggregate(members: &[Scan]) -> Vec<DimensionStats> {
    let member_scores: Vec<_> = members.iter().map(Scan::scores).collect();
    cards()
        .iter()
        .enumerate()
        .map(|(i, card)| {
            let mut values: Vec<u16> = member_scores.iter().filter_map(|s| s[i].mean).collect();
            values.sort_unstable();
            let figures = (!values.is_empty()).then(|| {
                let n = values.len() as u32;
                let sum: u32 = values.iter().map(|v| u32::from(*v)).sum();
                let mid = values.len() / 2;
                let median = if values.len() % 2 == 1 {
                    values[mid]
                } else {
                    div_round(u32::from(values[mid - 1]) + u32::from(values[mid]), 2)
                };
                TeamFigures {
                    n,
                    mean: div_round(sum, n),
                    median,
                    min: values[0],
                    max: values[values.len() - 1],
                }
            });
            DimensionStats { card, figures }
        })
        .collect()
}

/// The dimensions where members disagree most (range of 1,0 or more), at most `count`,
/// widest first: good conversation starters.
pub fn conversation_starters(stats: &[DimensionStats], count: usize) -> Vec<DimensionStats> {
    let mut wide: Vec<DimensionStats> = stats
        .iter()
        .filter(|s| s.range().is_some_and(|r| r >= 10))
        .copied()
        .collect();
    wide.sort_by_key(|s| std::cmp::Reverse(s.range()));
    wide.truncate(count);
    wide
}

/// One member's scan in the team view, with where it came from (a file name, or
/// "dit apparaat").
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The file it was read from.
    pub source: String,
    /// The member's scan.
    pub scan: Scan,
}

impl Member {
    /// How the member is named: the respondent when names are shown and known, else
    /// "Deelnemer N" (1-based position).
    pub fn display_name(&self, position: usize, show_names: bool) -> String {
        if show_names && !self.scan.respondent.is_empty() {
            self.scan.respondent.clone()
        } else {
            trf!("Deelnemer {position}", "Participant {position}")
        }
    }
}

/// Adds a scan to the team; `false` when a scan with that id is already in (a scan
/// counts once, however often it is read).
pub fn add_member(members: &mut Vec<Member>, source: &str, scan: Scan) -> bool {
    if members.iter().any(|m| m.scan.id == scan.id) {
        return false;
    }
    members.push(Member {
        source: source.to_owned(),
        scan,
    });
    true
}

/// Reads members' files (name and bytes) into the team: every personal scan in them
/// joins once. Returns a Dutch line per problem: a file that cannot be read, a file
/// without a member's scan (a team result does not count), a scan already in.
pub fn members_from_files(members: &mut Vec<Member>, files: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, bytes) in files {
        let doc = match parse(bytes) {
            Ok(doc) => doc,
            Err(e) => {
                problems.push(format!("{name}: {}", e.message()));
                continue;
            }
        };
        let scans: Vec<Scan> = doc.scans.into_iter().filter(|s| s.team.is_none()).collect();
        if scans.is_empty() {
            problems.push(trf!(
                "{name}: bevat geen scan van een teamlid.",
                "{name}: does not contain a scan by a team member."
            ));
        }
        for scan in scans {
            let title = scan.title();
            if !add_member(members, name, scan) {
                problems.push(trf!(
                    "{name}: de scan “{title}” is al ingelezen en telt één keer.",
                    "{name}: the scan “{title}” has already been read in and counts once."
                ));
            }
        }
    }
    problems
}

/// The field of a kept team that says where each member's scan came from, in order.
const SOURCES: &str = "team_sources";

/// The fewest members a team picture is shown for: one member's "team" would be that
/// person's own answers.
pub const MIN_MEMBERS: usize = 2;

/// The team view's members as a document of the file format (their scans, and where each
/// came from), so that what a facilitator loaded is kept on the device until cleared, and
/// read back through the same checks and migrations as any file.
pub fn write_team(members: &[Member]) -> Result<String, WriteError> {
    let mut doc = Document::from_state(&AppState::default());
    doc.scans = members.iter().map(|m| m.scan.clone()).collect();
    let sources: Vec<&str> = members.iter().map(|m| m.source.as_str()).collect();
    doc.extra.insert(SOURCES, serde_json::json!(sources));
    doc.to_json()
}

/// Reads a team kept by [`write_team`]. A scan without its source is named "bewaard
/// teambeeld"; a scan in twice counts once.
pub fn read_team(text: &str) -> Result<Vec<Member>, FileError> {
    let doc = parse_str(text)?;
    let sources: Vec<String> = doc
        .extra
        .get(SOURCES)
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let mut members = Vec::new();
    for (i, scan) in doc.scans.into_iter().enumerate() {
        let source = sources
            .get(i)
            .map_or(tr!("bewaard teambeeld", "saved team view"), String::as_str);
        add_member(&mut members, source, scan);
    }
    Ok(members)
}

/// The figures of the team per dimension.
pub fn team_stats(members: &[Member]) -> Vec<DimensionStats> {
    aggregate(&members.iter().map(|m| m.scan.clone()).collect::<Vec<_>>())
}

/// The team result to keep, named by `label` or after its size, for the organisation of
/// the first member (`with_organisation`) or none (an export to share).
pub fn team_result(
    id: String,
    label: &str,
    members: &[Member],
    with_organisation: bool,
    now: NaiveDateTime,
) -> Scan {
    let organisation = members
        .first()
        .filter(|_| with_organisation)
        .map(|m| m.scan.organisation.clone())
        .unwrap_or_default();
    let mut scan = team_scan(
        id,
        label,
        &organisation,
        members.len(),
        &team_stats(members),
        now,
    );
    // Members of mixed versions were told so; the result records the newest.
    if let Some(newest) = members.iter().map(|m| m.scan.statements).max() {
        scan.statements = newest;
    }
    scan
}

/// The team result as a scan-like record for the history.
pub fn team_scan(
    id: String,
    label: &str,
    organisation: &str,
    members: usize,
    stats: &[DimensionStats],
    now: NaiveDateTime,
) -> Scan {
    Scan {
        id,
        label: if label.trim().is_empty() {
            trf!(
                "Teambeeld ({members} deelnemers)",
                "Team view ({members} participants)"
            )
        } else {
            label.trim().to_owned()
        },
        respondent: String::new(),
        role: "team".into(),
        organisation: organisation.trim().to_owned(),
        started: now,
        finished: Some(now),
        answers: Default::default(),
        statements: crate::domain::scan::STATEMENTS_VERSION,
        team: Some(TeamSummary {
            members: members as u32,
            dimensions: stats
                .iter()
                .filter_map(|s| Some((s.card.id.to_owned(), s.figures?.into())))
                .collect(),
            extra: Default::default(),
        }),
        extra: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scan::{Answer, STATEMENTS};
    use std::collections::BTreeMap;

    fn member(values: &[(&str, u8, u8)]) -> Scan {
        let mut answers = BTreeMap::new();
        for (dim, a, b) in values {
            answers.insert(format!("{dim}.u1"), Answer::Score(*a));
            answers.insert(format!("{dim}.u2"), Answer::Score(*b));
        }
        Scan {
            id: "m".into(),
            label: String::new(),
            respondent: String::new(),
            role: String::new(),
            organisation: String::new(),
            started: chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            finished: None,
            answers,
            statements: crate::domain::scan::STATEMENTS_VERSION,
            team: None,
            extra: Default::default(),
        }
    }

    fn stats_of<'a>(stats: &'a [DimensionStats], id: &str) -> &'a DimensionStats {
        stats.iter().find(|s| s.card.id == id).unwrap()
    }

    #[test]
    fn three_members_by_hand() {
        // Feedback: member means 1,5 / 3,0 / 4,5 → mean 3,0, median 3,0, range 3,0.
        // Teamleren: 4,0 / 4,0 / 3,5 → mean 3,8 (3,833), median 4,0, range 0,5.
        let members = [
            member(&[("feedbackprocessen", 1, 2), ("teamleren", 4, 4)]),
            member(&[("feedbackprocessen", 3, 3), ("teamleren", 4, 4)]),
            member(&[("feedbackprocessen", 5, 4), ("teamleren", 3, 4)]),
        ];
        let stats = aggregate(&members);
        let fb = stats_of(&stats, "feedbackprocessen").figures.unwrap();
        assert_eq!(
            fb,
            TeamFigures {
                n: 3,
                mean: 30,
                median: 30,
                min: 15,
                max: 45
            }
        );
        assert!(stats_of(&stats, "feedbackprocessen").strong_spread());
        let tl = stats_of(&stats, "teamleren").figures.unwrap();
        assert_eq!(
            tl,
            TeamFigures {
                n: 3,
                mean: 38,
                median: 40,
                min: 35,
                max: 40
            }
        );
        assert!(!stats_of(&stats, "teamleren").strong_spread());
        assert_eq!(stats_of(&stats, "partners").figures, None);
        let starters: Vec<&str> = conversation_starters(&stats, 2)
            .iter()
            .map(|s| s.card.id)
            .collect();
        assert_eq!(starters, ["feedbackprocessen"]);
    }

    #[test]
    fn the_table_rows_carry_every_figure_and_mark_a_strong_spread() {
        let members = [
            member(&[("feedbackprocessen", 1, 2), ("teamleren", 4, 4)]),
            member(&[("feedbackprocessen", 3, 3), ("teamleren", 4, 4)]),
            member(&[("feedbackprocessen", 5, 4), ("teamleren", 3, 4)]),
        ];
        let rows = team_rows_markup(&aggregate(&members));
        assert_eq!(rows.matches("<tr ").count(), 8);
        assert_eq!(rows.matches("<td>").count(), 8 * 5);
        assert!(rows.contains(
            "<tr data-card=\"feedbackprocessen\" class=\"spread\"><th scope=\"row\">4. Feedback<span class=\"tag tag-late\">grote spreiding</span></th><td>3,0</td><td>3,0</td><td>1,5</td><td>4,5</td><td>3</td></tr>"
        ), "{rows}");
        assert!(rows.contains("<tr data-card=\"teamleren\"><th scope=\"row\">"));
        assert_eq!(rows.matches("grote spreiding").count(), 1);
        // A dimension without scores: unknown figures, nobody counted.
        assert!(
            rows.contains(
                "<td>onbekend</td><td>onbekend</td><td>onbekend</td><td>onbekend</td><td>0</td>"
            ),
            "{rows}"
        );
    }

    #[test]
    fn one_member_and_an_even_median() {
        let one = aggregate(&[member(&[("partners", 2, 3)])]);
        assert_eq!(
            stats_of(&one, "partners").figures.unwrap(),
            TeamFigures {
                n: 1,
                mean: 25,
                median: 25,
                min: 25,
                max: 25
            }
        );
        let two = aggregate(&[member(&[("partners", 2, 2)]), member(&[("partners", 3, 4)])]);
        // 2,0 and 3,5: median 2,75 rounds half up to 2,8.
        assert_eq!(stats_of(&two, "partners").figures.unwrap().median, 28);
    }

    #[test]
    fn twelve_and_a_hundred_members() {
        for n in [12usize, 100] {
            let members: Vec<Scan> = (0..n)
                .map(|i| {
                    let v = (i % 5) as u8 + 1;
                    let mut m = member(&[]);
                    for s in STATEMENTS {
                        m.answers.insert(s.id.into(), Answer::Score(v));
                    }
                    m
                })
                .collect();
            let stats = aggregate(&members);
            for s in &stats {
                let f = s.figures.unwrap();
                assert_eq!((f.n as usize, f.min, f.max), (n, 10, 50));
                assert!(s.strong_spread());
            }
            assert_eq!(
                stats[0].figures.unwrap().mean,
                if n == 12 { 28 } else { 30 }
            );
        }
    }

    #[test]
    fn a_team_result_scores_like_a_scan() {
        let members = [
            member(&[("feedbackprocessen", 1, 2)]),
            member(&[("feedbackprocessen", 3, 3)]),
        ];
        let stats = aggregate(&members);
        let now = members[0].started;
        let scan = team_scan("t".into(), "", "MT", 2, &stats, now);
        assert_eq!(scan.label, "Teambeeld (2 deelnemers)");
        let scores = scan.scores();
        let fb = scores
            .iter()
            .find(|s| s.card.id == "feedbackprocessen")
            .unwrap();
        assert_eq!(fb.mean, Some(23));
        assert!(scores.iter().filter(|s| s.mean.is_none()).count() == 7);
        // And it survives the file format.
        let mut state = crate::domain::state::AppState::default();
        state.scans.push(scan.clone());
        let stored = crate::domain::files::format::write_stored(&state).unwrap();
        assert_eq!(
            crate::domain::files::format::read_stored(&stored)
                .unwrap()
                .scans[0],
            scan
        );
    }

    fn file(id: &str, respondent: &str) -> (String, Vec<u8>) {
        let json = format!(
            r#"{{"format":"ontwikkelkaarten","version":1,"scans":[{{"id":"{id}","label":"","respondent":"{respondent}","started":"2026-01-05T09:00:00","answers":{{"teamleren.u1":4}}}}]}}"#
        );
        (format!("{id}.json"), json.into_bytes())
    }

    #[test]
    fn members_join_once_and_problems_are_named_per_file() {
        let mut members = Vec::new();
        let team_only = (
            "team.json".to_owned(),
            br#"{"format":"ontwikkelkaarten","version":1,"scans":[{"id":"t","label":"","started":"2026-01-05T09:00:00","team":{"members":3,"dimensions":{}}}]}"#.to_vec(),
        );
        let problems = members_from_files(
            &mut members,
            &[
                file("a", "Sanne"),
                file("b", ""),
                file("a", "Sanne"),
                ("kapot.json".into(), b"{kapot".to_vec()),
                team_only,
            ],
        );
        assert_eq!(members.len(), 2);
        assert_eq!(members[0].source, "a.json");
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("a.json: de scan"));
        assert!(problems[0].ends_with("is al ingelezen en telt één keer."));
        assert!(problems[1].starts_with("kapot.json: Het bestand is beschadigd"));
        assert_eq!(problems[2], "team.json: bevat geen scan van een teamlid.");
        assert_eq!(members[0].display_name(1, true), "Sanne");
        assert_eq!(members[0].display_name(1, false), "Deelnemer 1");
        assert_eq!(members[1].display_name(2, true), "Deelnemer 2");
        let again = members[1].scan.clone();
        assert!(!add_member(&mut members, "dit apparaat", again));
    }

    #[test]
    fn the_team_result_counts_members_and_shares_no_organisation_when_exported() {
        let mut members = Vec::new();
        members_from_files(&mut members, &[file("a", "Sanne"), file("b", "Ahmed")]);
        members[0].scan.organisation = "MT Zuid".into();
        let at = chrono::NaiveDate::from_ymd_opt(2026, 2, 1)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let kept = team_result("t".into(), " ", &members, true, at);
        assert_eq!(kept.label, "Teambeeld (2 deelnemers)");
        assert_eq!(kept.organisation, "MT Zuid");
        assert_eq!(kept.team.as_ref().unwrap().members, 2);
        let shared = team_result("t".into(), "Nulmeting", &members, false, at);
        assert_eq!(
            (shared.label.as_str(), shared.organisation.as_str()),
            ("Nulmeting", "")
        );
    }

    #[test]
    fn a_kept_team_reads_back_with_its_sources() {
        let mut members = Vec::new();
        let mut a = member(&[("feedbackprocessen", 1, 2)]);
        a.id = "scan-a".into();
        a.respondent = "Anna".into();
        let mut b = member(&[("teamleren", 4, 5)]);
        b.id = "scan-b".into();
        add_member(&mut members, "anna.json", a);
        add_member(&mut members, "dit apparaat", b);
        let text = write_team(&members).unwrap();
        assert_eq!(read_team(&text).unwrap(), members);
        assert!(read_team(&write_team(&[]).unwrap()).unwrap().is_empty());
    }

    #[test]
    fn a_damaged_kept_team_is_an_error_not_an_empty_team() {
        let mut members = Vec::new();
        add_member(&mut members, "anna.json", member(&[("teamleren", 3, 3)]));
        let text = write_team(&members).unwrap();
        assert!(read_team(&text[..text.len() / 2]).is_err());
        assert!(read_team("").is_err());
        // Without its sources (edited by hand) the scans still come back, named.
        let bare = text.replace("\"team_sources\"", "\"iets_anders\"");
        assert_eq!(read_team(&bare).unwrap()[0].source, "bewaard teambeeld");
    }
}

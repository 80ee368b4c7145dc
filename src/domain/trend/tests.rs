use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use super::follow_up::{
    choice_label, comparable, first_choice, next_session_day, notes_with_actions, session_changes,
};
use super::*;
use crate::domain::extra::Extra;
use crate::domain::journey::{Action, Plan};
use crate::domain::scan::{Answer, STATEMENTS};
use crate::domain::session::{SessionCode, SessionResult};

fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap()
}

/// Answers where every statement of dimension `i` (deck order) is `score(i)`.
fn answers(score: impl Fn(usize) -> u8) -> BTreeMap<String, Answer> {
    let dims: Vec<&str> = cards().iter().map(|c| c.id).collect();
    STATEMENTS
        .iter()
        .map(|s| {
            let i = dims.iter().position(|d| *d == s.dimension).unwrap();
            (s.id.to_owned(), Answer::Score(score(i)))
        })
        .collect()
}

/// A session of `team` with one result per entry of `scores` (each: dimension → score).
fn session(
    code: &str,
    team: &str,
    name: &str,
    when: NaiveDateTime,
    minimum: u32,
    scores: &[fn(usize) -> u8],
) -> TeamSession {
    let mut s = TeamSession::new(
        SessionCode::parse(code).unwrap(),
        team,
        name,
        minimum,
        false,
        when,
    );
    for (i, score) in scores.iter().enumerate() {
        s.results.push(SessionResult {
            id: i as u32 + 1,
            other_session: None,
            name: String::new(),
            day: when.date(),
            answers: answers(score),
            extra: Extra::default(),
        });
    }
    s
}

fn all2(_: usize) -> u8 {
    2
}
fn all3(_: usize) -> u8 {
    3
}
fn all4(_: usize) -> u8 {
    4
}
fn rising(i: usize) -> u8 {
    1 + (i % 5) as u8
}

/// MT Zuid: a zero measurement (2, 3, 4: mean 3,0), a session below its minimum, and a
/// later one (3, 4, 4, 4: mean 3,8); and one session of another team in between.
fn sessions() -> Vec<TeamSession> {
    vec![
        session(
            "AAA-333",
            "MT Zuid",
            "na een half jaar",
            at(2027, 5, 10),
            3,
            &[all3, all4, all4, all4],
        ),
        session(
            "AAA-111",
            "MT Zuid",
            "nulmeting",
            at(2026, 11, 2),
            3,
            &[all2, all3, all4],
        ),
        session(
            "BBB-111",
            "MT Noord",
            "start",
            at(2027, 2, 1),
            2,
            &[all2, all4],
        ),
        session(
            "AAA-222",
            " mt  zuid ",
            "",
            at(2027, 1, 15),
            3,
            &[rising, rising],
        ),
    ]
}

#[test]
fn a_team_trend_lists_every_session_oldest_first_and_none_of_another_team() {
    let trend = Trend::of_team(&sessions(), "MT Zuid");
    let names: Vec<&str> = trend.moments.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["nulmeting", "Sessie van 15-01-2027", "na een half jaar"]
    );
    assert_eq!(trend.moments[0].id, "AAA111");
    assert_eq!(trend.moments[1].date(), "15-01-2027");
    assert_eq!(trend.moments[1].own_date(), None, "the name holds the date");
    assert_eq!(trend.moments[0].own_date().as_deref(), Some("02-11-2026"));
    assert_eq!(trend.with_figures(), 2);
}

#[test]
fn a_session_below_its_minimum_shows_no_figure_anywhere_in_the_trend() {
    let trend = Trend::of_team(&sessions(), "MT Zuid");
    let below = &trend.moments[1];
    assert_eq!(below.shown, Shown::TooFew { needed: 1 });
    assert!(!below.has_figures());
    for d in 0..8 {
        assert_eq!(below.value(d), None);
        assert_eq!(below.cell(d), None);
        assert_eq!(trend.series(d)[1], None, "dimension {d}");
    }
    let spoken = trend.spoken(0);
    assert!(
        spoken.contains("2. Sessie van 15-01-2027 geen cijfer (nog 1 nodig)"),
        "{spoken}"
    );
    // Its answers (1 on the first dimension) appear in no figure.
    assert!(!spoken.contains(" 1,0"), "{spoken}");
}

#[test]
fn series_hold_the_team_means_per_dimension() {
    let trend = Trend::of_team(&sessions(), "mt zuid");
    for d in 0..8 {
        // (2 + 3 + 4) / 3 = 3,0 and (3 + 4 + 4 + 4) / 4 = 3,75 → 3,8 (half up).
        assert_eq!(trend.series(d), [Some(30), None, Some(38)]);
    }
    assert_eq!(trend.moments[2].cell(0).as_deref(), Some("3,8"));
    assert_eq!(
        trend.spoken(3),
        format!(
            "4. {} door de tijd: 1. nulmeting 3,0; 2. Sessie van 15-01-2027 geen cijfer (nog 1 nodig); 3. na een half jaar 3,8.",
            cards()[3].short_title
        )
    );
}

#[test]
fn own_scans_over_time_are_the_finished_personal_ones_oldest_first() {
    let scan = |id: &str, when: NaiveDateTime, finished: bool, score: fn(usize) -> u8| Scan {
        id: id.into(),
        label: id.to_uppercase(),
        respondent: String::new(),
        role: String::new(),
        organisation: String::new(),
        started: when,
        finished: finished.then_some(when),
        answers: answers(score),
        statements: crate::domain::scan::STATEMENTS_VERSION,
        team: None,
        extra: Extra::default(),
    };
    let team = sessions()[1].team_scan().unwrap();
    let scans = vec![
        scan("later", at(2027, 3, 1), true, all4),
        scan("busy", at(2027, 4, 1), false, all2),
        team,
        scan("first", at(2026, 9, 1), true, rising),
        scan("middle", at(2026, 12, 1), true, all3),
    ];
    let trend = Trend::of_scans(&scans);
    let ids: Vec<&str> = trend.moments.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["first", "middle", "later"]);
    assert_eq!(trend.moments[0].name, "FIRST");
    assert_eq!(trend.series(0), [Some(10), Some(30), Some(40)]);
    assert_eq!(trend.series(4), [Some(50), Some(30), Some(40)]);
    assert_eq!(trend.with_figures(), 3);
    assert_eq!(trend.versions_notice(), None);

    // A scan from before the statements were sharpened (its file has no version).
    let mut scans = scans;
    scans[3].statements = 1;
    let notice = Trend::of_scans(&scans).versions_notice().unwrap();
    assert!(notice.contains("versie 1 en 2"), "{notice}");
}

#[test]
fn sessions_of_different_statement_versions_are_compared_with_a_notice() {
    let mut all = sessions();
    let (a, b) = (all[0].clone(), all[2].clone());
    assert_eq!(session_changes(&a, &b).unwrap().notice, None);
    all[0].statements = 1;
    let changes = session_changes(&all[0], &b).unwrap();
    assert!(changes
        .notice
        .unwrap()
        .starts_with("Let op: hier zijn verschillende versies"));
    assert!(Trend::of_team(&all, &a.team).versions_notice().is_some());
}

#[test]
fn the_trend_opens_with_the_team_of_the_latest_session() {
    let mut list = sessions();
    assert_eq!(latest_team(&list).as_deref(), Some("MT Zuid"));
    list.push(session("CCC-111", "mt noord", "", at(2027, 6, 1), 3, &[]));
    assert_eq!(latest_team(&list).as_deref(), Some("MT Noord"));
    assert_eq!(latest_team(&[]), None);
}

#[test]
fn a_session_compares_with_the_other_sessions_of_its_team_that_have_figures() {
    let list = sessions();
    let ids = |v: Vec<&TeamSession>| v.iter().map(|s| s.id()).collect::<Vec<_>>();
    assert_eq!(ids(comparable(&list, "AAA333")), ["AAA111"]);
    assert_eq!(ids(comparable(&list, "AAA111")), ["AAA333"]);
    assert!(comparable(&list, "AAA222").is_empty(), "below its minimum");
    assert!(comparable(&list, "BBB111").is_empty(), "no other session");
    assert!(comparable(&list, "ZZZZZZ").is_empty());

    let latest = comparable(&list, "AAA333");
    assert_eq!(
        first_choice(&list, "AAA333", &latest).map(TeamSession::id),
        Some("AAA111".into()),
        "the latest earlier one"
    );
    let first = comparable(&list, "AAA111");
    assert_eq!(
        first_choice(&list, "AAA111", &first).map(TeamSession::id),
        Some("AAA333".into()),
        "else the first later one"
    );
    assert_eq!(choice_label(&list[1]), "nulmeting (02-11-2026)");
}

#[test]
fn comparing_two_sessions_puts_the_earlier_first_and_gives_the_changes() {
    let list = sessions();
    let c = session_changes(&list[0], &list[1]).unwrap();
    assert_eq!(c.earlier, "nulmeting (02-11-2026)");
    assert_eq!(c.later, "na een half jaar (10-05-2027)");
    assert!(c
        .changes
        .iter()
        .all(|ch| ch.before == Some(30) && ch.after == Some(38) && ch.diff() == Some(8)));
    assert_eq!(session_changes(&list[1], &list[0]), Some(c));
    assert_eq!(
        session_changes(&list[0], &list[3]),
        None,
        "below the minimum"
    );
}

#[test]
fn notes_come_in_deck_order_with_the_actions_made_from_them() {
    let list = sessions();
    let mut s = list[1].clone();
    s.notes
        .insert("partners".into(), " Meer samen met de ouders ".into());
    s.notes
        .insert("gedeelde-visie".into(), "Visie op één A4".into());
    s.notes.insert("teamleren".into(), "   ".into());
    s.notes
        .insert("nieuwe-kaart".into(), "Van een nieuwere versie".into());
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let action = |id: &str, suggestion: Option<&str>, created| {
        let mut a = Action::new(id.into(), id, created);
        a.suggestion = suggestion.map(str::to_owned);
        a
    };
    let plan = Plan {
        id: "p".into(),
        name: "Plan".into(),
        template: "leeg".into(),
        team: Vec::new(),
        start: day(2026, 11, 1),
        weeks: 20,
        dimensions: Vec::new(),
        between: String::new(),
        sessions: Vec::new(),
        actions: vec![
            action("visie", Some("gedeelde-visie.01"), day(2026, 11, 2)),
            action("te vroeg", Some("gedeelde-visie.02"), day(2026, 11, 1)),
            action("ouders", Some("partners.02"), day(2026, 12, 1)),
            action("na de volgende", Some("partners.03"), day(2027, 1, 15)),
            action("zonder notitie", Some("teamleren.01"), day(2026, 11, 3)),
            action("los", None, day(2026, 11, 3)),
        ],
        promises: Vec::new(),
        budget: Default::default(),
        measures: Vec::new(),
        extra: Extra::default(),
    };
    let until = next_session_day(&list, &s);
    assert_eq!(until, Some(day(2027, 1, 15)));
    let notes = notes_with_actions(&s, Some(&plan), until);
    let shown: Vec<(String, &str, Vec<&str>)> = notes
        .iter()
        .map(|n| {
            (
                n.title(),
                n.note.as_str(),
                n.actions.iter().map(|a| a.text.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                crate::domain::text::card_title(&cards()[0]),
                "Visie op één A4",
                vec!["visie"]
            ),
            (
                crate::domain::text::card_title(&cards()[4]),
                "Meer samen met de ouders",
                vec!["ouders"]
            ),
            ("nieuwe-kaart".to_owned(), "Van een nieuwere versie", vec![]),
        ]
    );
    let without_plan = notes_with_actions(&s, None, until);
    assert!(without_plan.iter().all(|n| n.actions.is_empty()));
    assert_eq!(
        next_session_day(&list, &list[0]),
        None,
        "the latest session"
    );
}

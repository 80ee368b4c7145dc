use super::*;
use crate::domain::scan::STATEMENTS;

fn at(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap()
}

fn code() -> SessionCode {
    SessionCode::parse("K7M-2QX").unwrap()
}

fn session(minimum: u32) -> TeamSession {
    TeamSession::new(code(), " MT  Zuid ", "nulmeting", minimum, false, at(2))
}

/// A result for this session where every statement of dimension `i` (0-based, deck order)
/// is answered `score(i)`.
fn result(id: u32, score: impl Fn(usize) -> u8) -> ResultLink {
    let mut answers: Answers = [None; 16];
    for (n, slot) in answers.iter_mut().enumerate() {
        *slot = Some(Answer::Score(score(n / 2)));
    }
    ResultLink {
        session: Some(code()),
        id,
        day: at(3).date(),
        answers,
        name: format!("Lid {id}"),
    }
}

#[test]
fn a_new_session_is_named_and_keeps_a_sane_minimum() {
    let s = session(1);
    assert_eq!(s.code, "K7M-2QX");
    assert_eq!(s.id(), "K7M2QX");
    assert_eq!(s.team, "MT Zuid");
    assert_eq!(s.title(), "MT Zuid — nulmeting");
    assert_eq!(s.minimum, LOWEST_MINIMUM);
    let invitation = s.invitation().unwrap();
    assert_eq!(invitation.name, "MT Zuid — nulmeting");
    assert!(!invitation.names_allowed);
    assert_eq!(
        TeamSession::new(code(), "", "", 3, false, at(2)).title(),
        "Teamsessie K7M-2QX"
    );
}

#[test]
fn no_figure_below_the_minimum_and_how_many_more_are_needed() {
    let mut s = session(3);
    assert_eq!(s.picture(), Picture::TooFew { needed: 3 });
    assert_eq!(s.add(&result(1, |_| 2), false), Added::New);
    assert_eq!(s.add(&result(2, |_| 4), false), Added::New);
    assert_eq!(s.picture(), Picture::TooFew { needed: 1 });
    assert_eq!(s.figures(), None);
    assert_eq!(s.distribution("partners"), None);
    assert_eq!(s.team_scan(), None);
    let export = s.for_export(true);
    assert!(export.results.is_empty() && export.summary.is_none());
    s.add(&result(3, |_| 3), false);
    let figures = s.figures().unwrap();
    assert_eq!(figures.len(), 8);
    let f = figures[0].figures.unwrap();
    assert_eq!((f.n, f.mean, f.min, f.max), (3, 30, 20, 40));
    assert!(figures[0].strong_spread());
}

#[test]
fn the_same_result_counts_once_and_another_sessions_only_on_purpose() {
    let mut s = session(2);
    assert_eq!(s.add(&result(1, |_| 2), false), Added::New);
    assert_eq!(s.add(&result(1, |_| 2), false), Added::Again);
    let other = ResultLink {
        session: SessionCode::parse("AAA-BBB"),
        ..result(2, |_| 5)
    };
    assert_eq!(s.add(&other, false), Added::OtherSession);
    assert_eq!(s.results.len(), 1);
    assert_eq!(s.add(&other, true), Added::New);
    assert_eq!(s.results[1].other_session.as_deref(), Some("AAA-BBB"));
    let outside = ResultLink {
        session: None,
        ..result(3, |_| 5)
    };
    assert_eq!(s.add(&outside, false), Added::OtherSession);
    assert_eq!(s.add(&outside, true), Added::New);
    assert_eq!(s.results[2].other_session.as_deref(), Some(""));
    s.remove(2);
    assert_eq!(
        s.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![1, 3]
    );
}

#[test]
fn names_only_where_the_session_allows_them_and_shown_only_by_choice() {
    let mut anonymous = session(2);
    anonymous.add(&result(1, |_| 2), false);
    assert_eq!(anonymous.results[0].name, "");
    let mut named = TeamSession::new(code(), "MT", "", 2, true, at(2));
    named.add(&result(1, |_| 2), false);
    named.add(&result(2, |_| 3), false);
    assert_eq!(named.member_names(), vec!["Deelnemer 1", "Deelnemer 2"]);
    named.show_names = true;
    assert_eq!(named.member_names(), vec!["Lid 1", "Lid 2"]);
    named.show_names = false;
    let export = named.for_export(true);
    assert!(export.results.iter().all(|r| r.name.is_empty()));
}

#[test]
fn an_export_leaves_answers_out_unless_chosen_and_keeps_the_figures() {
    let mut s = session(2);
    s.add(&result(1, |d| 1 + (d % 5) as u8), false);
    s.add(&result(2, |_| 3), false);
    s.notes
        .insert("partners".into(), "Afspraak met de hogeschool".into());
    let without = s.for_export(false);
    assert!(without.results.is_empty());
    assert_eq!(without.summary.as_ref().unwrap().members, 2);
    assert_eq!(without.respondents(), 2);
    assert_eq!(without.figures(), s.figures());
    assert_eq!(without.notes, s.notes);
    let with = s.for_export(true);
    assert_eq!(with.results.len(), 2);
    // Read back: the same session, the same figures.
    let text = write_sessions(std::slice::from_ref(&without), Some(at(4))).unwrap();
    assert!(!text.contains("\"answers\""));
    let read = read_sessions(&text).unwrap();
    assert_eq!(read, vec![without]);
    assert_eq!(read[0].figures(), s.figures());
}

#[test]
fn kept_sessions_round_trip_through_the_file_format() {
    let mut s = session(2);
    s.add(&result(1, |_| 4), false);
    s.plan = Some("plan-1".into());
    let text = write_sessions(std::slice::from_ref(&s), None).unwrap();
    assert_eq!(read_sessions(&text).unwrap(), vec![s]);
}

#[test]
fn other_files_are_not_sessions_files() {
    let plain = crate::domain::files::format::write_stored(&AppState::default()).unwrap();
    assert_eq!(read_sessions(&plain), Err(FileError::NotOurs));
    assert!(matches!(
        read_sessions("{\"format\":"),
        Err(FileError::Damaged { .. })
    ));
    assert_eq!(
        read_sessions(r#"{"format":"ontwikkelkaarten","version":99,"teamsessies":[]}"#),
        Err(FileError::Newer(99))
    );
    assert_eq!(read_sessions(""), Err(FileError::Empty));
}

#[test]
fn adding_a_file_merges_a_kept_session_and_adds_new_ones() {
    let mut kept = vec![session(2)];
    kept[0].add(&result(1, |_| 2), false);
    let mut copy = session(2);
    copy.add(&result(1, |_| 2), false);
    copy.add(&result(2, |_| 4), false);
    copy.notes.insert("teamleren".into(), "x".into());
    let other = TeamSession::new(
        SessionCode::parse("AAA-BBB").unwrap(),
        "MT Zuid",
        "tussenmeting",
        3,
        false,
        at(20),
    );
    assert_eq!(add_sessions(&mut kept, vec![copy, other]), 1);
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0].results.len(), 2);
    assert_eq!(
        kept[0].notes.get("teamleren").map(String::as_str),
        Some("x")
    );
}

#[test]
fn a_teams_sessions_make_its_trend_in_time_order() {
    let late = TeamSession::new(
        SessionCode::parse("AAA-BBB").unwrap(),
        "mt zuid",
        "eindmeting",
        3,
        false,
        at(28),
    );
    let other = TeamSession::new(
        SessionCode::parse("CCC-DDD").unwrap(),
        "MT Noord",
        "",
        3,
        false,
        at(1),
    );
    let sessions = vec![late, session(3), other];
    let trend = sessions_of_team(&sessions, "MT Zuid");
    assert_eq!(
        trend.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        vec!["nulmeting", "eindmeting"]
    );
    assert_eq!(teams(&sessions), vec!["MT Noord", "MT Zuid"]);
}

#[test]
fn the_distribution_is_sorted_so_no_dot_points_to_a_person() {
    let mut s = session(3);
    for (id, score) in [(1, 4), (2, 1), (3, 3)] {
        s.add(&result(id, move |_| score), false);
    }
    assert_eq!(s.distribution("gedeelde-visie"), Some(vec![10, 30, 40]));
    assert_eq!(s.distribution("bestaat-niet"), None);
    let team = s.team_scan().unwrap();
    assert_eq!(team.team.unwrap().members, 3);
}

#[test]
fn a_members_scan_carries_its_session_and_sends_it_back() {
    let invitation = s_invitation(true);
    let membership = Membership::of(&invitation, 0xFFAB_CDEF);
    assert_eq!(membership.result, 0x00AB_CDEF);
    let mut scan = SessionResult {
        id: 9,
        other_session: None,
        name: String::new(),
        day: at(3).date(),
        answers: result(9, |_| 3).answer_map(),
        extra: Extra::default(),
    }
    .scan();
    scan.respondent = "Sanne".into();
    membership.put_on(&mut scan);
    assert_eq!(Membership::of_scan(&scan), Some(membership.clone()));
    let link = membership.result_link(&scan);
    assert_eq!(link.session, Some(code()));
    assert_eq!(link.name, "Sanne");
    assert_eq!(link.answer_map(), scan.answers);
    assert_eq!(link.answers.len(), STATEMENTS.len());
    let anonymous = Membership::of(&s_invitation(false), 1).result_link(&scan);
    assert_eq!(anonymous.name, "");
}

fn s_invitation(names_allowed: bool) -> Invitation {
    Invitation {
        code: code(),
        name: "MT Zuid — nulmeting".into(),
        names_allowed,
    }
}

#[test]
fn a_pasted_chat_is_collected_in_one_go_with_one_line_about_it() {
    let mut s = session(3);
    let base = "https://example.nl/app/";
    let links: Vec<String> = (1..=3).map(|id| result(id, |_| 3).url(base)).collect();
    let other = ResultLink {
        session: SessionCode::parse("AAA-BBB"),
        ..result(9, |_| 1)
    }
    .url(base);
    let chat = format!(
        "Sanne: {}\nAhmed: {} en nog een keer {}\nKees: {}\nJoke: {}\nPiet: goedemorgen",
        links[0],
        links[1],
        links[1],
        links[2],
        &other[..other.len() - 3]
    );
    let collected = Collected::from_text(&mut s, &chat);
    assert_eq!((collected.added, collected.again), (3, 1));
    assert_eq!(collected.problems, vec![LinkError::Damaged]);
    assert_eq!(s.results.len(), 3);
    assert_eq!(
        collected.summary(),
        "✓ 3 uitkomsten toegevoegd. 1 uitkomst stond er al in en telt één keer. Eén link is beschadigd of niet compleet: vraag de afzender de link opnieuw te sturen, of de QR-code te laten zien."
    );
    let later = Collected::from_text(&mut s, &other);
    assert_eq!(later.other.len(), 1);
    assert!(later.summary().contains("voor een andere sessie"));
    assert_eq!(s.results.len(), 3);
    let nothing = Collected::from_text(&mut s, "Goedemorgen, tot straks!");
    assert!(nothing.summary().starts_with("Hier staat geen link"));
    assert_eq!(s.results.len(), 3);
}

#[test]
fn a_members_file_becomes_a_result_that_counts_once() {
    let mut scan = SessionResult {
        id: 1,
        other_session: None,
        name: String::new(),
        day: at(3).date(),
        answers: result(1, |_| 2).answer_map(),
        extra: Extra::default(),
    }
    .scan();
    scan.id = "scan-abc-123".into();
    let plain = result_of_scan(&scan).unwrap();
    assert_eq!(plain.session, None);
    assert_eq!(result_of_scan(&scan), Some(plain.clone()));
    Membership::of(&s_invitation(false), 42).put_on(&mut scan);
    let member = result_of_scan(&scan).unwrap();
    assert_eq!((member.session, member.id), (Some(code()), 42));
    scan.finished = None;
    assert_eq!(result_of_scan(&scan), None);
}

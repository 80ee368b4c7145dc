//! The file format on the host: every format version's fixture keeps loading, an unknown
//! field in any record survives a round trip, and the importer survives many thousands of
//! random and damaged files without panicking.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::atomic::{AtomicUsize, Ordering};

use ontwikkelkaarten::domain::files::export::export_all;
use ontwikkelkaarten::domain::files::format::{
    parse, parse_str, read_stored, write_stored, FileError, VERSION,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn fixture(version: u32) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/format-v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_format_version_keeps_loading() {
    for version in 1..=VERSION {
        let doc = parse(&fixture(version)).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(
            doc.version, VERSION,
            "v{version} is migrated to the current version"
        );
        assert!(!doc.scans.is_empty() && !doc.plans.is_empty() && !doc.suggestions.is_empty());
        let plan = &doc.plans[0];
        assert!(!plan.sessions.is_empty() && !plan.actions.is_empty() && !plan.promises.is_empty());
        assert!(doc.scans.iter().any(|s| s.team.is_some()));
    }
}

#[test]
fn the_fixture_round_trips_without_loss() {
    let doc = parse(&fixture(VERSION)).unwrap();
    let again = parse(doc.to_pretty_json().unwrap().as_bytes()).unwrap();
    assert_eq!(again, doc);
}

#[test]
fn numbers_read_back_exactly_as_written() {
    // Found by the mutation test below: without serde_json's exact float parsing, a baseline
    // of 3e25 read back as 3.0000000000000005e25.
    let mut doc = parse(&fixture(VERSION)).unwrap();
    for value in [3e25, 0.1, 1e-7, 123_456.789, 2.5e-300, f64::MAX] {
        doc.plans[0].measures[0].baseline = value;
        let again = parse(doc.to_json().unwrap().as_bytes()).unwrap();
        assert_eq!(
            again.plans[0].measures[0].baseline.to_bits(),
            value.to_bits(),
            "{value:e}"
        );
    }
}

// Unknown fields: one test per record type. Each puts a field the format does not know into
// one record of the current fixture (plus a draft, which the fixture lacks), reads it,
// writes the stored document and the full export, reads those again, and finds the field
// at the same place with the same value.

/// The current fixture with a draft added, so that every record type is in it.
fn every_record() -> Value {
    let mut doc: Value = serde_json::from_slice(&fixture(VERSION)).unwrap();
    doc["draft"] = json!({
        "scan": {"id": "draft-1", "label": "", "started": "2026-11-20T09:00:00", "answers": {"teamleren.u1": 3}},
        "position": 1
    });
    doc
}

fn unknown() -> Value {
    json!({"x": [1, "a"], "y": null, "z": 2.5})
}

/// Puts the unknown field `bron` at `pointer` and checks every way back out.
fn assert_kept(pointer: &str) {
    let mut doc = every_record();
    doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} is not in the fixture"))
        .as_object_mut()
        .unwrap_or_else(|| panic!("{pointer} is not a record"))
        .insert("bron".into(), unknown());
    let read = parse_str(&doc.to_string()).unwrap_or_else(|e| panic!("{pointer}: {e}"));
    let state = read_stored(&doc.to_string()).unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let written = [
        ("document", read.to_pretty_json().unwrap()),
        ("stored", write_stored(&state).unwrap()),
        ("export", export_all(&state, now).unwrap().json),
    ];
    for (how, text) in written {
        let again: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            again.pointer(&format!("{pointer}/bron")),
            Some(&unknown()),
            "{how} lost {pointer}/bron"
        );
        // And it reads back to the same records, unknown field included.
        let reread = parse_str(&text).unwrap();
        assert_eq!(reread.plans, read.plans, "{how}");
        assert_eq!(reread.scans, read.scans, "{how}");
        assert_eq!(reread.draft, read.draft, "{how}");
        assert_eq!(reread.suggestions, read.suggestions, "{how}");
        assert_eq!(reread.extra, read.extra, "{how}");
    }
    // Through the app's state and back, as saving and loading do.
    assert_eq!(read_stored(&write_stored(&state).unwrap()).unwrap(), state);
}

#[test]
fn an_unknown_top_level_field_is_kept() {
    assert_kept("");
}

#[test]
fn an_unknown_field_in_a_suggestion_mark_is_kept() {
    assert_kept("/suggestions/feedbackprocessen.03");
}

#[test]
fn an_unknown_field_in_a_scan_is_kept() {
    assert_kept("/scans/0");
}

#[test]
fn an_unknown_field_in_a_team_summary_is_kept() {
    assert_kept("/scans/1/team");
}

#[test]
fn an_unknown_field_in_a_team_dimension_is_kept() {
    assert_kept("/scans/1/team/dimensions/teamleren");
}

#[test]
fn an_unknown_field_in_a_draft_is_kept() {
    assert_kept("/draft");
}

#[test]
fn an_unknown_field_in_the_scan_of_a_draft_is_kept() {
    assert_kept("/draft/scan");
}

#[test]
fn an_unknown_field_in_a_plan_is_kept() {
    assert_kept("/plans/0");
}

#[test]
fn an_unknown_field_in_a_session_is_kept() {
    assert_kept("/plans/0/sessions/1");
}

#[test]
fn an_unknown_field_in_a_reflection_is_kept() {
    assert_kept("/plans/0/sessions/0/reflection");
}

#[test]
fn an_unknown_field_in_an_action_is_kept() {
    assert_kept("/plans/0/actions/0");
}

#[test]
fn an_unknown_field_in_a_promise_is_kept() {
    assert_kept("/plans/0/promises/0");
}

#[test]
fn an_unknown_field_in_a_promise_check_is_kept() {
    assert_kept("/plans/0/promises/0/checks/0");
}

#[test]
fn an_unknown_field_in_a_budget_is_kept() {
    assert_kept("/plans/0/budget");
}

#[test]
fn an_unknown_field_in_a_measure_is_kept() {
    assert_kept("/plans/0/measures/0");
}

#[test]
fn unknown_fields_everywhere_at_once_survive_the_state() {
    let mut doc = every_record();
    let pointers = [
        "",
        "/suggestions/partners.02",
        "/scans/0",
        "/scans/1/team",
        "/scans/1/team/dimensions/feedbackprocessen",
        "/draft",
        "/draft/scan",
        "/plans/0",
        "/plans/0/sessions/0",
        "/plans/0/sessions/0/reflection",
        "/plans/0/actions/0",
        "/plans/0/promises/0",
        "/plans/0/promises/0/checks/0",
        "/plans/0/budget",
        "/plans/0/measures/0",
    ];
    for (i, pointer) in pointers.iter().enumerate() {
        doc.pointer_mut(pointer)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert(format!("nieuw_{i}"), json!(i));
    }
    let state = read_stored(&doc.to_string()).unwrap();
    assert_eq!(state.extra.get("nieuw_0"), Some(json!(0)));
    assert_eq!(state.plans[0].budget.extra.get("nieuw_13"), Some(json!(13)));
    let stored = write_stored(&state).unwrap();
    assert_eq!(read_stored(&stored).unwrap(), state);
    let again: Value = serde_json::from_str(&stored).unwrap();
    for (i, pointer) in pointers.iter().enumerate() {
        assert_eq!(
            again.pointer(&format!("{pointer}/nieuw_{i}")),
            Some(&json!(i)),
            "{pointer}"
        );
    }
}

static INPUTS: AtomicUsize = AtomicUsize::new(0);

/// Every input gives a document that survives its own export exactly, or a typed error
/// whose Dutch message is a sentence.
fn check(bytes: &[u8]) {
    INPUTS.fetch_add(1, Ordering::Relaxed);
    match parse(bytes) {
        Ok(doc) => {
            for text in [doc.to_json().unwrap(), doc.to_pretty_json().unwrap()] {
                let round = parse(text.as_bytes()).expect("export of an import reads back");
                assert_eq!(round, doc);
            }
        }
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with(char::is_uppercase) && message.ends_with('.'),
                "{message}"
            );
        }
    }
}

fn mutate(base: &[u8], ops: &[(u8, usize, u8)]) -> Vec<u8> {
    let mut out = base.to_vec();
    for &(op, at, byte) in ops {
        if out.is_empty() {
            out.push(byte);
            continue;
        }
        let at = at % out.len();
        match op % 6 {
            0 => out.truncate(at),
            1 => out[at] = byte,
            2 => out.insert(at, byte),
            3 => {
                out.remove(at);
            }
            4 => {
                let digits = b"999999999999999999999999";
                out.splice(at..at, digits.iter().copied());
            }
            _ => {
                let chunk: Vec<u8> = out[at..].iter().take(40).copied().collect();
                out.splice(at..at, chunk);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn mutated_files_never_panic(ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..6)) {
        check(&mutate(&fixture(VERSION), &ops));
    }

    /// A value of any type in a field, with the original value moved to an unknown field
    /// `_x` beside it (which is kept): a document either reads and round-trips, or is
    /// refused with a message.
    #[test]
    fn wrong_types_in_every_field_never_panic(field in 0usize..16, value in prop_oneof![
        Just("null".to_owned()), Just("true".to_owned()), Just("[]".to_owned()), Just("{}".to_owned()),
        Just("-1".to_owned()), Just("1e400".to_owned()), Just("\"\"".to_owned()), Just("18446744073709551616".to_owned()),
        Just("0.5".to_owned()), Just("3".to_owned()), Just("{\"n\":1}".to_owned()),
        "\"[^\"\\\\]{0,20}\"",
    ]) {
        let names = ["format", "version", "app_version", "exported_at", "last_export", "suggestions", "scans", "status", "plans", "answers", "team", "dimensions", "sessions", "reflection", "budget", "values"];
        let text = String::from_utf8(fixture(VERSION)).unwrap();
        let key = format!("\"{}\":", names[field]);
        prop_assert!(text.contains(&key), "{} is not in the fixture", names[field]);
        let replaced = text.replacen(&key, &format!("{key} {value}, \"_x\":"), 1);
        check(replaced.as_bytes());
    }
}

#[test]
fn deep_nesting_and_huge_inputs() {
    // serde_json follows 127 levels of nesting; the 128th bracket is reported.
    for depth in [10, 127] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(parse(text.as_bytes()), Err(FileError::NotOurs), "{depth}");
    }
    for depth in [128, 129, 5_000, 100_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(
            matches!(parse(text.as_bytes()), Err(FileError::TooDeep { .. })),
            "{depth}"
        );
    }
    for depth in [10, 127, 128, 129, 5_000, 100_000] {
        let text = format!(
            r#"{{"format":"ontwikkelkaarten","version":1,"scans":{}"#,
            "[".repeat(depth)
        );
        assert!(
            matches!(parse(text.as_bytes()), Err(FileError::Damaged { .. })),
            "{depth}"
        );
    }
    check(&vec![b'{'; 6 * 1024 * 1024]);
    assert_eq!(
        parse(&vec![b' '; 6 * 1024 * 1024]),
        Err(FileError::TooLarge(6 * 1024 * 1024))
    );
    eprintln!(
        "importer inputs checked so far in this process: {}",
        INPUTS.load(Ordering::Relaxed)
    );
}

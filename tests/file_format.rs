//! The file format on the host: every format version's fixture keeps loading, and the
//! importer survives many thousands of random and damaged files without panicking.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::atomic::{AtomicUsize, Ordering};

use ontwikkelkaarten::domain::files::format::{parse, Document, FileError, VERSION};
use proptest::prelude::*;

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
        let doc =
            parse(&fixture(version)).unwrap_or_else(|e| panic!("v{version}: {}", e.message()));
        assert_eq!(doc.version, version);
        assert!(!doc.scans.is_empty() && !doc.plans.is_empty() && !doc.suggestions.is_empty());
        let plan = &doc.plans[0];
        assert!(!plan.sessions.is_empty() && !plan.actions.is_empty() && !plan.promises.is_empty());
        assert!(doc.scans.iter().any(|s| s.team.is_some()));
    }
}

#[test]
fn the_fixture_round_trips_without_loss() {
    let doc = parse(&fixture(VERSION)).unwrap();
    let again = parse(doc.to_pretty_json().as_bytes()).unwrap();
    assert_eq!(again, doc);
}

#[test]
fn numbers_read_back_exactly_as_written() {
    // Found by the mutation test below: without serde_json's exact float parsing, a baseline
    // of 3e25 read back as 3.0000000000000005e25.
    let mut doc = parse(&fixture(VERSION)).unwrap();
    for value in [3e25, 0.1, 1e-7, 123_456.789, 2.5e-300, f64::MAX] {
        doc.plans[0].measures[0].baseline = value;
        let again = parse(doc.to_json().as_bytes()).unwrap();
        assert_eq!(
            again.plans[0].measures[0].baseline.to_bits(),
            value.to_bits(),
            "{value:e}"
        );
    }
}

static INPUTS: AtomicUsize = AtomicUsize::new(0);

/// Every input gives a document or a typed error whose Dutch message is not empty.
fn check(bytes: &[u8]) {
    INPUTS.fetch_add(1, Ordering::Relaxed);
    match parse(bytes) {
        Ok(doc) => {
            // A valid import must survive its own export.
            let round = parse(doc.to_json().as_bytes()).expect("export of an import reads back");
            assert_eq!(round, doc);
        }
        Err(e) => assert!(!e.message().is_empty()),
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

    #[test]
    fn wrong_types_in_every_field_never_panic(field in 0usize..12, value in prop_oneof![
        Just("null".to_owned()), Just("true".to_owned()), Just("[]".to_owned()), Just("{}".to_owned()),
        Just("-1".to_owned()), Just("1e400".to_owned()), Just("\"\"".to_owned()), Just("18446744073709551616".to_owned()),
        "\"[^\"\\\\]{0,20}\"",
    ]) {
        let names = ["format", "version", "app_version", "exported_at", "last_export", "suggestions", "scans", "draft", "plans", "reminder_snoozed_until", "extra", "team"];
        let text = String::from_utf8(fixture(VERSION)).unwrap();
        let replaced = text.replacen(&format!("\"{}\":", names[field]), &format!("\"{}\": {value}, \"_x\":", names[field]), 1);
        check(replaced.as_bytes());
    }
}

#[test]
fn deep_nesting_and_huge_inputs() {
    for depth in [10, 127, 128, 129, 5_000, 100_000] {
        check(format!("{}{}", "[".repeat(depth), "]".repeat(depth)).as_bytes());
        check(
            format!(
                r#"{{"format":"ontwikkelkaarten","version":1,"scans":{}"#,
                "[".repeat(depth)
            )
            .as_bytes(),
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

#[test]
fn a_document_is_what_it_says() {
    let doc: Document = parse(&fixture(VERSION)).unwrap();
    assert_eq!(doc.format, "ontwikkelkaarten");
}

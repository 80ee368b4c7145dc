//! Calendar export (RFC 5545). All-day sessions are DATE values; sessions with a start time
//! are local times in Europe/Amsterdam, with the zone's rules included, so a calendar
//! program places them right on both sides of a daylight-saving change.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::Plan;

/// The time zone sessions with a start time are in.
pub const TZID: &str = "Europe/Amsterdam";

const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Escapes TEXT values (RFC 5545 §3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per line, never inside a UTF-8 character
/// (§3.1), and ends it with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}

fn date_value(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn date_time_value(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        date_value(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The plan's sessions as an iCalendar file. `stamp` is the export time in UTC (DTSTAMP).
/// UIDs come from the session ids, so importing a newer export updates the same events.
pub fn to_ics(plan: &Plan, stamp: NaiveDateTime) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Ontwikkelkaarten//Reisplanner//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(&plan.name)),
    ];
    if plan.sessions.iter().any(|s| s.start_time.is_some()) {
        lines.extend(VTIMEZONE.iter().map(|l| (*l).to_owned()));
    }
    for s in &plan.sessions {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}@ontwikkelkaarten", escape_text(&s.id)));
        lines.push(format!("DTSTAMP:{}Z", date_time_value(stamp)));
        match s.start_time {
            Some(time) => {
                let start = s.date.and_time(time);
                let end = start + chrono::Duration::minutes(i64::from(s.minutes.max(1)));
                lines.push(format!("DTSTART;TZID={TZID}:{}", date_time_value(start)));
                lines.push(format!("DTEND;TZID={TZID}:{}", date_time_value(end)));
            }
            None => {
                let next = s.date.succ_opt().unwrap_or(s.date);
                lines.push(format!("DTSTART;VALUE=DATE:{}", date_value(s.date)));
                lines.push(format!("DTEND;VALUE=DATE:{}", date_value(next)));
            }
        }
        lines.push(format!(
            "SUMMARY:{}",
            escape_text(&format!("{} – {}", s.kind.label(), s.title))
        ));
        let mut description = String::new();
        if let Some(focus) = s.focus {
            description.push_str(&trf!("Focus: {}\n", "Focus: {}\n", focus.label()));
        }
        description.push_str(&s.goals);
        description.push_str(&trf!(
            "\n\nUit het plan: {}",
            "\n\nFrom the plan: {}",
            plan.name
        ));
        lines.push(format!("DESCRIPTION:{}", escape_text(description.trim())));
        lines.push(format!("CATEGORIES:{}", escape_text(s.kind.label())));
        lines.push(format!(
            "STATUS:{}",
            if s.done { "CONFIRMED" } else { "TENTATIVE" }
        ));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// A file name for the export: `plan-naam.ics`, only safe characters.
pub fn file_name(plan: &Plan) -> String {
    let slug = crate::domain::text::slug(&plan.name, usize::MAX);
    format!("{}.ics", if slug.is_empty() { "plan" } else { &slug })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::templates::{instantiate, template_by_id};
    use chrono::NaiveTime;

    fn plan() -> Plan {
        let mut n = 0;
        let mut p = instantiate(
            template_by_id("mt-journey").unwrap(),
            "MT Zuid; fase 1, \"pilot\"",
            NaiveDate::from_ymd_opt(2026, 3, 23).unwrap(),
            8,
            &mut || {
                n += 1;
                format!("sessie-{n}")
            },
        );
        // The second session lands in the week summer time starts (29 March 2026).
        p.sessions[1].date = NaiveDate::from_ymd_opt(2026, 3, 30).unwrap();
        p.sessions[1].start_time = NaiveTime::from_hms_opt(9, 30, 0);
        p.sessions[1].minutes = 150;
        p.sessions[2].title = "Lijn 1\nLijn 2; met \\ en , erin – en een heel lange titel die zeker over de vijfenzeventig octetten heen gaat met é's en ë's".into();
        p
    }

    fn stamp() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 27)
            .unwrap()
            .and_hms_opt(20, 15, 0)
            .unwrap()
    }

    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters() {
        let ics = to_ics(&plan(), stamp());
        assert!(ics.ends_with("\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(ics.contains("\r\n "), "long lines are folded");
    }

    #[test]
    fn components_are_balanced_and_required_properties_present() {
        let lines = unfold(&to_ics(&plan(), stamp()));
        assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        assert!(lines.contains(&"VERSION:2.0".to_owned()));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        let mut depth = 0i32;
        for l in &lines {
            if l.starts_with("BEGIN:") {
                depth += 1;
            }
            if l.starts_with("END:") {
                depth -= 1;
            }
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
        let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        assert_eq!(events, 5);
        for key in ["UID:", "DTSTAMP:", "DTSTART;", "DTEND;", "SUMMARY:"] {
            assert_eq!(
                lines.iter().filter(|l| l.starts_with(key)).count(),
                5,
                "{key}"
            );
        }
        assert!(lines.contains(&"DTSTAMP:20261127T201500Z".to_owned()));
    }

    #[test]
    fn all_day_and_timed_sessions_use_the_right_value_types_and_zone() {
        let lines = unfold(&to_ics(&plan(), stamp()));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20260323".to_owned()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20260324".to_owned()));
        assert!(lines.contains(&"DTSTART;TZID=Europe/Amsterdam:20260330T093000".to_owned()));
        assert!(lines.contains(&"DTEND;TZID=Europe/Amsterdam:20260330T120000".to_owned()));
        assert!(
            lines.contains(&"TZID:Europe/Amsterdam".to_owned()),
            "VTIMEZONE included for TZID"
        );
        assert!(lines
            .iter()
            .any(|l| l == "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    }

    #[test]
    fn text_is_escaped() {
        let lines = unfold(&to_ics(&plan(), stamp()));
        assert!(lines.contains(&"X-WR-CALNAME:MT Zuid\\; fase 1\\, \"pilot\"".to_owned()));
        let summary = lines.iter().find(|l| l.contains("Lijn 1")).unwrap();
        assert!(
            summary.starts_with("SUMMARY:Werksessie – Lijn 1\\nLijn 2\\; met \\\\ en \\, erin"),
            "{summary}"
        );
        assert_eq!(escape_text("a\r\nb"), "a\\nb");
    }

    #[test]
    fn uids_are_stable_across_exports() {
        let p = plan();
        let uids = |ics: String| -> Vec<String> {
            unfold(&ics)
                .into_iter()
                .filter(|l| l.starts_with("UID:"))
                .collect()
        };
        let later = stamp() + chrono::Duration::days(3);
        assert_eq!(uids(to_ics(&p, stamp())), uids(to_ics(&p, later)));
        assert_eq!(
            uids(to_ics(&p, stamp()))[0],
            "UID:sessie-1@ontwikkelkaarten"
        );
    }

    #[test]
    fn no_timezone_block_without_timed_sessions() {
        let mut p = plan();
        p.sessions[1].start_time = None;
        assert!(!to_ics(&p, stamp()).contains("VTIMEZONE"));
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name(&plan()), "mt-zuid-fase-1-pilot.ics");
        let mut p = plan();
        p.name = "///".into();
        assert_eq!(file_name(&p), "plan.ics");
    }
}

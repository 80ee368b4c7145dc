//! Text formatting, in one place and in the built language (`crate::i18n`): dates,
//! euros, numbers, tenths, differences, plurals, "vandaag" and "3 dagen geleden", file-name
//! slugs and "N. title" labels of cards. Dutch writes "€ 1.234,56" and "ma 2 mrt 2026",
//! English "€1,234.56" and "Mon 2 Mar 2026"; a [`Locale`] holds those conventions, so both
//! are tested on any build.
//!
//! ```
//! use ontwikkelkaarten::domain::text;
//! assert_eq!(text::NL.euros(123_456), "€ 1.234,56");
//! assert_eq!(text::EN.euros(123_456), "€1,234.56");
//! assert_eq!(text::count(1, "actie", "acties"), "1 actie");
//! assert_eq!(text::slug("MT Zuid — nulmeting", 6), "mt-zuid-nulmeting");
//! ```

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::domain::content::Card;

/// How one language writes numbers, amounts and dates.
pub struct Locale {
    /// The decimal separator: ',' in Dutch, '.' in English.
    pub decimal: char,
    /// The thousands separator: '.' in Dutch, ',' in English.
    pub group: char,
    /// What goes before an amount: "€ " in Dutch, "€" in English.
    pub euro: &'static str,
    /// Short weekday names, Monday first.
    pub days: [&'static str; 7],
    /// Short month names.
    pub months: [&'static str; 12],
    /// The numbers 0 to 20 as words, as prose writes them.
    pub numbers: [&'static str; 21],
    /// True where a date is written in digits, day first (27-11-2026). English readers
    /// differ on the order of day and month, so there the month is named (27 Nov 2026).
    pub numeric_dates: bool,
}

/// Dutch.
pub const NL: Locale = Locale {
    decimal: ',',
    group: '.',
    euro: "€ ",
    days: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    months: [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    numbers: [
        "nul",
        "een",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
    ],
    numeric_dates: true,
};

/// British English.
pub const EN: Locale = Locale {
    decimal: '.',
    group: ',',
    euro: "€",
    days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    numbers: [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ],
    numeric_dates: false,
};

/// The built language's conventions.
pub const LOCALE: &Locale = if crate::i18n::ENGLISH { &EN } else { &NL };

impl Locale {
    /// A date with the weekday: "ma 2 mrt 2026", "Mon 2 Mar 2026".
    pub fn day(&self, date: NaiveDate) -> String {
        format!(
            "{} {} {} {}",
            self.days[date.weekday().num_days_from_monday() as usize],
            date.day(),
            self.months[date.month0() as usize],
            date.year()
        )
    }

    /// A date: "27-11-2026", "27 Nov 2026".
    pub fn date(&self, at: NaiveDateTime) -> String {
        // Written out rather than with `format("%d-%m-%Y")`: chrono's strftime parser would
        // otherwise be in the wasm every page needs.
        if self.numeric_dates {
            format!("{:02}-{:02}-{}", at.day(), at.month(), at.year())
        } else {
            let month = self.months[at.month0() as usize];
            format!("{} {month} {}", at.day(), at.year())
        }
    }

    /// Cents as euros: `123456` → "€ 1.234,56", "€1,234.56".
    pub fn euros(&self, cents: u64) -> String {
        let euros = (cents / 100).to_string();
        let mut grouped = String::from(self.euro);
        for (i, ch) in euros.chars().enumerate() {
            if i > 0 && (euros.len() - i).is_multiple_of(3) {
                grouped.push(self.group);
            }
            grouped.push(ch);
        }
        format!("{grouped}{}{:02}", self.decimal, cents % 100)
    }

    /// A number with at most two decimals: `7.5` → "7,5", "7.5".
    pub fn number(&self, n: f64) -> String {
        let cents = (n * 100.0).round() as i64;
        let (whole, frac) = (cents / 100, (cents % 100).abs());
        let sign = if cents < 0 && whole == 0 { "-" } else { "" };
        let point = self.decimal;
        match frac {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}{point}{}", f / 10),
            f => format!("{sign}{whole}{point}{f:02}"),
        }
    }

    /// Tenths: `34` → "3,4", "3.4".
    pub fn tenths(&self, tenths: u16) -> String {
        format!("{}{}{}", tenths / 10, self.decimal, tenths % 10)
    }

    /// A difference in tenths with its sign: `8` → "+0,8", `-3` → "−0,3", `0` → "0,0".
    pub fn diff(&self, tenths: i32) -> String {
        let abs = tenths.unsigned_abs();
        let sign = sign(i64::from(tenths));
        format!("{sign}{}{}{}", abs / 10, self.decimal, abs % 10)
    }

    /// Reads a number as this language writes it ("1.250,75" in Dutch, "1,250.75" in
    /// English), spaces allowed. A separator that cannot be this language's thousands
    /// separator (not followed by three digits, or not the only one) is read as the other
    /// language's decimal mark, so "7.5" is 7.5 in Dutch and "7,5" is 7.5 in English too.
    pub fn read_number(&self, text: &str) -> Option<f64> {
        let text = text.replace(' ', "");
        let (decimal, group) = (self.decimal, self.group);
        let normalized = if text.contains(decimal) {
            text.replace(group, "").replace(decimal, ".")
        } else if text.matches(group).count() > 1
            || text.split_once(group).is_some_and(|(_, d)| d.len() == 3)
        {
            text.replace(group, "")
        } else {
            text.replace(group, ".")
        };
        normalized.parse::<f64>().ok()
    }

    /// A small number as a word ("acht", "eight"); digits from 21.
    pub fn number_word(&self, n: usize) -> String {
        self.numbers
            .get(n)
            .map_or_else(|| n.to_string(), |w| (*w).to_owned())
    }
}

/// A date with the weekday, in the built language: "ma 2 mrt 2026".
pub fn format_day(date: NaiveDate) -> String {
    LOCALE.day(date)
}

/// A date in the built language: 27-11-2026.
pub fn format_date(at: NaiveDateTime) -> String {
    LOCALE.date(at)
}

/// A date and time in the built language: 27-11-2026 21:05.
pub fn format_date_time(at: NaiveDateTime) -> String {
    let date = format_date(at);
    let (h, m) = (at.hour(), at.minute());
    trf!("{date} {h:02}:{m:02}", "{date}, {h:02}:{m:02}")
}

/// A date for file names and date inputs: `2026-03-02`.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Cents as euros in the built language: `123456` → "€ 1.234,56".
pub fn format_euros(cents: u64) -> String {
    LOCALE.euros(cents)
}

/// A number in the built language, with at most two decimals: `7.5` → "7,5".
pub fn format_number(n: f64) -> String {
    LOCALE.number(n)
}

/// A score in tenths in the built language: `34` → "3,4".
pub fn format_tenths(tenths: u16) -> String {
    LOCALE.tenths(tenths)
}

/// A score that may be unknown: "3,4", or "onbekend" when nothing was answered (never
/// 0, which would read as the lowest score).
pub fn format_score(tenths: Option<u16>) -> String {
    tenths.map_or_else(|| tr!("onbekend", "unknown").to_owned(), format_tenths)
}

/// The sign of a change: "+", "−" (a real minus sign) or nothing for no change.
fn sign(value: i64) -> &'static str {
    match value.signum() {
        1 => "+",
        -1 => "\u{2212}",
        _ => "",
    }
}

/// A difference in tenths with its sign: `8` → "+0,8", `-3` → "−0,3", `0` → "0,0".
pub fn format_diff(tenths: i32) -> String {
    LOCALE.diff(tenths)
}

/// A change in whole percent with its sign: `40` → "+40%", `-35` → "−35%".
pub fn format_percent_change(percent: i64) -> String {
    format!("{}{}%", sign(percent), percent.unsigned_abs())
}

/// The direction of a change in a word, so that colour is never the only signal.
pub fn direction(change: i64) -> &'static str {
    match change.signum() {
        1 => tr!("hoger", "higher"),
        -1 => tr!("lager", "lower"),
        _ => tr!("gelijk", "the same"),
    }
}

/// The singular or the plural, by count: `plural(1, "kaart", "kaarten")` → "kaart".
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// A count with its noun: `count(3, "deelnemer", "deelnemers")` → "3 deelnemers".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// A small number as a word in the built language ("acht", "zestien"), as prose writes
/// it; digits from 21.
pub fn number_word(n: usize) -> String {
    LOCALE.number_word(n)
}

/// How long ago something happened, in whole days: "vandaag", "gisteren", "3 dagen
/// geleden". A negative count (a clock set back) reads as today rather than as the future.
pub fn days_ago_text(days: i64) -> String {
    match days {
        ..=0 => tr!("vandaag", "today").to_owned(),
        1 => tr!("gisteren", "yesterday").to_owned(),
        n => trf!("{n} dagen geleden", "{n} days ago"),
    }
}

/// What a note's field says once the user has left it: that the note in the state
/// (`stored`, saved with every change) is what the field shows (`field`). `None` while they
/// differ, so it never claims more than is true.
pub fn note_status(stored: &str, field: &str) -> Option<&'static str> {
    match (stored == field, stored.is_empty()) {
        (false, _) => None,
        (true, false) => Some(tr!("✓ Notitie bewaard", "✓ Note saved")),
        (true, true) => Some(tr!("✓ Notitie gewist", "✓ Note cleared")),
    }
}

/// Folds one character to lower case without accents; every input character maps to
/// exactly one output character, so positions carry over to the original text.
pub fn fold(ch: char) -> char {
    let lower = if ch.is_ascii() {
        ch.to_ascii_lowercase()
    } else {
        ch.to_lowercase().next().unwrap_or(ch)
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        '’' | '‘' => '\'',
        '“' | '”' => '"',
        '–' | '—' => '-',
        other => other,
    }
}

/// Lower case without accents.
pub fn normalize(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// A safe file-name part from free text: lower case, no accents, words joined by `-`,
/// at most `max_words` words ("" when nothing is left).
pub fn slug(text: &str, max_words: usize) -> String {
    let folded: String = normalize(text)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    folded
        .split('-')
        .filter(|p| !p.is_empty())
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

/// `text` safe inside HTML or SVG markup, as text or a quoted attribute value: for markup
/// made of the app's own content (the static page, the radar's drawing), never to render
/// what a user typed.
pub fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A card with its number and full title: "4. Feedbackprocessen stimuleren".
pub fn card_title(card: &Card) -> String {
    format!("{}. {}", card.number, card.title)
}

/// Where a card is in the deck, as its kicker says: "Ontwikkelkaart 4 van 8".
///
/// ```
/// use ontwikkelkaarten::domain::{content::card_by_id, text::card_position};
/// assert_eq!(card_position(card_by_id("feedbackprocessen").unwrap()), "Ontwikkelkaart 4 van 8");
/// ```
pub fn card_position(card: &Card) -> String {
    use crate::domain::content::{cards, CARD_NAME};
    let (number, total) = (card.number, cards().len());
    trf!(
        "{CARD_NAME} {number} van {total}",
        "{CARD_NAME} {number} of {total}"
    )
}

/// A card with its number and short title: "4. Feedback".
pub fn card_short_title(card: &Card) -> String {
    format!("{}. {}", card.number, card.short_title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::card_by_id;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates() {
        assert_eq!(format_day(d(2026, 3, 2)), "ma 2 mrt 2026");
        assert_eq!(format_day(d(2028, 2, 29)), "di 29 feb 2028");
        let at = d(2026, 11, 7).and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(format_date(at), "07-11-2026");
        assert_eq!(format_date_time(at), "07-11-2026 09:05");
        assert_eq!(iso_date(d(2026, 3, 2)), "2026-03-02");
    }

    #[test]
    fn euros() {
        assert_eq!(format_euros(1_210_000), "€ 12.100,00");
        assert_eq!(format_euros(99), "€ 0,99");
        assert_eq!(format_euros(123_456_789), "€ 1.234.567,89");
        assert_eq!(format_euros(100_000), "€ 1.000,00");
    }

    #[test]
    fn numbers_tenths_and_differences() {
        assert_eq!(format_number(7.5), "7,5");
        assert_eq!(format_number(20.0), "20");
        assert_eq!(format_number(4.567), "4,57");
        assert_eq!(format_number(-0.5), "-0,5");
        assert_eq!(format_tenths(34), "3,4");
        assert_eq!(format_tenths(50), "5,0");
        assert_eq!(format_score(Some(34)), "3,4");
        assert_eq!(format_score(None), "onbekend");
        assert_eq!(format_diff(8), "+0,8");
        assert_eq!(format_diff(-3), "\u{2212}0,3");
        assert_eq!(format_diff(-15), "\u{2212}1,5");
        assert_eq!(format_diff(0), "0,0");
        assert_eq!(format_percent_change(40), "+40%");
        assert_eq!(format_percent_change(-35), "\u{2212}35%");
        assert_eq!(format_percent_change(0), "0%");
        assert_eq!(
            [direction(3), direction(-1), direction(0)],
            ["hoger", "lager", "gelijk"]
        );
    }

    #[test]
    fn english_writes_points_commas_and_month_names() {
        assert_eq!(EN.euros(1_210_000), "€12,100.00");
        assert_eq!(EN.euros(99), "€0.99");
        assert_eq!(EN.euros(123_456_789), "€1,234,567.89");
        assert_eq!(EN.number(7.5), "7.5");
        assert_eq!(EN.number(-0.5), "-0.5");
        assert_eq!(EN.number(4.567), "4.57");
        assert_eq!(EN.tenths(34), "3.4");
        assert_eq!(EN.diff(-15), "\u{2212}1.5");
        assert_eq!(EN.day(d(2026, 3, 2)), "Mon 2 Mar 2026");
        assert_eq!(EN.day(d(2028, 2, 29)), "Tue 29 Feb 2028");
        assert_eq!(
            EN.date(d(2026, 11, 7).and_hms_opt(9, 5, 0).unwrap()),
            "7 Nov 2026"
        );
        assert_eq!(EN.number_word(16), "sixteen");
        assert_eq!(EN.read_number("3,250"), Some(3250.0));
        assert_eq!(EN.read_number("1,250.75"), Some(1250.75));
        assert_eq!(EN.read_number("1,000,000"), Some(1_000_000.0));
        assert_eq!(EN.read_number("7.5"), Some(7.5));
        assert_eq!(EN.read_number("7,5"), Some(7.5));
        assert_eq!(EN.read_number("1.250"), Some(1.25));
        assert_eq!(NL.read_number("1.250"), Some(1250.0));
        assert_eq!(NL.read_number("1.250,75"), Some(1250.75));
        assert_eq!(NL.read_number("3 250"), Some(3250.0));
        assert_eq!(NL.read_number("7.5"), Some(7.5));
        assert_eq!(NL.read_number("veel"), None);
        assert_eq!(EN.number_word(21), "21");
        assert_eq!(NL.number_word(8), "acht");
    }

    #[test]
    fn the_built_language_formats_with_its_own_locale() {
        let locale = if crate::i18n::ENGLISH { &EN } else { &NL };
        assert_eq!(format_euros(123_456), locale.euros(123_456));
        assert_eq!(format_tenths(34), locale.tenths(34));
        assert_eq!(format_day(d(2026, 3, 2)), locale.day(d(2026, 3, 2)));
    }

    #[test]
    fn plurals() {
        assert_eq!(count(0, "scan", "scans"), "0 scans");
        assert_eq!(count(1, "scan", "scans"), "1 scan");
        assert_eq!(count(2, "actie", "acties"), "2 acties");
        assert_eq!(plural(1, "kaart", "kaarten"), "kaart");
    }

    #[test]
    fn days_ago() {
        assert_eq!(days_ago_text(0), "vandaag");
        assert_eq!(days_ago_text(-2), "vandaag");
        assert_eq!(days_ago_text(1), "gisteren");
        assert_eq!(days_ago_text(2), "2 dagen geleden");
        assert_eq!(days_ago_text(45), "45 dagen geleden");
    }

    #[test]
    fn a_note_is_called_saved_only_when_the_state_holds_what_the_field_shows() {
        assert_eq!(
            note_status("MT maart", "MT maart"),
            Some("✓ Notitie bewaard")
        );
        assert_eq!(note_status("", ""), Some("✓ Notitie gewist"));
        assert_eq!(note_status("MT", "MT maart"), None);
        assert_eq!(note_status("MT maart", ""), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Creëren: één plan!", 6), "creeren-een-plan");
        assert_eq!(slug("a b c d e f g h", 6), "a-b-c-d-e-f");
        assert_eq!(slug("  ***  ", 6), "");
        assert_eq!(normalize("EFFICIËNT"), "efficient");
    }

    #[test]
    fn card_labels() {
        let card = card_by_id("feedbackprocessen").unwrap();
        assert_eq!(card_title(card), format!("4. {}", card.title));
        assert_eq!(card_short_title(card), format!("4. {}", card.short_title));
    }
}

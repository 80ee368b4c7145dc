//! Reading what users type into date and number fields, with Dutch messages for anything
//! that is not a date or number, so a strange value never replaces a good one.

use chrono::NaiveDate;

/// Earliest year a plan may use.
pub const YEAR_MIN: i32 = 2000;
/// Latest year a plan may use.
pub const YEAR_MAX: i32 = 2100;

/// Parses `2026-03-02` (what date pickers give) or `2-3-2026` / `02/03/2026` (typed the
/// Dutch way, day first).
pub fn parse_date(input: &str) -> Result<NaiveDate, String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(tr!("Vul een datum in.", "Enter a date.").into());
    }
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.trim().parse().ok()).collect();
    let (year, month, day) = match (parts.as_slice(), numbers) {
        ([y, _, _], Some(n)) if y.len() == 4 => (n[0], n[1], n[2]),
        ([_, _, y], Some(n)) if y.len() == 4 => (n[2], n[1], n[0]),
        _ => {
            return Err(trf!(
                "“{text}” is geen datum. Gebruik bijvoorbeeld 2-3-2026 of de datumkiezer.",
                "“{text}” is not a date. Use, for example, 2-3-2026 or the date picker."
            ))
        }
    };
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if !(YEAR_MIN..=YEAR_MAX).contains(&year) {
        return Err(trf!(
            "Kies een jaar tussen {YEAR_MIN} en {YEAR_MAX}; {year} kan niet.",
            "Choose a year between {YEAR_MIN} and {YEAR_MAX}; {year} is not possible."
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        trf!(
            "{day}-{month}-{year} bestaat niet in de kalender.",
            "{day}-{month}-{year} does not exist in the calendar."
        )
    })
}

/// Parses a number as the built language writes it (`7,5` and `1.250` in Dutch, `7.5` and
/// `1,250` in English; see [`Locale::read_number`](crate::domain::text::Locale::read_number)).
pub fn parse_number(input: &str) -> Result<f64, String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(tr!("Vul een getal in.", "Enter a number.").into());
    }
    match crate::domain::text::LOCALE.read_number(text) {
        Some(n) if n.is_finite() && n.abs() < 1e12 => Ok(n),
        _ => Err(trf!(
            "“{}” is geen getal.",
            "“{}” is not a number.",
            input.trim()
        )),
    }
}

/// Parses whole euros (`1.250`, `1250`, `€ 1.250,00`; in English `1,250`, `€1,250.00`).
pub fn parse_euros(input: &str) -> Result<u32, String> {
    let text = input.trim().trim_start_matches('€').trim();
    let n = parse_number(text)?;
    if n < 0.0 || n > f64::from(u32::MAX) {
        return Err(tr!(
            "Vul een bedrag van 0 of meer in.",
            "Enter an amount of 0 or more."
        )
        .into());
    }
    Ok(n.round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English build reads "3,250" as three thousand two hundred and fifty, and says so
    /// in English when it cannot read a number (run by scripts/test.sh with `--features en`).
    #[test]
    #[cfg(feature = "en")]
    fn english_amounts_and_messages() {
        assert_eq!(parse_euros("3,250"), Ok(3250));
        assert_eq!(parse_euros("€1,250.50"), Ok(1251));
        assert_eq!(parse_number("7.5"), Ok(7.5));
        assert_eq!(
            parse_number("much"),
            Err("“much” is not a number.".to_owned())
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_from_pickers_and_typed_dutch() {
        assert_eq!(parse_date("2026-03-02"), Ok(d(2026, 3, 2)));
        assert_eq!(parse_date(" 2-3-2026 "), Ok(d(2026, 3, 2)));
        assert_eq!(parse_date("02/03/2026"), Ok(d(2026, 3, 2)));
        assert_eq!(parse_date("29.02.2028"), Ok(d(2028, 2, 29)));
    }

    #[test]
    fn strange_dates_get_dutch_messages() {
        assert_eq!(parse_date(""), Err("Vul een datum in.".into()));
        assert!(parse_date("30-2-2026")
            .unwrap_err()
            .contains("bestaat niet"));
        assert!(parse_date("29-2-2027")
            .unwrap_err()
            .contains("bestaat niet"));
        assert!(parse_date("morgen").unwrap_err().contains("geen datum"));
        assert!(parse_date("1-1-1999")
            .unwrap_err()
            .contains("tussen 2000 en 2100"));
        assert!(parse_date("275760-09-13")
            .unwrap_err()
            .contains("geen datum"));
        assert!(parse_date("2026-13-01")
            .unwrap_err()
            .contains("bestaat niet"));
        assert!(parse_date("99999999999-1-1").is_err());
    }

    #[test]
    fn numbers_dutch_and_english() {
        assert_eq!(parse_number("7,5"), Ok(7.5));
        assert_eq!(parse_number("7.5"), Ok(7.5));
        assert_eq!(parse_number("1.250"), Ok(1250.0));
        assert_eq!(parse_number("1.250,75"), Ok(1250.75));
        assert_eq!(parse_number("-3"), Ok(-3.0));
        assert!(parse_number("veel").unwrap_err().contains("geen getal"));
        assert!(parse_number("1e400").is_err());
        assert!(parse_number("NaN").is_err());
        assert!(parse_number("").is_err());
    }

    #[test]
    fn euros() {
        assert_eq!(parse_euros("€ 1.250,00"), Ok(1250));
        assert_eq!(parse_euros("3250"), Ok(3250));
        assert!(parse_euros("-5").is_err());
    }
}

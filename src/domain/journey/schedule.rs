//! Placing sessions on real dates: evenly over a duration on weekdays, or monthly on the
//! same weekday of the month.
//!
//! ```
//! use chrono::NaiveDate;
//! use ontwikkelkaarten::domain::journey::schedule::spread;
//! let monday = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
//! let dates = spread(monday, 10, 5);
//! assert_eq!(dates.first(), Some(&monday));
//! assert_eq!(dates.len(), 5);
//! ```

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Whether a date falls on Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The same date, or the first weekday after it.
pub fn next_weekday(date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while is_weekend(d) {
        d = d.succ_opt().unwrap_or(d);
        if d == date {
            break;
        }
    }
    d
}

/// The same date, or the last weekday before it.
pub fn previous_weekday(date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while is_weekend(d) {
        match d.pred_opt() {
            Some(p) => d = p,
            None => break,
        }
    }
    d
}

/// The nearest weekday: Saturday moves back to Friday, Sunday on to Monday.
fn nearest_weekday(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => previous_weekday(date),
        _ => next_weekday(date),
    }
}

/// The last day of a plan that starts on `start` and lasts `weeks` weeks.
pub fn end_date(start: NaiveDate, weeks: u16) -> NaiveDate {
    start
        .checked_add_days(Days::new(u64::from(weeks.max(1)) * 7 - 1))
        .unwrap_or(start)
}

/// `count` dates spread evenly from `start` to the end of `weeks` weeks, all on weekdays,
/// strictly in order. The first is on (or just after) the start, the last on (or just
/// before) the end. When the period has fewer weekdays than sessions, the rest follow on
/// the next weekdays, past the end (the planner flags them).
pub fn spread(start: NaiveDate, weeks: u16, count: usize) -> Vec<NaiveDate> {
    let first = next_weekday(start);
    let last = previous_weekday(end_date(start, weeks)).max(first);
    let span = (last - first).num_days().max(0);
    let mut dates: Vec<NaiveDate> = Vec::with_capacity(count);
    for i in 0..count {
        let offset = if count <= 1 {
            0
        } else {
            // Rounded i * span / (count - 1), in integers.
            let (i, n) = (i as i64, count as i64 - 1);
            (2 * i * span + n) / (2 * n)
        };
        let mut date = nearest_weekday(first + chrono::Duration::days(offset));
        if let Some(prev) = dates.last() {
            if date <= *prev {
                date = next_weekday(prev.succ_opt().unwrap_or(*prev));
            }
        }
        dates.push(date);
    }
    dates
}

/// Which occurrence of its weekday a date is in its month (1 to 5).
fn week_of_month(date: NaiveDate) -> u8 {
    ((date.day() - 1) / 7 + 1) as u8
}

/// The `n`-th `weekday` of a month; the last one when the month has fewer than `n`.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, n - 1))
}

/// `count` dates, one a month, on the same weekday of the month as `start` (the second
/// Tuesday stays the second Tuesday; a fifth one becomes the month's last).
pub fn monthly(start: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let start = next_weekday(start);
    let (weekday, n) = (start.weekday(), week_of_month(start));
    (0..count)
        .filter_map(|i| {
            let month = start
                .with_day(1)?
                .checked_add_months(Months::new(u32::try_from(i).ok()?))?;
            nth_weekday(month.year(), month.month(), weekday, n)
        })
        .collect()
}

/// Whole weeks needed to cover `start` to `last` (at least 1).
pub fn weeks_between(start: NaiveDate, last: NaiveDate) -> u16 {
    let days = (last - start).num_days().max(0) + 1;
    u16::try_from((days + 6) / 7).unwrap_or(u16::MAX).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn assert_weekdays_in_order(dates: &[NaiveDate]) {
        for w in dates.windows(2) {
            assert!(w[0] < w[1], "{dates:?}");
        }
        assert!(dates.iter().all(|x| !is_weekend(*x)), "{dates:?}");
    }

    #[test]
    fn five_sessions_over_ten_weeks_from_a_monday() {
        let start = d(2026, 1, 5);
        let dates = spread(start, 10, 5);
        assert_weekdays_in_order(&dates);
        assert_eq!(dates[0], start);
        let end = end_date(start, 10);
        assert_eq!(end, d(2026, 3, 15));
        assert_eq!(
            dates[4],
            d(2026, 3, 13),
            "last on the Friday before a Sunday end"
        );
        // Evenly: gaps differ by at most a few days (weekend moves).
        let gaps: Vec<i64> = dates.windows(2).map(|w| (w[1] - w[0]).num_days()).collect();
        assert!(
            gaps.iter().max().unwrap() - gaps.iter().min().unwrap() <= 3,
            "{gaps:?}"
        );
    }

    #[test]
    fn eight_and_twelve_weeks_stay_within_the_plan() {
        for weeks in [8, 12] {
            let start = d(2026, 9, 7);
            let dates = spread(start, weeks, 5);
            assert_weekdays_in_order(&dates);
            assert!(dates
                .iter()
                .all(|x| *x >= start && *x <= end_date(start, weeks)));
        }
    }

    #[test]
    fn a_weekend_start_moves_to_monday() {
        let dates = spread(d(2026, 11, 28), 8, 3);
        assert_eq!(dates[0], d(2026, 11, 30));
        assert_weekdays_in_order(&dates);
    }

    #[test]
    fn a_one_week_plan_fits_five_and_overflows_the_sixth() {
        let start = d(2026, 6, 1);
        let five = spread(start, 1, 5);
        assert_eq!(five, (1..=5).map(|day| d(2026, 6, day)).collect::<Vec<_>>());
        let six = spread(start, 1, 6);
        assert_weekdays_in_order(&six);
        assert_eq!(six[5], d(2026, 6, 8), "past the end, on the next weekday");
        assert_eq!(spread(start, 1, 1), vec![start]);
        assert!(spread(start, 1, 0).is_empty());
    }

    #[test]
    fn a_fifty_two_week_plan_over_a_leap_day_and_year_end() {
        let start = d(2027, 6, 7);
        let dates = spread(start, 52, 12);
        assert_weekdays_in_order(&dates);
        assert_eq!(end_date(start, 52), d(2028, 6, 4));
        assert!(*dates.last().unwrap() <= d(2028, 6, 4));
        assert!(dates.iter().any(|x| x.year() == 2028));
    }

    #[test]
    fn dst_weeks_are_plain_dates() {
        // 29 March 2026 is the switch to summer time: nothing shifts by a day.
        let dates = spread(d(2026, 3, 23), 2, 6);
        assert_weekdays_in_order(&dates);
        assert!(dates.contains(&d(2026, 3, 30)) || dates.contains(&d(2026, 3, 27)));
    }

    #[test]
    fn monthly_keeps_the_weekday_of_the_month() {
        // 15 September 2026 is the third Tuesday.
        let dates = monthly(d(2026, 9, 15), 10);
        assert_eq!(dates.len(), 10);
        assert!(dates.iter().all(|x| x.weekday() == Weekday::Tue));
        assert!(dates.iter().all(|x| week_of_month(*x) == 3));
        assert_eq!(dates[4], d(2027, 1, 19));
        assert_eq!(dates[9], d(2027, 6, 15));
    }

    #[test]
    fn monthly_from_a_fifth_weekday_uses_the_last_one() {
        // 31 August 2026 is the fifth Monday; September has only four.
        let dates = monthly(d(2026, 8, 31), 3);
        assert_eq!(dates, vec![d(2026, 8, 31), d(2026, 9, 28), d(2026, 10, 26)]);
    }

    #[test]
    fn monthly_over_february_of_a_leap_year() {
        let dates = monthly(d(2028, 1, 31), 3);
        assert_eq!(dates[1], d(2028, 2, 28), "last Monday of February 2028");
        assert!(dates.iter().all(|x| x.weekday() == Weekday::Mon));
    }

    #[test]
    fn weeks_between_rounds_up() {
        assert_eq!(weeks_between(d(2026, 1, 5), d(2026, 1, 5)), 1);
        assert_eq!(weeks_between(d(2026, 1, 5), d(2026, 1, 11)), 1);
        assert_eq!(weeks_between(d(2026, 1, 5), d(2026, 1, 12)), 2);
        assert_eq!(weeks_between(d(2026, 1, 5), d(2025, 1, 1)), 1);
    }
}

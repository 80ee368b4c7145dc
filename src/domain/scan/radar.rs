//! Geometry of the radar chart: eight axes, one per dimension, 0 to 5 from the centre out.
//! Pure functions returning SVG coordinates; the view draws them.

/// Width of the SVG viewBox.
pub const WIDTH: f64 = 540.0;
/// Height of the SVG viewBox.
pub const HEIGHT: f64 = 380.0;
const CX: f64 = WIDTH / 2.0;
const CY: f64 = HEIGHT / 2.0;
/// Radius of the outer ring (score 5).
pub const RADIUS: f64 = 120.0;
const MAX_TENTHS: f64 = 50.0;

fn angle(axis: usize, axes: usize) -> f64 {
    // Axis 0 points straight up; the rest follow clockwise.
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / axes as f64
}

/// The point for `tenths` (0 to 50) on `axis` of `axes`.
pub fn point(axis: usize, axes: usize, tenths: u16) -> (f64, f64) {
    let r = RADIUS * (f64::from(tenths).min(MAX_TENTHS) / MAX_TENTHS);
    let a = angle(axis, axes);
    (CX + r * a.cos(), CY + r * a.sin())
}

fn points(values: impl Iterator<Item = (f64, f64)>) -> String {
    values
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `points` for an SVG polygon through the values; an unknown value sits at the centre
/// (the table and the axis label say "onbekend").
pub fn polygon(values: &[Option<u16>]) -> String {
    let n = values.len();
    points(
        values
            .iter()
            .enumerate()
            .map(|(i, v)| point(i, n, v.unwrap_or(0))),
    )
}

/// A grid ring at a whole score (1 to 5).
pub fn ring(score: u16, axes: usize) -> String {
    points((0..axes).map(|i| point(i, axes, score * 10)))
}

/// The outer end of an axis line.
pub fn axis_end(axis: usize, axes: usize) -> (f64, f64) {
    point(axis, axes, 50)
}

/// Where an axis label goes and how it is anchored (`start`, `middle` or `end`).
pub fn label_anchor(axis: usize, axes: usize) -> (f64, f64, &'static str) {
    let a = angle(axis, axes);
    let r = RADIUS + 16.0;
    let (x, y) = (CX + r * a.cos(), CY + r * a.sin());
    let anchor = if a.cos() > 0.3 {
        "start"
    } else if a.cos() < -0.3 {
        "end"
    } else {
        "middle"
    };
    // Labels below the centre hang down from their point; above it they sit on it.
    let y = if a.sin() > 0.3 { y + 12.0 } else { y };
    (x, y, anchor)
}

/// Splits a label into at most two lines of about `width` characters, at a space.
pub fn label_lines(label: &str, width: usize) -> Vec<&str> {
    if label.chars().count() <= width {
        return vec![label];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![&label[..i], &label[i + 1..]],
        None => vec![label],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn axes_start_at_the_top_and_run_clockwise() {
        assert!(close(point(0, 8, 50), (CX, CY - RADIUS)));
        assert!(close(point(2, 8, 50), (CX + RADIUS, CY)));
        assert!(close(point(4, 8, 50), (CX, CY + RADIUS)));
        assert!(close(point(6, 8, 50), (CX - RADIUS, CY)));
    }

    #[test]
    fn values_scale_linearly_and_are_clamped() {
        assert!(close(point(0, 8, 0), (CX, CY)));
        assert!(close(point(2, 8, 25), (CX + RADIUS / 2.0, CY)));
        assert!(close(point(2, 8, 80), (CX + RADIUS, CY)));
    }

    #[test]
    fn polygon_has_a_point_per_value_and_unknown_sits_in_the_centre() {
        let p = polygon(&[Some(50), None, Some(50), Some(50)]);
        let pts: Vec<&str> = p.split(' ').collect();
        assert_eq!(pts.len(), 4);
        assert_eq!(pts[1], format!("{CX:.1},{CY:.1}"));
        assert_eq!(ring(5, 8).split(' ').count(), 8);
    }

    #[test]
    fn labels_are_anchored_away_from_the_chart() {
        assert_eq!(label_anchor(0, 8).2, "middle");
        assert_eq!(label_anchor(2, 8).2, "start");
        assert_eq!(label_anchor(6, 8).2, "end");
        let (_, y, _) = label_anchor(4, 8);
        assert!(y > CY + RADIUS);
    }

    #[test]
    fn long_labels_split_in_two_lines() {
        assert_eq!(label_lines("Teamleren", 14), vec!["Teamleren"]);
        assert_eq!(
            label_lines("2. Leren op de werkvloer", 14),
            vec!["2. Leren op", "de werkvloer"]
        );
    }
}

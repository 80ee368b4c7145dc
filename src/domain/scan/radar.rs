//! Geometry of the radar chart: eight axes, one per dimension, 0 to 5 from the centre out.
//! Pure functions returning SVG coordinates; the view draws them.
//!
//! Two layouts: [`WIDE`] names each axis, [`NARROW`] numbers them (with a legend beside
//! the chart), so that on a phone the chart fills the width and its labels stay readable.
//!
//! ```
//! use ontwikkelkaarten::domain::scan::radar::{NARROW, WIDE};
//! // Drawn 328 px wide on a 360 px phone, a narrow label is still at least 12 px.
//! assert!(NARROW.label_size * 328.0 / NARROW.width >= 12.0);
//! assert!(WIDE.radius < WIDE.width / 2.0);
//! ```

/// The size of a chart and where its parts go, in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    /// Width of the viewBox.
    pub width: f64,
    /// Height of the viewBox.
    pub height: f64,
    /// Radius of the outer ring (score 5).
    pub radius: f64,
    /// Font size of the axis labels.
    pub label_size: f64,
    /// Whether the axes are labelled with their number instead of their name.
    pub numbered: bool,
}

/// For a wide screen: the dimensions' names around the chart.
pub const WIDE: Layout = Layout {
    width: 560.0,
    height: 400.0,
    radius: 128.0,
    label_size: 16.0,
    numbered: false,
};

/// For a phone: numbers around the chart, so that it can use the whole width.
pub const NARROW: Layout = Layout {
    width: 320.0,
    height: 320.0,
    radius: 128.0,
    label_size: 17.0,
    numbered: true,
};

const MAX_TENTHS: f64 = 50.0;

fn angle(axis: usize, axes: usize) -> f64 {
    // Axis 0 points straight up; the rest follow clockwise.
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / axes as f64
}

impl Layout {
    /// The centre of the chart.
    pub fn centre(&self) -> (f64, f64) {
        (self.width / 2.0, self.height / 2.0)
    }

    /// The point for `tenths` (0 to 50) on `axis` of `axes`.
    pub fn point(&self, axis: usize, axes: usize, tenths: u16) -> (f64, f64) {
        let r = self.radius * (f64::from(tenths).min(MAX_TENTHS) / MAX_TENTHS);
        let a = angle(axis, axes);
        let (cx, cy) = self.centre();
        (cx + r * a.cos(), cy + r * a.sin())
    }

    /// `points` for an SVG polygon through the values; an unknown value sits at the centre
    /// (the table says "onbekend").
    pub fn polygon(&self, values: &[Option<u16>]) -> String {
        let n = values.len();
        points(
            values
                .iter()
                .enumerate()
                .map(|(i, v)| self.point(i, n, v.unwrap_or(0))),
        )
    }

    /// A grid ring at a whole score (1 to 5).
    pub fn ring(&self, score: u16, axes: usize) -> String {
        points((0..axes).map(|i| self.point(i, axes, score * 10)))
    }

    /// Where the mark of ring `score` goes: beside the upward axis, just above the ring.
    pub fn ring_mark(&self, score: u16) -> (f64, f64) {
        let (x, y) = self.point(0, 1, score * 10);
        (x + 5.0, y - 3.0)
    }

    /// The outer end of an axis line.
    pub fn axis_end(&self, axis: usize, axes: usize) -> (f64, f64) {
        self.point(axis, axes, 50)
    }

    /// Where an axis label goes and how it is anchored (`start`, `middle` or `end`).
    pub fn label_anchor(&self, axis: usize, axes: usize) -> (f64, f64, &'static str) {
        let a = angle(axis, axes);
        let r = self.radius + self.label_size;
        let (cx, cy) = self.centre();
        let (x, y) = (cx + r * a.cos(), cy + r * a.sin());
        let anchor = if a.cos() > 0.3 {
            "start"
        } else if a.cos() < -0.3 {
            "end"
        } else {
            "middle"
        };
        // Labels below the centre hang down from their point; above it they sit on it.
        let y = if a.sin() > 0.3 {
            y + self.label_size * 0.75
        } else if a.sin() > -0.3 {
            y + self.label_size * 0.35
        } else {
            y
        };
        (x, y, anchor)
    }
}

/// What one drawing of the chart shows, besides its layout.
#[derive(Debug, Clone, Copy)]
pub struct Drawing<'a> {
    /// The axis labels in deck order (names on a wide layout, numbers on a narrow one).
    pub labels: &'a [String],
    /// The profiles, scores in tenths per axis; the main one first.
    pub series: &'a [Vec<Option<u16>>],
    /// The lowest and highest value per axis, drawn as a band.
    pub band: Option<LowHigh<'a>>,
}

/// The lowest and the highest value per axis.
pub type LowHigh<'a> = (&'a [Option<u16>], &'a [Option<u16>]);

impl Layout {
    /// The chart's SVG markup (inside its `<svg>`): the rings with their marks, the axes,
    /// the band, the profiles (the main one filled, with a dot per known value, the others
    /// dashed, by CSS) and the axis labels, split over two lines where long. One string the
    /// browser parses at once: building the hundred-odd nodes one call at a time costs a
    /// slow phone more than the rest of showing a team picture. Every text in it is the
    /// app's own (labels, figures) and escaped.
    pub fn markup(&self, drawing: Drawing<'_>) -> String {
        use std::fmt::Write;
        let axes = drawing.labels.len();
        let (cx, cy) = self.centre();
        let mut out = String::with_capacity(4096);
        for score in 1..=5u16 {
            let (x, y) = self.ring_mark(score);
            let _ = write!(
                out,
                "<polygon class=\"radar-ring\" points=\"{}\"/><text class=\"radar-ring-mark\" x=\"{x:.1}\" y=\"{y:.1}\">{score}</text>",
                self.ring(score, axes)
            );
        }
        for axis in 0..axes {
            let (x, y) = self.axis_end(axis, axes);
            let _ = write!(
                out,
                "<line class=\"radar-axis\" x1=\"{cx:.1}\" y1=\"{cy:.1}\" x2=\"{x:.1}\" y2=\"{y:.1}\"/>"
            );
        }
        if let Some((low, high)) = drawing.band {
            let (outer, inner) = (self.polygon(high), self.polygon(low));
            if !outer.is_empty() && !inner.is_empty() {
                // The outer shape and the inner one; even-odd filling leaves the inner part empty.
                let _ = write!(
                    out,
                    "<path class=\"radar-band\" d=\"M{}Z M{}Z\" fill-rule=\"evenodd\"/>",
                    outer.replace(' ', " L"),
                    inner.replace(' ', " L")
                );
            }
        }
        for (i, values) in drawing.series.iter().enumerate().rev() {
            let _ = write!(
                out,
                "<polygon class=\"radar-shape radar-shape-{i}\" points=\"{}\"/>",
                self.polygon(values)
            );
            if i == 0 {
                for (axis, value) in values.iter().enumerate() {
                    if let Some(v) = value {
                        let (x, y) = self.point(axis, values.len(), *v);
                        let _ = write!(
                            out,
                            "<circle class=\"radar-dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\"/>"
                        );
                    }
                }
            }
        }
        let size = self.label_size;
        for (axis, label) in drawing.labels.iter().enumerate() {
            let (x, y, anchor) = self.label_anchor(axis, axes);
            let lines = label_lines(label, 14);
            let first_dy = if y > cy || lines.len() == 1 {
                0.0
            } else {
                -size
            };
            let _ = write!(
                out,
                "<text class=\"radar-label\" x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"{size}\">"
            );
            for (n, line) in lines.into_iter().enumerate() {
                let dy = if n == 0 { first_dy } else { size };
                let _ = write!(
                    out,
                    "<tspan x=\"{x:.1}\" dy=\"{dy}\">{}</tspan>",
                    crate::domain::text::escape_markup(line)
                );
            }
            out.push_str("</text>");
        }
        out
    }
}

fn points(values: impl Iterator<Item = (f64, f64)>) -> String {
    values
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
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
        for l in [WIDE, NARROW] {
            let (cx, cy) = l.centre();
            assert!(close(l.point(0, 8, 50), (cx, cy - l.radius)));
            assert!(close(l.point(2, 8, 50), (cx + l.radius, cy)));
            assert!(close(l.point(4, 8, 50), (cx, cy + l.radius)));
            assert!(close(l.point(6, 8, 50), (cx - l.radius, cy)));
        }
    }

    #[test]
    fn values_scale_linearly_and_are_clamped() {
        let (cx, cy) = WIDE.centre();
        assert!(close(WIDE.point(0, 8, 0), (cx, cy)));
        assert!(close(WIDE.point(2, 8, 25), (cx + WIDE.radius / 2.0, cy)));
        assert!(close(WIDE.point(2, 8, 80), (cx + WIDE.radius, cy)));
    }

    #[test]
    fn polygon_has_a_point_per_value_and_unknown_sits_in_the_centre() {
        let p = WIDE.polygon(&[Some(50), None, Some(50), Some(50)]);
        let pts: Vec<&str> = p.split(' ').collect();
        assert_eq!(pts.len(), 4);
        let (cx, cy) = WIDE.centre();
        assert_eq!(pts[1], format!("{cx:.1},{cy:.1}"));
        assert_eq!(WIDE.ring(5, 8).split(' ').count(), 8);
    }

    #[test]
    fn ring_marks_climb_the_upward_axis() {
        let marks: Vec<f64> = (1..=5).map(|s| NARROW.ring_mark(s).1).collect();
        assert!(marks.windows(2).all(|w| w[1] < w[0]), "{marks:?}");
        assert!(NARROW.ring_mark(5).1 > 0.0);
    }

    #[test]
    fn labels_are_anchored_away_from_the_chart_and_inside_the_view() {
        for l in [WIDE, NARROW] {
            assert_eq!(l.label_anchor(0, 8).2, "middle");
            assert_eq!(l.label_anchor(2, 8).2, "start");
            assert_eq!(l.label_anchor(6, 8).2, "end");
            let (_, y, _) = l.label_anchor(4, 8);
            assert!(y > l.centre().1 + l.radius);
            for axis in 0..8 {
                let (x, y, _) = l.label_anchor(axis, 8);
                assert!((0.0..=l.width).contains(&x) && (0.0..=l.height).contains(&y));
            }
        }
    }

    #[test]
    fn long_labels_split_in_two_lines() {
        assert_eq!(label_lines("Teamleren", 14), vec!["Teamleren"]);
        assert_eq!(
            label_lines("2. Leren op de werkvloer", 14),
            vec!["2. Leren op", "de werkvloer"]
        );
    }

    #[test]
    fn the_markup_draws_every_part_and_escapes_the_labels() {
        let labels: Vec<String> = ["Visie & doel", "2. Leren op de werkvloer", "<b>"]
            .into_iter()
            .map(String::from)
            .collect();
        let series = vec![vec![Some(40), None, Some(25)], vec![Some(30); 3]];
        let (low, high) = (vec![Some(20); 3], vec![Some(50); 3]);
        let svg = WIDE.markup(Drawing {
            labels: &labels,
            series: &series,
            band: Some((&low, &high)),
        });
        assert_eq!(svg.matches("class=\"radar-ring\"").count(), 5);
        assert_eq!(svg.matches("class=\"radar-ring-mark\"").count(), 5);
        assert_eq!(svg.matches("class=\"radar-axis\"").count(), 3);
        assert_eq!(svg.matches("class=\"radar-band\"").count(), 1);
        // The second profile under the first; dots only on the main one, where known.
        let (second, first) = (
            svg.find("radar-shape-1").unwrap(),
            svg.find("radar-shape-0").unwrap(),
        );
        assert!(second < first);
        assert_eq!(svg.matches("class=\"radar-dot\"").count(), 2);
        assert!(svg.contains(">Visie &amp; doel</tspan>"));
        assert!(svg.contains(">&lt;b&gt;</tspan>"));
        assert!(!svg.contains("<b>"));
        assert_eq!(
            svg.matches("<tspan").count(),
            4,
            "the long label on two lines"
        );

        // Without figures there is no band: no empty path.
        let empty = vec![None; 3];
        let svg = NARROW.markup(Drawing {
            labels: &labels,
            series: &[],
            band: Some((&empty, &empty)),
        });
        assert!(
            svg.contains("radar-band"),
            "a band of unknowns still has a shape"
        );
        let svg = NARROW.markup(Drawing {
            labels: &[],
            series: &[],
            band: Some((&[], &[])),
        });
        assert!(!svg.contains("radar-band"));
    }
}

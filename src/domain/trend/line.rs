//! Geometry of the small line charts of a trend: one chart per dimension, the moments
//! evenly spaced from left to right, the score from 1 (bottom) to 5 (top). Pure functions
//! returning SVG coordinates; the view draws them.
//!
//! A moment without a figure leaves a gap: the line stops before it and starts again
//! after it, and a thin dashed bridge joins the two figures either side, so the trend
//! still reads as one line while no point is drawn where no figure may be shown.
//!
//! ```
//! use ontwikkelkaarten::domain::trend::line::SMALL;
//! // Two charts side by side on a 360 px phone are about 150 px wide each: the labels
//! // are still at least 11 px there.
//! assert!(SMALL.label_size * 150.0 / SMALL.width >= 11.0);
//! assert_eq!(SMALL.y(50), SMALL.top);
//! ```

/// The size of a chart and where its parts go, in SVG units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineLayout {
    /// Width of the viewBox.
    pub width: f64,
    /// Height of the viewBox.
    pub height: f64,
    /// Room left of the plot, for the score labels.
    pub left: f64,
    /// Room right of the plot.
    pub right: f64,
    /// The y of score 5.
    pub top: f64,
    /// Room below the plot, for the moments' numbers.
    pub bottom: f64,
    /// Font size of the labels.
    pub label_size: f64,
    /// The most moments numbered below the plot; more are thinned out evenly.
    pub max_ticks: usize,
}

/// A small chart, two to a row on a phone and four on a wide screen.
pub const SMALL: LineLayout = LineLayout {
    width: 200.0,
    height: 136.0,
    left: 24.0,
    right: 12.0,
    top: 12.0,
    bottom: 28.0,
    label_size: 15.0,
    max_ticks: 6,
};

/// The lowest and highest score, in tenths.
const LOW: u16 = 10;
const HIGH: u16 = 50;

impl LineLayout {
    /// The y of score 1 (the bottom of the plot).
    pub fn base(&self) -> f64 {
        self.height - self.bottom
    }

    /// The x of moment `index` of `count`: evenly spread over the plot's width; a single
    /// moment stands in the middle.
    pub fn x(&self, index: usize, count: usize) -> f64 {
        let (from, to) = (self.left, self.width - self.right);
        if count <= 1 {
            return (from + to) / 2.0;
        }
        from + (to - from) * index.min(count - 1) as f64 / (count - 1) as f64
    }

    /// The y of a score in tenths, clamped to 1–5.
    pub fn y(&self, tenths: u16) -> f64 {
        let t = f64::from(tenths.clamp(LOW, HIGH) - LOW) / f64::from(HIGH - LOW);
        self.base() - (self.base() - self.top) * t
    }

    /// The grid lines: each whole score (1 to 5) with its y.
    pub fn grid(&self) -> Vec<(u16, f64)> {
        (1..=5u16)
            .map(|score| (score, self.y(score * 10)))
            .collect()
    }

    /// The points of every known value: (moment index, x, y).
    pub fn dots(&self, values: &[Option<u16>]) -> Vec<(usize, f64, f64)> {
        let n = values.len();
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| Some((i, self.x(i, n), self.y((*v)?))))
            .collect()
    }

    /// `points` of an SVG polyline for each run of two or more consecutive known values;
    /// a missing value breaks the line.
    pub fn runs(&self, values: &[Option<u16>]) -> Vec<String> {
        let n = values.len();
        values
            .split(Option::is_none)
            .scan(0usize, |start, run| {
                let first = *start;
                *start += run.len() + 1;
                Some((first, run))
            })
            .filter(|(_, run)| run.len() >= 2)
            .map(|(first, run)| {
                run.iter()
                    .enumerate()
                    .map(|(k, v)| {
                        let i = first + k;
                        format!("{:.1},{:.1}", self.x(i, n), self.y(v.unwrap_or(LOW)))
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// `points` of a dashed bridge across each gap: from the last known value before it to
    /// the first one after it. No bridge before the first or after the last known value.
    pub fn bridges(&self, values: &[Option<u16>]) -> Vec<String> {
        let n = values.len();
        let known: Vec<(usize, u16)> = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| Some((i, (*v)?)))
            .collect();
        known
            .windows(2)
            .filter(|w| w[1].0 > w[0].0 + 1)
            .map(|w| {
                let [(i, a), (j, b)] = [w[0], w[1]];
                format!(
                    "{:.1},{:.1} {:.1},{:.1}",
                    self.x(i, n),
                    self.y(a),
                    self.x(j, n),
                    self.y(b)
                )
            })
            .collect()
    }

    /// The moments numbered below the plot: (moment index, x). At most
    /// [`LineLayout::max_ticks`], evenly chosen, always the first and the last.
    pub fn ticks(&self, count: usize) -> Vec<(usize, f64)> {
        let shown = count.min(self.max_ticks.max(2));
        let mut indices: Vec<usize> = match shown {
            0 => Vec::new(),
            1 => vec![0],
            _ => (0..shown)
                .map(|k| (k * (count - 1) + (shown - 1) / 2) / (shown - 1))
                .collect(),
        };
        indices.dedup();
        indices.into_iter().map(|i| (i, self.x(i, count))).collect()
    }

    /// Where the number of a tick goes (its baseline).
    pub fn tick_label_y(&self) -> f64 {
        self.base() + self.label_size + 4.0
    }

    /// Where a score label goes: right-aligned left of the plot, centred on its line.
    pub fn score_label(&self, score: u16) -> (f64, f64) {
        (self.left - 6.0, self.y(score * 10) + self.label_size * 0.35)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_spread_over_the_plot_and_one_stands_in_the_middle() {
        let l = SMALL;
        assert_eq!(l.x(0, 4), l.left);
        assert_eq!(l.x(3, 4), l.width - l.right);
        assert!((l.x(1, 3) - (l.left + l.width - l.right) / 2.0).abs() < 1e-9);
        assert!((l.x(0, 1) - (l.left + l.width - l.right) / 2.0).abs() < 1e-9);
        let xs: Vec<f64> = (0..5).map(|i| l.x(i, 5)).collect();
        assert!(xs.windows(2).all(|w| w[1] > w[0]), "{xs:?}");
    }

    #[test]
    fn scores_run_from_one_at_the_bottom_to_five_at_the_top_and_are_clamped() {
        let l = SMALL;
        assert_eq!(l.y(10), l.base());
        assert_eq!(l.y(50), l.top);
        assert!((l.y(30) - (l.base() + l.top) / 2.0).abs() < 1e-9);
        assert_eq!(l.y(0), l.base(), "below 1 sits on 1");
        assert_eq!(l.y(80), l.top, "above 5 sits on 5");
        assert!(l.y(34) < l.y(33), "a higher score is higher up");
        let grid = l.grid();
        assert_eq!(grid.len(), 5);
        assert_eq!(grid[0], (1, l.base()));
        assert_eq!(grid[4], (5, l.top));
    }

    #[test]
    fn a_missing_value_breaks_the_line_and_has_no_dot() {
        let l = SMALL;
        let values = [Some(20), Some(30), None, Some(40), Some(45), None, Some(50)];
        let runs = l.runs(&values);
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(
            runs[0],
            format!(
                "{:.1},{:.1} {:.1},{:.1}",
                l.x(0, 7),
                l.y(20),
                l.x(1, 7),
                l.y(30)
            )
        );
        assert!(runs[1].starts_with(&format!("{:.1},{:.1}", l.x(3, 7), l.y(40))));
        assert_eq!(runs[1].split(' ').count(), 2);
        let dots: Vec<usize> = l.dots(&values).iter().map(|d| d.0).collect();
        assert_eq!(dots, [0, 1, 3, 4, 6], "the lone last value is a dot only");
        assert!(l.runs(&[None, Some(30), None]).is_empty());
        assert!(l.runs(&[]).is_empty());
        assert_eq!(l.runs(&[Some(10), Some(50)]).len(), 1);
    }

    #[test]
    fn a_bridge_spans_each_gap_between_two_values_and_nothing_else() {
        let l = SMALL;
        let values = [None, Some(20), None, None, Some(40), Some(45), None];
        assert_eq!(
            l.bridges(&values),
            [format!(
                "{:.1},{:.1} {:.1},{:.1}",
                l.x(1, 7),
                l.y(20),
                l.x(4, 7),
                l.y(40)
            )]
        );
        assert!(l.bridges(&[Some(20), Some(30), Some(40)]).is_empty());
        assert!(l.bridges(&[Some(20), None]).is_empty());
        assert!(l.bridges(&[None, None]).is_empty());
        assert_eq!(
            l.bridges(&[Some(20), None, Some(30), None, Some(40)]).len(),
            2
        );
    }

    #[test]
    fn ticks_keep_the_first_and_last_and_thin_out_evenly() {
        let l = SMALL;
        assert!(l.ticks(0).is_empty());
        assert_eq!(l.ticks(1).iter().map(|t| t.0).collect::<Vec<_>>(), [0]);
        assert_eq!(
            l.ticks(4).iter().map(|t| t.0).collect::<Vec<_>>(),
            [0, 1, 2, 3]
        );
        for count in 2..40 {
            let ticks: Vec<usize> = l.ticks(count).iter().map(|t| t.0).collect();
            assert!(ticks.len() <= l.max_ticks, "{count}: {ticks:?}");
            assert_eq!(ticks.first(), Some(&0));
            assert_eq!(ticks.last(), Some(&(count - 1)));
            assert!(ticks.windows(2).all(|w| w[1] > w[0]), "{count}: {ticks:?}");
        }
        let twelve: Vec<usize> = l.ticks(12).iter().map(|t| t.0).collect();
        assert_eq!(twelve, [0, 2, 4, 7, 9, 11]);
    }

    #[test]
    fn every_label_is_inside_the_view() {
        let l = SMALL;
        assert!(l.tick_label_y() <= l.height);
        for score in 1..=5 {
            let (x, y) = l.score_label(score);
            assert!(x > l.label_size * 0.6, "room for one digit left of {x}");
            assert!(y - l.label_size * 0.8 >= 0.0 && y <= l.base() + l.label_size);
        }
    }
}

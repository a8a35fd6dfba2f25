//! The geometry of an indicator's small line chart: scales, points and lines
//! in SVG user units, computed from an [`IndicatorProgress`]. The view only
//! draws what this returns.
//!
//! - The time axis runs from the earliest to the latest of: the baseline
//!   date, every reading's date, the target date, the path's ends and
//!   `today` (half a year either side when they all fall on one day).
//! - The value axis runs from the smallest to the largest of: the baseline,
//!   every reading, the numeric target and the path's ends, widened by 8%
//!   of that span on each side (by 10% of the value, at least 1, when the
//!   span is zero).
//! - Screen y grows downwards, so a higher value has a smaller y.

use super::{IndicatorProgress, TargetKind};
use crate::model::{Date, Tally};

/// The drawing's size and the margins kept around the plot for the labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    /// The size the indicators view draws at (a 5:2 box).
    pub const SMALL: Frame = Frame {
        width: 300.0,
        height: 120.0,
        left: 42.0,
        right: 12.0,
        top: 10.0,
        bottom: 20.0,
    };

    fn plot_width(&self) -> f64 {
        self.width - self.left - self.right
    }

    fn plot_height(&self) -> f64 {
        self.height - self.top - self.bottom
    }
}

/// A point in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// How the target is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TargetMark {
    /// A value to reach: a point at the target date.
    Point(Point),
    /// A bound: a line across the whole plot at the bound's height, and the
    /// point where the path meets it at the target date.
    Bound { y: f64, at: Point, at_least: bool },
}

/// A label on an axis: where it goes and what it says (a figure or a date).
#[derive(Clone, Debug, PartialEq)]
pub struct Tick<T> {
    /// x for the time axis, y for the value axis.
    pub at: f64,
    pub value: T,
}

/// Everything the chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub frame: Frame,
    /// The plot's edges: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
    pub baseline: Option<Point>,
    pub readings: Vec<Point>,
    /// The line through the baseline and the readings, as SVG polyline
    /// points ("x,y x,y …"); empty when there are fewer than two points.
    pub actual_line: String,
    pub target: Option<TargetMark>,
    /// The straight path from the baseline to the target, drawn dashed.
    pub path: Option<(Point, Point)>,
    /// Where today is on the time axis.
    pub today_x: f64,
    /// The first and last dates of the time axis (one when they are equal).
    pub time_ticks: Vec<Tick<Date>>,
    /// The smallest and largest value drawn (one when they are equal).
    pub value_ticks: Vec<Tick<f64>>,
}

/// Lays out the chart of `progress` at `today` in `frame`; `None` when there
/// is no figure at all to draw (no baseline, no reading, no numeric target).
pub fn layout(progress: &IndicatorProgress, today: Date, frame: Frame) -> Option<Chart> {
    let mut values: Vec<f64> = progress.readings.iter().map(|r| r.value).collect();
    values.extend(progress.baseline.map(|b| b.value));
    values.extend(progress.target.map(|t| t.value));
    if values.is_empty() {
        return None;
    }
    let ends = progress.path.iter().flat_map(|(a, b)| [*a, *b]);
    values.extend(ends.clone().map(|e| e.value));
    let mut dates: Vec<Date> = progress.readings.iter().map(|r| r.date).collect();
    dates.extend(progress.baseline.map(|b| b.date));
    dates.extend(progress.target.map(|t| t.date));
    dates.extend(ends.map(|e| e.date));
    dates.push(today);

    let first = *dates.iter().min()?;
    let last = *dates.iter().max()?;
    let (t0, t1) = if first == last {
        (
            first - chrono::Duration::days(183),
            last + chrono::Duration::days(183),
        )
    } else {
        (first, last)
    };
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = if hi > lo {
        (hi - lo) * 0.08
    } else {
        (lo.abs() * 0.1).max(1.0)
    };
    let (v0, v1) = (lo - pad, hi + pad);

    let (left, top) = (frame.left, frame.top);
    let (right, bottom) = (left + frame.plot_width(), top + frame.plot_height());
    let span_days = (t1 - t0).num_days() as f64;
    let x = |d: Date| left + (d - t0).num_days() as f64 / span_days * frame.plot_width();
    let y = |v: f64| bottom - (v - v0) / (v1 - v0) * frame.plot_height();
    let at = |d: Date, v: f64| Point { x: x(d), y: y(v) };

    let baseline = progress.baseline.map(|b| at(b.date, b.value));
    let readings: Vec<Point> = progress
        .readings
        .iter()
        .map(|r| at(r.date, r.value))
        .collect();
    // A running total starts from zero each year: its line does not come
    // down from last year's total.
    let from_baseline = baseline.filter(|_| progress.tally == Tally::Level);
    let line_points: Vec<Point> = from_baseline
        .iter()
        .chain(readings.iter())
        .copied()
        .collect();
    let actual_line = if line_points.len() < 2 {
        String::new()
    } else {
        line_points
            .iter()
            .map(|p| format!("{:.1},{:.1}", p.x, p.y))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let target = progress.target.map(|t| {
        let point = at(t.date, t.value);
        match t.kind {
            TargetKind::Value => TargetMark::Point(point),
            TargetKind::AtLeast | TargetKind::AtMost => TargetMark::Bound {
                y: point.y,
                at: point,
                at_least: t.kind == TargetKind::AtLeast,
            },
        }
    });
    let path = progress
        .path
        .map(|(a, b)| (at(a.date, a.value), at(b.date, b.value)));
    let mut time_ticks = vec![Tick {
        at: x(first),
        value: first,
    }];
    if last != first {
        time_ticks.push(Tick {
            at: x(last),
            value: last,
        });
    }
    let mut value_ticks = vec![Tick {
        at: y(lo),
        value: lo,
    }];
    if hi > lo {
        value_ticks.push(Tick {
            at: y(hi),
            value: hi,
        });
    }
    Some(Chart {
        frame,
        plot: (left, top, right, bottom),
        baseline,
        readings,
        actual_line,
        target,
        path,
        today_x: x(today),
        time_ticks,
        value_ticks,
    })
}

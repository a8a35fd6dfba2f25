//! Indicators against their targets, as of a day: how far each indicator has
//! come from its baseline, where a straight path says it should be by now, and
//! a class a mid-term review would give it. Everything here is a pure function
//! of an [`Indicator`] (or the [`Plan`]) and a date `today`; the words come
//! from the catalogs (`FiguresText::progress_class`, `indicator_summary`).
//!
//! Call [`assess`] for one indicator, [`assess_plan`] for every indicator of a
//! plan in plan order, and [`count_classes`] for the summary counts. The
//! geometry of the small chart each indicator gets is in [`chart`].
//!
//! # Terms
//!
//! - A *reading* is one recorded actual whose period parses
//!   ([`Period::parse`]) and has begun by `today` (period start ≤ today); a
//!   value for a period that has not begun yet is ignored, so looking at a
//!   past day shows what was known then. A reading stands at the *last day*
//!   of its period.
//! - The *latest* reading is the one whose period ends last; on a tie (2023
//!   and 2023-Q4 both end on 31 December) the longer period wins, as the
//!   year's figure is the definitive one.
//! - The *baseline* stands at 31 December of the baseline year; the *target*
//!   at 31 December of the target year (the target is due by the end of its
//!   year).
//! - A *numeric target* is `Value`, `AtLeast` or `AtMost`; `Words` is not.
//!   Its *better side*: higher for `AtLeast`, lower for `AtMost`, and for
//!   `Value` the indicator's [`Direction`] (higher or lower is better).
//! - The target is *met* by a value when the value is on the better side of
//!   the target value or equal to it: `Value` with higher-is-better and
//!   `AtLeast` need value ≥ target; `Value` with lower-is-better and `AtMost`
//!   need value ≤ target. Only the latest reading counts: an earlier reading
//!   that met the target does not make up for a later one that does not.
//!   Comparisons allow a rounding tolerance of 10⁻⁹ × max(1, |target|).
//! - The *path* is the straight line from (baseline date, baseline value) to
//!   (target date, target value); for a bound the line goes to the bound.
//!   Its *fraction at today* is `(today − baseline date) / (target date −
//!   baseline date)` in days, 0 on or before the baseline date and 1 on or
//!   after the target date (so a target year not after the baseline year
//!   gives 0 before the target date and 1 from it on).
//! - The *expected value* is `baseline + (target − baseline) × fraction`; the
//!   *expected share* is `fraction × 100`, in percent of the way.
//! - The *progress* is `(latest − baseline) / (target − baseline) × 100`, in
//!   percent of the way; for a lower-is-better indicator both differences are
//!   negative, so a fall counts as progress. It may be below 0 (moved the
//!   wrong way) or above 100 (beyond the target). There is none when the
//!   baseline already meets the target (there is no way to go).
//!
//! # Classes ([`assess`]), first match wins
//!
//! 1. **No target** ([`ProgressClass::NoTarget`]) when the indicator has no
//!    target: it is only observed.
//! 2. **Not quantified** ([`ProgressClass::NotQuantified`]) when the target is
//!    only words: no figure can say whether it is met. The words are shown as
//!    they are, and such indicators are counted apart in the summary.
//! 3. **Not enough data** ([`ProgressClass::NoData`]) when there is no
//!    reading.
//! 4. **Achieved early** ([`ProgressClass::AchievedEarly`]) when the latest
//!    reading meets the target and `today` is on or before the target date
//!    (the target year has not ended yet), and the reading is a year's
//!    figure or one to a year's end: a part-year figure that meets it (a
//!    growth rate for January to September) is **on track**, before the
//!    target year ends and after, as only the year's figure settles it.
//! 5. **Achieved** ([`ProgressClass::Achieved`]) when the latest reading
//!    meets the target, is a year's figure or one to a year's end, and
//!    `today` is after the target date.
//! 6. **Not enough data** when there is no baseline: without one there is no
//!    path to be on or behind.
//! 7. **On track** ([`ProgressClass::OnTrack`]) when the latest reading is on
//!    the better side of the expected value at today, or equal to it.
//! 8. **Lagging** ([`ProgressClass::Lagging`]) otherwise. In particular an
//!    indicator whose target year has passed without the target being met is
//!    lagging (the expected value is then the target itself).
//!
//! The latest reading is compared with the path at `today`, not at its own
//! period: an old figure stands for now until a newer one is recorded.
//!
//! A **running total** ([`Tally::RunningTotal`]: new jobs, investment made,
//! "1–9月累计") starts from zero each January; its rules are
//! [`assess_running_total`]'s: the target is a year's, the path runs from
//! zero at the start of the latest value's year to the target at its end,
//! and the value is compared with the path at its own period's end.

pub mod chart;
pub mod html;

use crate::model::{Aim, Date, Direction, Indicator, Plan, Tally};
use crate::period::{Period, PeriodKind};
use chrono::Datelike;

/// The class a mid-term review gives an indicator; see the module rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProgressClass {
    /// Met, and the target year is over.
    Achieved,
    /// Met before the target year ended.
    AchievedEarly,
    /// At or ahead of the straight path from baseline to target.
    OnTrack,
    /// Behind the straight path (or the target year passed unmet).
    Lagging,
    /// No reading, or no baseline to draw a path from.
    NoData,
    /// The target is only words.
    NotQuantified,
    /// The indicator has no target.
    NoTarget,
}

impl ProgressClass {
    /// Every class, in the order summaries list them.
    pub const ALL: [ProgressClass; 7] = [
        ProgressClass::Achieved,
        ProgressClass::AchievedEarly,
        ProgressClass::OnTrack,
        ProgressClass::Lagging,
        ProgressClass::NoData,
        ProgressClass::NotQuantified,
        ProgressClass::NoTarget,
    ];
}

/// A numeric target's kind: reach a value, or stay on one side of a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    /// Reach the value (the better side follows the indicator's direction).
    Value,
    /// At least the value.
    AtLeast,
    /// At most the value.
    AtMost,
}

/// A numeric target, placed in time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumericTarget {
    pub kind: TargetKind,
    pub value: f64,
    pub year: i32,
    /// 31 December of the target year.
    pub date: Date,
    /// Whether a higher value is on the better side of this target.
    pub higher_is_better: bool,
}

impl NumericTarget {
    /// On track when `value` is on the better side of the path's
    /// `expected` value, or equal to it; else lagging.
    pub fn against_path(&self, value: f64, expected: f64) -> ProgressClass {
        let ahead = if self.higher_is_better {
            value >= expected
        } else {
            value <= expected
        };
        if ahead {
            ProgressClass::OnTrack
        } else {
            ProgressClass::Lagging
        }
    }

    /// Whether `value` meets the target (on its better side, or equal).
    pub fn is_met_by(&self, value: f64) -> bool {
        let tolerance = 1e-9 * self.value.abs().max(1.0);
        if self.higher_is_better {
            value >= self.value - tolerance
        } else {
            value <= self.value + tolerance
        }
    }
}

/// A recorded value whose period has begun by `today`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub period: Period,
    /// The last day of the period: where the reading stands in time.
    pub date: Date,
    pub value: f64,
}

/// A value at a date: the baseline, or a point on the path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DatedValue {
    pub date: Date,
    pub value: f64,
}

/// Where one indicator stands as of a day; see the module rules.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorProgress {
    pub class: ProgressClass,
    /// Every reading, oldest first (by period end; the longer period first on a tie).
    pub readings: Vec<Reading>,
    /// The latest reading, if any.
    pub latest: Option<Reading>,
    /// The baseline at 31 December of its year, if any.
    pub baseline: Option<DatedValue>,
    /// The numeric target, if the target is one.
    pub target: Option<NumericTarget>,
    /// Whether the latest reading meets the numeric target.
    pub met: bool,
    /// Percent of the way from baseline to target the latest reading has come.
    pub progress: Option<f64>,
    /// Percent of the way the straight path expects by today.
    pub expected_share: Option<f64>,
    /// The value the straight path expects at today.
    pub expected_value: Option<f64>,
    /// The straight path's two ends: from the baseline to the target, or
    /// for a running total from zero on 31 December before its year to
    /// the target at the year's end.
    pub path: Option<(DatedValue, DatedValue)>,
    /// How the indicator's values are counted.
    pub tally: Tally,
}

/// How far along the way from baseline to target a share (in percent of the
/// way) is, in the words a reader understands: moved away from the target
/// (below 0), part of the way (0 to 100), or beyond the target by a factor
/// of the way (above 100: 281% is "2.8 times the way").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Way {
    /// The value moved away from the target, by this many percent of the way.
    Away(f64),
    /// Percent of the way, 0 to 100.
    Part(f64),
    /// Past the target: the whole way times this factor (above 1).
    Beyond(f64),
}

impl Way {
    /// The way a share of `percent` stands for.
    pub fn of(percent: f64) -> Way {
        if percent < 0.0 {
            Way::Away(-percent)
        } else if percent > 100.0 {
            Way::Beyond(percent / 100.0)
        } else {
            Way::Part(percent)
        }
    }
}

/// The last day of `year`.
pub fn year_end(year: i32) -> Date {
    Date::from_ymd_opt(year, 12, 31)
        .or_else(|| Date::from_ymd_opt(9999, 12, 31))
        .expect("a valid last day")
}

/// The share (0 to 1) of the way from `start` to `end` that has passed at
/// `today`: 0 on or before `start`, 1 on or after `end`, linear by days between.
pub fn path_fraction(start: Date, end: Date, today: Date) -> f64 {
    if today >= end {
        1.0
    } else if today <= start {
        0.0
    } else {
        (today - start).num_days() as f64 / (end - start).num_days() as f64
    }
}

/// An indicator's readings as of `today`, oldest first; see the module terms.
pub fn readings(ind: &Indicator, today: Date) -> Vec<Reading> {
    let mut readings: Vec<Reading> = ind
        .actuals
        .iter()
        .filter_map(|a| {
            let period = a.period;
            (period.start() <= today && a.value.is_finite()).then(|| Reading {
                period,
                date: period.end(),
                value: a.value,
            })
        })
        .collect();
    // By end date; on a tie the longer period (earlier start) sorts last, so it is the latest.
    crate::order::sort_by_key(&mut readings, |r| {
        (r.date, std::cmp::Reverse(r.period.start()))
    });
    readings
}

/// The indicator's latest reading as of `today` (the one its class and
/// chart read), if it has any.
pub fn latest_reading(ind: &Indicator, today: Date) -> Option<Reading> {
    readings(ind, today).pop()
}

/// The order values are listed in, oldest first, as [`readings`] orders
/// them: by the end of their period, the longer period last when two end
/// together (it is the latest).
pub fn value_order(period: Period) -> (Date, std::cmp::Reverse<Date>) {
    (period.end(), std::cmp::Reverse(period.start()))
}

/// The indicator's numeric target, placed at the end of its year; `None` for
/// no target or a target in words.
pub fn numeric_target(ind: &Indicator) -> Option<NumericTarget> {
    let target = ind.target.as_ref()?;
    let (kind, value) = match &target.aim {
        Aim::Value { value } => (TargetKind::Value, *value),
        Aim::AtLeast { value } => (TargetKind::AtLeast, *value),
        Aim::AtMost { value } => (TargetKind::AtMost, *value),
        Aim::Words { .. } => return None,
    };
    let higher_is_better = match kind {
        TargetKind::AtLeast => true,
        TargetKind::AtMost => false,
        TargetKind::Value => ind.direction == Direction::HigherIsBetter,
    };
    Some(NumericTarget {
        kind,
        value,
        year: target.year,
        date: year_end(target.year),
        higher_is_better,
    })
}

/// [`assess`] on the values of periods ended by `day` only: what a report
/// as of `day` knew (a third quarter's value, begun on 1 July, is not in
/// July's report, however late that is made).
pub fn assess_ended(ind: &Indicator, day: Date) -> IndicatorProgress {
    let mut known = ind.clone();
    known.actuals.retain(|a| a.period.end() <= day);
    assess(&known, day)
}

/// Where `ind` stands at `today`: readings, progress, the path and the class.
pub fn assess(ind: &Indicator, today: Date) -> IndicatorProgress {
    let readings = readings(ind, today);
    let latest = readings.last().copied();
    let baseline = ind.baseline.as_ref().map(|b| DatedValue {
        date: year_end(b.year),
        value: b.value,
    });
    let target = numeric_target(ind);
    if ind.tally == Tally::RunningTotal {
        return assess_running_total(ind, readings, baseline, target, today);
    }
    let met = match (target, latest) {
        (Some(t), Some(l)) => t.is_met_by(l.value),
        _ => false,
    };
    let path = match (baseline, target) {
        (Some(b), Some(t)) => {
            let fraction = path_fraction(b.date, t.date, today);
            Some((fraction * 100.0, b.value + (t.value - b.value) * fraction))
        }
        _ => None,
    };
    let progress = match (baseline, target, latest) {
        (Some(b), Some(t), Some(l)) if !t.is_met_by(b.value) => {
            Some((l.value - b.value) / (t.value - b.value) * 100.0)
        }
        _ => None,
    };
    let class = match (&ind.target, target, latest) {
        (None, ..) => ProgressClass::NoTarget,
        (Some(_), None, _) => ProgressClass::NotQuantified,
        (_, _, None) => ProgressClass::NoData,
        (_, Some(t), Some(l)) if met => {
            // A part-year figure (a growth rate for January to September)
            // does not settle a year's target, even once the year is over;
            // a year's, or one to the year's end, does.
            let settles = l.period.kind() == PeriodKind::Year || l.date == year_end(l.date.year());
            if !settles {
                ProgressClass::OnTrack
            } else if today > t.date {
                ProgressClass::Achieved
            } else {
                ProgressClass::AchievedEarly
            }
        }
        (_, Some(t), Some(l)) => match path {
            None => ProgressClass::NoData,
            Some((_, expected)) => t.against_path(l.value, expected),
        },
    };
    IndicatorProgress {
        class,
        readings,
        latest,
        baseline,
        target,
        met,
        progress,
        expected_share: path.map(|(share, _)| share),
        expected_value: path.map(|(_, value)| value),
        path: baseline.zip(target).map(|(b, t)| {
            (
                b,
                DatedValue {
                    date: t.date,
                    value: t.value,
                },
            )
        }),
        tally: ind.tally,
    }
}

/// [`assess`] for a running total ([`Tally::RunningTotal`]): the target is
/// a year's, placed at the end of the latest value's year (the target's
/// own year when there is no value), and the path runs from zero on 31
/// December before it. The latest value is compared with the path at its
/// own period's end (a total to the end of June with the share of the year
/// gone by then), and its progress is its share of the target. A total
/// that meets a target to reach is achieved (early, while its year runs);
/// one within a bound not to pass is achieved once its year is counted
/// whole; a year counted whole that misses the target is lagging.
fn assess_running_total(
    ind: &Indicator,
    readings: Vec<Reading>,
    baseline: Option<DatedValue>,
    target: Option<NumericTarget>,
    today: Date,
) -> IndicatorProgress {
    let latest = readings.last().copied();
    let target = target.map(|t| {
        let year = latest.map_or(t.year, |l| l.date.year());
        NumericTarget {
            year,
            date: year_end(year),
            ..t
        }
    });
    let met = matches!((target, latest), (Some(t), Some(l)) if t.is_met_by(l.value));
    let path = target.map(|t| {
        let start = year_end(t.year.saturating_sub(1));
        let at = latest.map_or(today, |l| l.date.min(today));
        let fraction = path_fraction(start, t.date, at);
        let ends = (
            DatedValue {
                date: start,
                value: 0.0,
            },
            DatedValue {
                date: t.date,
                value: t.value,
            },
        );
        (fraction * 100.0, t.value * fraction, ends)
    });
    // A share of the way for a total to reach; a total kept under a cap
    // has no way to go, only room left.
    let progress = match (target, latest) {
        (Some(t), Some(l)) if t.value != 0.0 && t.higher_is_better => {
            Some(l.value / t.value * 100.0)
        }
        _ => None,
    };
    let class = match (&ind.target, target, latest, path) {
        (None, ..) => ProgressClass::NoTarget,
        (Some(_), None, ..) => ProgressClass::NotQuantified,
        (_, _, None, _) | (_, _, _, None) => ProgressClass::NoData,
        (_, Some(t), Some(l), Some((_, expected, _))) => {
            let whole_year = l.date >= t.date;
            if met && (t.higher_is_better || whole_year) {
                if today > t.date {
                    ProgressClass::Achieved
                } else {
                    ProgressClass::AchievedEarly
                }
            } else if whole_year {
                ProgressClass::Lagging
            } else {
                t.against_path(l.value, expected)
            }
        }
    };
    IndicatorProgress {
        class,
        readings,
        latest,
        baseline,
        target,
        met,
        progress,
        expected_share: path.map(|(share, ..)| share),
        expected_value: path.map(|(_, value, _)| value),
        path: path.map(|(.., ends)| ends),
        tally: ind.tally,
    }
}

/// Every indicator of `plan` with its assessment at `today`, in plan order.
pub fn assess_plan(plan: &Plan, today: Date) -> Vec<(&Indicator, IndicatorProgress)> {
    plan.indicators
        .iter()
        .map(|ind| (ind, assess(ind, today)))
        .collect()
}

/// How many indicators are in each class, for a summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassCounts {
    pub total: usize,
    pub achieved: usize,
    pub achieved_early: usize,
    pub on_track: usize,
    pub lagging: usize,
    pub no_data: usize,
    pub not_quantified: usize,
    pub no_target: usize,
}

impl ClassCounts {
    /// Counts the given classes.
    pub fn of(classes: impl IntoIterator<Item = ProgressClass>) -> ClassCounts {
        let mut counts = ClassCounts::default();
        for class in classes {
            counts.total += 1;
            *counts.slot(class) += 1;
        }
        counts
    }

    /// The count of one class.
    pub fn get(&self, class: ProgressClass) -> usize {
        let mut copy = *self;
        *copy.slot(class)
    }

    fn slot(&mut self, class: ProgressClass) -> &mut usize {
        match class {
            ProgressClass::Achieved => &mut self.achieved,
            ProgressClass::AchievedEarly => &mut self.achieved_early,
            ProgressClass::OnTrack => &mut self.on_track,
            ProgressClass::Lagging => &mut self.lagging,
            ProgressClass::NoData => &mut self.no_data,
            ProgressClass::NotQuantified => &mut self.not_quantified,
            ProgressClass::NoTarget => &mut self.no_target,
        }
    }

    /// The classes with at least one indicator, with their counts, in [`ProgressClass::ALL`] order.
    pub fn nonzero(&self) -> Vec<(ProgressClass, usize)> {
        ProgressClass::ALL
            .into_iter()
            .map(|c| (c, self.get(c)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// The class counts of every indicator of `plan` at `today`.
pub fn count_classes(plan: &Plan, today: Date) -> ClassCounts {
    ClassCounts::of(plan.indicators.iter().map(|i| assess(i, today).class))
}

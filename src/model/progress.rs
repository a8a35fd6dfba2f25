//! A task's or project's current progress: its latest report that stands.

use super::{Date, Plan, Subject, Task, Update};
use crate::period::Period;
use rustc_hash::FxHashMap as HashMap;

impl Plan {
    /// Reports on `subject`, newest first (by date, then by order recorded),
    /// withdrawn ones included.
    pub fn reports_on<'a>(&'a self, subject: &Subject) -> Vec<&'a Update> {
        let mut found: Vec<(usize, &Update)> = self
            .updates
            .iter()
            .enumerate()
            .filter(|(_, u)| &u.subject == subject)
            .collect();
        crate::order::sort_by(&mut found, |(ia, a), (ib, b)| {
            b.date.cmp(&a.date).then(ib.cmp(ia))
        });
        found.into_iter().map(|(_, u)| u).collect()
    }

    /// How many reports stand: withdrawn ones are not counted.
    pub fn standing_reports(&self) -> usize {
        self.updates
            .iter()
            .filter(|u| u.withdrawn.is_none())
            .count()
    }

    /// The latest report on `subject` that has not been withdrawn.
    pub fn latest_report(&self, subject: &Subject) -> Option<&Update> {
        let mut best: Option<(usize, &Update)> = None;
        for (i, u) in self.updates.iter().enumerate() {
            if &u.subject != subject || u.withdrawn.is_some() {
                continue;
            }
            match best {
                Some((_, b)) if b.date > u.date => {}
                _ => best = Some((i, u)),
            }
        }
        best.map(|(_, u)| u)
    }

    /// The latest standing report on every subject that has one, found in
    /// one pass (the same choice as [`Plan::latest_report`]).
    pub fn latest_reports(&self) -> HashMap<&Subject, &Update> {
        let mut best: HashMap<&Subject, &Update> = HashMap::default();
        for u in self.updates.iter().filter(|u| u.withdrawn.is_none()) {
            match best.get(&u.subject) {
                Some(b) if b.date > u.date => {}
                _ => {
                    best.insert(&u.subject, u);
                }
            }
        }
        best
    }

    /// Current progress in percent: the latest standing report, or 0.
    pub fn progress_of(&self, subject: &Subject) -> f64 {
        self.latest_report(subject).map_or(0.0, |u| u.progress)
    }

    /// Progress of a set of tasks weighted by task weight; plain mean when
    /// every weight is zero; `None` for no tasks. The reports are indexed in
    /// one pass ([`Plan::latest_reports`]), so the cost follows the plan's
    /// size once, not once per task.
    pub fn weighted_progress<'a>(
        &self,
        tasks: impl IntoIterator<Item = &'a super::Task>,
    ) -> Option<f64> {
        let latest = self.latest_reports();
        weighted_progress_given(tasks, &latest)
    }
}

/// [`Plan::weighted_progress`] with the latest standing reports already
/// indexed (callers that sum many sets index them once).
pub fn weighted_progress_given<'a>(
    tasks: impl IntoIterator<Item = &'a super::Task>,
    latest: &HashMap<&Subject, &Update>,
) -> Option<f64> {
    weighted_mean(tasks.into_iter().map(|t| {
        let progress = latest
            .get(&Subject::Task(t.id.clone()))
            .map_or(0.0, |u| u.progress);
        (progress, t.weight)
    }))
}

/// The mean of values weighted by their weights (finite, zero or more), the
/// plain mean when every weight is zero, `None` for no values. Weights are
/// divided by the largest first, so the sums stay finite for any weights a
/// plan may hold (every weight `1e308` included) and only their ratios count.
pub fn weighted_mean(items: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let items: Vec<(f64, f64)> = items.into_iter().collect();
    if items.is_empty() {
        return None;
    }
    let largest = items.iter().map(|&(_, w)| w).fold(0.0, f64::max);
    if largest > 0.0 {
        let (mut sum, mut weights) = (0.0, 0.0);
        for &(value, weight) in &items {
            let w = weight / largest;
            sum += value * w;
            weights += w;
        }
        Some(sum / weights)
    } else {
        Some(items.iter().map(|&(v, _)| v).sum::<f64>() / items.len() as f64)
    }
}

impl Plan {
    /// The reporting period (报告期) `update` answers: the one it carries,
    /// else (a report from a file written before reports carried one) the
    /// period of the plan's cadence that contains its date. Every figure
    /// that counts reports by period reads it here.
    pub fn report_period(&self, update: &Update) -> Period {
        update
            .period
            .unwrap_or_else(|| Period::containing(self.cadence.period_kind(), update.date))
    }

    /// The day `task`'s schedule runs from: its own start; else the date of
    /// the meeting, instruction or document it came from
    /// ([`Task::source_date`]) when that falls after the plan's start and
    /// by the task's deadline (and the plan's end): an item decided at a
    /// meeting on 1 August owes no progress for the months before; else the
    /// plan's start.
    pub fn task_start(&self, task: &Task) -> Date {
        task.start.unwrap_or_else(|| match task.source_date {
            Some(d) if d > self.start && d <= task.deadline.unwrap_or(self.end).min(self.end) => d,
            _ => self.start,
        })
    }

    /// The first day from which `task` owes progress reports: the later of
    /// its start ([`Plan::task_start`]) and the day it was entered in the
    /// plan ([`Task::added`]). Its expected progress still runs from its
    /// start.
    pub fn reports_owed_from(&self, task: &Task) -> Date {
        let start = self.task_start(task);
        task.added.map_or(start, |added| start.max(added))
    }
}

/// A percentage as typed ([`crate::input::percent`]: "35", "35%", "35 ％",
/// "12,5%").
/// `None` for empty text or anything that is not a finite number.
pub fn parse_percent(text: &str) -> Option<f64> {
    crate::input::percent(text).ok().flatten()
}

#[cfg(test)]
mod weighted_tests {
    use super::weighted_mean;

    #[test]
    fn weights_count_by_their_ratios_and_never_overflow() {
        assert_eq!(weighted_mean([]), None);
        assert_eq!(weighted_mean([(50.0, 0.0), (100.0, 0.0)]), Some(75.0));
        assert_eq!(weighted_mean([(0.0, 1.0), (100.0, 3.0)]), Some(75.0));
        assert_eq!(
            weighted_mean([(0.0, 1e308), (100.0, 3e307)]).map(f64::round),
            Some(23.0)
        );
        assert_eq!(weighted_mean([(40.0, 1e308), (60.0, 1e308)]), Some(50.0));
    }

    proptest::proptest! {
        #[test]
        fn any_finite_weights_give_a_finite_mean_within_the_values(
            items in proptest::collection::vec((0.0..=100.0f64, 0.0..=f64::MAX), 1..40)
        ) {
            let mean = weighted_mean(items.iter().copied()).unwrap();
            let lo = items.iter().map(|i| i.0).fold(f64::INFINITY, f64::min);
            let hi = items.iter().map(|i| i.0).fold(f64::NEG_INFINITY, f64::max);
            proptest::prop_assert!(mean.is_finite());
            proptest::prop_assert!(mean >= lo - 1e-9 && mean <= hi + 1e-9);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_percent;

    #[test]
    fn a_percentage_may_end_in_a_percent_sign() {
        for (typed, value) in [
            ("35", 35.0),
            ("35%", 35.0),
            (" 35 % ", 35.0),
            ("35％", 35.0),
            ("12,5%", 12.5),
            ("100", 100.0),
            ("0%", 0.0),
        ] {
            assert_eq!(parse_percent(typed), Some(value), "{typed}");
        }
        for bad in [
            "", "%", "％", "abc", "35%%", "%35", "3 5", "NaN", "inf", "35‰",
        ] {
            assert_eq!(parse_percent(bad), None, "{bad}");
        }
    }
}

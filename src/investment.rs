//! Key projects' investment and schedule, as of a day: this year's investment
//! completed against this year's target, summed per key area, per batch and
//! for the whole plan; how many projects are in each phase; and each
//! project's actual start and completion against the planned dates. Pure
//! functions of the [`Plan`] (and a date `today` for the schedule); the words
//! come from the catalogs (`FiguresText::start_vs_plan`, `completion_vs_plan`).
//!
//! # Sums ([`InvestmentSum`], [`whole_plan`], [`by_area`], [`by_batch`])
//!
//! Money is in ten-thousand yuan (万元), as the model keeps it. A sum adds up
//! the projects' total investment, this year's target and this year's
//! completed investment. Its *share* is `completed / target × 100`, not
//! clamped (above 100 when the target is exceeded), and there is none when
//! the summed target is 0. A project with a zero target still adds its
//! completed investment and counts as a project.
//!
//! Groups keep a stable order: key areas in the plan's order (only areas
//! with at least one project), then the projects with no area (`None`);
//! batches in their own order when their names give it (see [`batch_rank`]),
//! else in the order the plan first names them, then the projects with no
//! batch (the empty string). A batch name is compared after trimming.
//!
//! # Schedule ([`start_vs_plan`], [`completion_vs_plan`])
//!
//! A project has *started* when it has an actual start date, or its phase is
//! under construction or later; it is *complete* when it has an actual end
//! date, or its phase is completed or in operation. Then, first match wins:
//!
//! 1. [`DateVsPlan::Done`] with the actual date, and `days_late` = actual −
//!    planned in days (negative: early; 0: on the day; `None` when there was
//!    no planned date).
//! 2. [`DateVsPlan::DoneUndated`] when the phase says it happened but no date
//!    was recorded.
//! 3. [`DateVsPlan::Overdue`] when it has not happened and the planned date
//!    is before today: `days_over` = today − planned.
//! 4. [`DateVsPlan::Due`] when it has not happened and the planned date is
//!    today or later: `days_left` = planned − today.
//! 5. [`DateVsPlan::Unscheduled`] when it has not happened and has no planned
//!    date.
//!
//! Recorded actual dates are taken as they are, also when they lie after
//! `today`.

use crate::model::{Date, Id, Phase, Plan, Project};

/// Investment summed over some projects, in 万元.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InvestmentSum {
    /// How many projects were summed.
    pub projects: usize,
    /// Total investment of the projects (all years).
    pub total_investment: f64,
    /// This year's investment target.
    pub year_target: f64,
    /// Investment completed this year.
    pub completed: f64,
}

impl InvestmentSum {
    /// Adds one project.
    pub fn add(&mut self, p: &Project) {
        self.projects += 1;
        self.total_investment += p.total_investment;
        self.year_target += p.year_target;
        self.completed += p.completed_investment;
    }

    /// The sum over `projects`.
    pub fn of<'a>(projects: impl IntoIterator<Item = &'a Project>) -> InvestmentSum {
        let mut sum = InvestmentSum::default();
        for p in projects {
            sum.add(p);
        }
        sum
    }

    /// Completed as a percentage of this year's target; `None` when the target is 0.
    pub fn share(&self) -> Option<f64> {
        (self.year_target > 0.0).then(|| self.completed / self.year_target * 100.0)
    }
}

/// One project's completed investment as a percentage of this year's
/// target; `None` when the target is 0.
pub fn project_share(p: &Project) -> Option<f64> {
    InvestmentSum::of([p]).share()
}

/// Every project of the plan, summed.
pub fn whole_plan(plan: &Plan) -> InvestmentSum {
    InvestmentSum::of(&plan.projects)
}

/// The sums per key area (plan order, areas with projects only), then the
/// projects with no area or an unknown one under `None`, if any.
pub fn by_area(plan: &Plan) -> Vec<(Option<Id>, InvestmentSum)> {
    let mut groups: Vec<(Option<Id>, InvestmentSum)> = plan
        .areas
        .iter()
        .map(|a| {
            let sum = InvestmentSum::of(
                plan.projects
                    .iter()
                    .filter(|p| p.area.as_ref() == Some(&a.id)),
            );
            (Some(a.id.clone()), sum)
        })
        .filter(|(_, sum)| sum.projects > 0)
        .collect();
    let rest = InvestmentSum::of(
        plan.projects
            .iter()
            .filter(|p| p.area.as_ref().and_then(|a| plan.area(a)).is_none()),
    );
    if rest.projects > 0 {
        groups.push((None, rest));
    }
    groups
}

/// The sums per batch, in the batches' own order when every name gives its
/// year or its number ([`batch_rank`]: 2023年第二批 before 2024年第一批),
/// else in the order the plan first names each batch; then the projects
/// with no batch under the empty string, if any.
pub fn by_batch(plan: &Plan) -> Vec<(String, InvestmentSum)> {
    let mut groups: Vec<(String, InvestmentSum)> = Vec::new();
    let mut unbatched = InvestmentSum::default();
    for p in &plan.projects {
        let name = p.batch.trim();
        if name.is_empty() {
            unbatched.add(p);
            continue;
        }
        match groups.iter_mut().find(|(b, _)| b == name) {
            Some((_, sum)) => sum.add(p),
            None => groups.push((name.to_string(), InvestmentSum::of([p]))),
        }
    }
    let mut ranks: Vec<_> = groups.iter().map(|(b, _)| batch_rank(b)).collect();
    if ranks.iter().all(|r| r.1.is_some()) || ranks.iter().all(|r| r.0.is_some()) {
        // Insertion sort, stable (batches of one rank keep the plan's
        // order): a plan names a few batches, and std's sorts would add
        // kilobytes of code for this one list.
        let key = |r: &(Option<u32>, Option<u32>)| (r.0.unwrap_or(0), r.1.unwrap_or(0));
        for i in 1..groups.len() {
            let mut j = i;
            while j > 0 && key(&ranks[j - 1]) > key(&ranks[j]) {
                ranks.swap(j - 1, j);
                groups.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    if unbatched.projects > 0 {
        groups.push((String::new(), unbatched));
    }
    groups
}

/// Where a batch's name places it: its year (the first number of four
/// digits from 1900 to 2199: `2023年第一批`, `2023 first batch`) and its
/// number (`第三批`, `第十二批`, `三批`, `3rd batch`, `batch 3`, `third
/// batch`: the first other number in digits, the Chinese numerals before
/// 批, or an English ordinal word), each `None` where the name does not
/// say. Full-width digits read as ASCII ones.
pub fn batch_rank(name: &str) -> (Option<u32>, Option<u32>) {
    const WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    let (mut year, mut number) = (None, None);
    // The run of digits being read (its value, its length), and the run of
    // Chinese numerals (the tens so far, the last unit).
    let mut digits = (0u32, 0);
    let mut numerals: Option<(u32, Option<u32>)> = None;
    for c in name.chars().chain([' ']) {
        let digit = match c {
            '0'..='9' => Some(c as u32 - '0' as u32),
            '０'..='９' => Some(c as u32 - '０' as u32),
            _ => None,
        };
        if let Some(d) = digit {
            digits = (digits.0.saturating_mul(10).saturating_add(d), digits.1 + 1);
            continue;
        }
        if digits.1 == 4 && (1900..2200).contains(&digits.0) && year.is_none() {
            year = Some(digits.0);
        } else if digits.1 > 0 && number.is_none() {
            number = Some(digits.0);
        }
        digits = (0, 0);
        let (tens, unit) = numerals.unwrap_or((0, None));
        match "一二三四五六七八九十".chars().position(|n| n == c) {
            Some(9) => numerals = Some((tens + unit.unwrap_or(1) * 10, None)),
            Some(n) => numerals = Some((tens, Some(n as u32 + 1))),
            None => {
                if numerals.take().is_some() && c == '批' && number.is_none() {
                    number = Some(tens + unit.unwrap_or(0));
                }
            }
        }
    }
    if number.is_none() {
        // ASCII only: Unicode's letter and case tables would add kilobytes
        // to the wasm for words that are ASCII.
        number = name
            .split(|c: char| !c.is_ascii_alphabetic())
            .find_map(|w| WORDS.iter().position(|o| o.eq_ignore_ascii_case(w)))
            .map(|n| n as u32 + 1);
    }
    (year, number)
}

/// Every phase, in the order a project goes through them.
pub const PHASES: [Phase; 5] = [
    Phase::Planned,
    Phase::Preparing,
    Phase::UnderConstruction,
    Phase::Completed,
    Phase::InOperation,
];

/// How many projects are in each phase: every phase in [`PHASES`] order, zeros included.
pub fn phase_counts(plan: &Plan) -> Vec<(Phase, usize)> {
    PHASES
        .into_iter()
        .map(|phase| {
            let n = plan.projects.iter().filter(|p| p.phase == phase).count();
            (phase, n)
        })
        .collect()
}

/// A project's actual start or completion against its planned date; see the module rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateVsPlan {
    /// It happened on `on`; `days_late` is actual − planned (negative: early),
    /// `None` when nothing was planned.
    Done {
        on: Date,
        planned: Option<Date>,
        days_late: Option<i64>,
    },
    /// The phase says it happened, but no date was recorded.
    DoneUndated { planned: Option<Date> },
    /// Not yet, and the planned date has passed.
    Overdue { planned: Date, days_over: i64 },
    /// Not yet; the planned date is today or later.
    Due { planned: Date, days_left: i64 },
    /// Not yet, and no date is planned.
    Unscheduled,
}

fn compare(happened: bool, actual: Option<Date>, planned: Option<Date>, today: Date) -> DateVsPlan {
    match (actual, planned) {
        (Some(on), _) => DateVsPlan::Done {
            on,
            planned,
            days_late: planned.map(|p| (on - p).num_days()),
        },
        (None, _) if happened => DateVsPlan::DoneUndated { planned },
        (None, Some(p)) if p < today => DateVsPlan::Overdue {
            planned: p,
            days_over: (today - p).num_days(),
        },
        (None, Some(p)) => DateVsPlan::Due {
            planned: p,
            days_left: (p - today).num_days(),
        },
        (None, None) => DateVsPlan::Unscheduled,
    }
}

/// The project's start against its planned start, at `today`.
pub fn start_vs_plan(p: &Project, today: Date) -> DateVsPlan {
    let started = matches!(
        p.phase,
        Phase::UnderConstruction | Phase::Completed | Phase::InOperation
    );
    compare(started, p.actual_start, p.planned_start, today)
}

/// The project's completion against its planned completion, at `today`.
pub fn completion_vs_plan(p: &Project, today: Date) -> DateVsPlan {
    let complete = matches!(p.phase, Phase::Completed | Phase::InOperation);
    compare(complete, p.actual_end, p.planned_end, today)
}

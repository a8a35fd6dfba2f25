//! The report a plan office hands to a meeting for one period (a month, a
//! quarter, a half-year or a year): overview, roll-ups by key area and by lead
//! unit, the red list, indicators, projects, and every progress report
//! received in the period.
//!
//! Everything here is a pure function of the plan, the period and `today`.
//!
//! # The as-of date
//!
//! A report is computed as of the period's last day or `today`, whichever is
//! earlier ([`as_of`]). Lights, progress and indicator values are taken as
//! they stood on that day: reports dated after it are left out (as if not yet
//! received), and indicators are assessed as of that day on the values of
//! the statistical periods ended by then
//! ([`crate::indicator_progress::assess_ended`]: the third quarter's value is
//! not in July's report). Project investment figures have no history in the plan, so they
//! are the figures as currently recorded ([`crate::investment`]).
//!
//! A report that answers a period ended by the as-of date counts even when
//! it was written later (the first-quarter report written on 8 April counts
//! in the report on the first quarter), as long as it is dated on or before
//! `today` and within the plan's grace days after the period it answers: a
//! report sent after that (a late report for September written on 20
//! October) changes no figure of a period already due, so a report or
//! bulletin once circulated reads the same later.
//!
//! # Reports in the period
//!
//! A progress report is *in the period* when it stands (not withdrawn), is
//! dated on or before `today` and within the grace days after the period
//! it answers, and the reporting period it answers
//! ([`Plan::report_period`]) ends within the period: a monthly report counts
//! in its month, quarter, half-year and year; a quarterly one in its
//! quarter, half-year, year and the quarter's last month. A report in a
//! running period is also dated on or before the as-of date (today).

use crate::indicator_progress::{assess_ended, ProgressClass, Reading};
use crate::investment::{project_share, InvestmentSum};
use crate::model::{Baseline, Date, Id, Nature, Phase, Plan, ReportedStatus, Target, Update};
use crate::period::{Period, PeriodKind};
use crate::query::{ReportRef, TaskIndex};

mod html;
use crate::status::{
    completed_first, project_status_given, task_status_closed, LightCounts, Rollup, Status,
};
pub(crate) use html::shown_in_part;
pub use html::{report_html, ANNEX_UP_TO, GROUPS_SHOWN, RED_SHOWN, UNITS_SHOWN};

/// Why the report is computed as of its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOfBasis {
    /// The period is over: as of its last day.
    PeriodEnd,
    /// The period is running: as of today.
    Today,
    /// The period has not begun: as of today, so nothing falls in it yet.
    NotBegun,
}

/// The day a report for `period` is computed as of, and why: the period's
/// last day or `today`, whichever is earlier.
pub fn as_of(period: Period, today: Date) -> (Date, AsOfBasis) {
    if period.end() <= today {
        (period.end(), AsOfBasis::PeriodEnd)
    } else if period.start() <= today {
        (today, AsOfBasis::Today)
    } else {
        (today, AsOfBasis::NotBegun)
    }
}

/// The plan as it stood on `day`, seen from `today`: reports dated after
/// `day` are left out, except those dated by `today` that answer a period
/// ended by `day` and came in time: within the plan's grace days after
/// that period (a report sent later does not change a period's figures
/// once its reports were due); tasks entered in the plan after `day`
/// ([`crate::model::Task::added`]) are left out too, so a period's report
/// reads the same once a task is added.
pub fn plan_as_of(plan: &Plan, day: Date, today: Date) -> Plan {
    let mut then = plan.clone();
    then.tasks.retain(|t| existed(t, day));
    then.updates.retain(|u| {
        let answers_end = plan.report_period(u).end();
        u.date <= day
            || (u.date <= today && answers_end <= day && in_time(u.date, answers_end, plan))
    });
    then
}

/// Whether `task` was in the plan on `day`: entered by then, or one the
/// plan came with (no day of entry).
pub fn existed(task: &crate::model::Task, day: Date) -> bool {
    task.added.is_none_or(|a| a <= day)
}

/// Whether a report dated `date` that answers a period ending on
/// `answers_end` came within the plan's grace days after it.
fn in_time(date: Date, answers_end: Date, plan: &Plan) -> bool {
    (date - answers_end).num_days() <= i64::from(plan.grace_days)
}

/// Whether the indexed report `r` is in [`plan_as_of`]`(plan, day, today)`.
fn stood(r: &ReportRef, day: Date, today: Date, plan: &Plan) -> bool {
    r.date <= day
        || (r.date <= today && r.answers_end <= day && in_time(r.date, r.answers_end, plan))
}

/// The latest of `reports` (oldest first, as indexed) that stood on `day`:
/// the same choice as [`Plan::latest_reports`] on [`plan_as_of`].
fn latest_of<'a>(
    plan: &'a Plan,
    reports: &[ReportRef],
    day: Date,
    today: Date,
) -> Option<&'a Update> {
    reports
        .iter()
        .rev()
        .find(|r| stood(r, day, today, plan))
        .map(|r| &plan.updates[r.update])
}

/// The headline figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// Every task summed up: count, weighted progress, lights.
    pub tasks: Rollup,
    pub projects: usize,
    pub indicators: usize,
    /// Standing reports that answer the period (see the module documentation).
    pub reports_in_period: usize,
    /// How many tasks and projects those reports are about.
    pub subjects_reported: usize,
}

/// One row of a roll-up table: a key area or a lead unit.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupRow {
    pub id: Id,
    pub name: String,
    pub rollup: Rollup,
}

/// A red task and why it is red.
#[derive(Clone, Debug, PartialEq)]
pub struct RedTask {
    pub id: Id,
    pub code: String,
    pub title: String,
    /// The lead unit's name; `None` when the unit is not in the plan.
    pub lead: Option<String>,
    pub progress: f64,
    pub status: Status,
}

/// An indicator with its figures as of the report's date.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorRow {
    pub id: Id,
    pub name: String,
    pub measure: String,
    pub nature: Nature,
    pub baseline: Option<Baseline>,
    /// The latest value whose period had begun by the as-of date.
    pub latest: Option<Reading>,
    pub target: Option<Target>,
    /// The class a mid-term review gives it as of the report's date.
    pub class: ProgressClass,
}

/// A key project's investment and light.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectRow {
    pub id: Id,
    pub name: String,
    pub lead: Option<String>,
    pub phase: Phase,
    /// This year's investment target, in 10k yuan.
    pub year_target: f64,
    /// Investment completed this year, in 10k yuan.
    pub completed: f64,
    /// Completed as a percentage of the target; `None` when the target is 0.
    pub share: Option<f64>,
    pub status: Status,
}

/// One progress report in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportEntry {
    pub id: Id,
    pub date: Date,
    /// The reporting period the report answers.
    pub answers: Period,
    pub reporter: String,
    pub progress: f64,
    pub status: ReportedStatus,
    pub narrative: String,
    pub problems: String,
}

/// What a group of reports is about.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportSubject {
    /// A task: its id, code and title.
    Task { id: Id, code: String, title: String },
    /// A project: its id and name.
    Project { id: Id, name: String },
}

/// The period's reports on one task or project, oldest first.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportGroup {
    pub subject: ReportSubject,
    pub entries: Vec<ReportEntry>,
}

/// Every section of the report for one period.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodReport {
    pub period: Period,
    pub as_of: Date,
    pub basis: AsOfBasis,
    pub plan_title: String,
    pub issuer: String,
    pub overview: Overview,
    /// Every key area, in plan order.
    pub areas: Vec<GroupRow>,
    /// Every unit that leads at least one task, in plan order.
    pub lead_units: Vec<GroupRow>,
    /// Red tasks, in plan order.
    pub red_list: Vec<RedTask>,
    /// The completed tasks, in plan order.
    pub completed: Vec<RedTask>,
    pub indicators: Vec<IndicatorRow>,
    pub projects: Vec<ProjectRow>,
    /// Every project's investment summed.
    pub investment: InvestmentSum,
    /// Tasks in plan order, then projects in plan order; only those reported
    /// on. All of them from [`build`]; the first few from [`build_first`].
    pub reports: Vec<ReportGroup>,
    /// How many groups there are in all (`reports` may hold fewer).
    pub report_groups: usize,
    /// The supervision notices issued in the period by unit
    /// ([`crate::bulletin::notices_by_unit`]); `None` for a plan that has
    /// never issued one.
    pub notices: Option<Vec<crate::bulletin::UnitNotices>>,
}

/// A task's light and progress, computed once for every roll-up.
struct TaskFigure {
    status: Status,
    progress: f64,
    weight: f64,
}

/// Sum up tasks the way [`crate::status::rollup`] does, from lights and
/// progress already computed (so the report stays linear in tasks + reports).
fn rollup_of<'a>(figures: impl IntoIterator<Item = &'a TaskFigure>) -> Rollup {
    let mut counts = LightCounts::default();
    let mut values = Vec::new();
    for f in figures {
        counts.add(f.status.light);
        values.push((f.progress, f.weight));
    }
    let n = values.len();
    let progress = crate::model::weighted_mean(values);
    Rollup {
        tasks: n,
        progress,
        counts,
    }
}

/// For each of `count` groups, the figures of the items placed in it, in
/// the items' order (an item placed outside `0..count` is in none).
fn group_figures<'a>(
    count: usize,
    items: impl Iterator<Item = (usize, &'a Option<TaskFigure>)>,
) -> Vec<Vec<&'a TaskFigure>> {
    let mut groups = vec![Vec::new(); count];
    for (at, figure) in items {
        if let (Some(group), Some(figure)) = (groups.get_mut(at), figure) {
            group.push(figure);
        }
    }
    groups
}

/// Assemble the report on `plan` for `period`, with `today` the day it is made.
pub fn build(plan: &Plan, period: Period, today: Date) -> PeriodReport {
    build_first(plan, period, today, usize::MAX)
}

/// [`build`] with only the first `groups` groups of reports written out
/// (a screen shows a few of a province's thousands); every figure, the
/// counts of reports included, is the whole report's.
pub fn build_first(plan: &Plan, period: Period, today: Date, groups: usize) -> PeriodReport {
    build_indexed(plan, &TaskIndex::build(plan, today), period, groups)
}

/// [`build_first`] from the plan's task index (built from `plan`; its day
/// is `today`), which the views share: its reports are grouped by subject
/// already, so the report reads each subject's reports, not the year's.
pub fn build_indexed(
    plan: &Plan,
    index: &TaskIndex,
    period: Period,
    groups: usize,
) -> PeriodReport {
    let today = index.today;
    let (day, basis) = as_of(period, today);
    // The plan as of `day` differs from `plan` only in its reports, and the
    // lights read no report but the latest: found per subject, copy nothing.
    let reports = &index.reports;
    let unit_name = |id: &Id| plan.unit(id).map(|u| u.name.clone());

    let closed = if plan.supervision.verification_required {
        crate::supervision::closed_out_days(plan, day)
    } else {
        Default::default()
    };
    // None for a task entered after the day: it was not in the plan then.
    let figures: Vec<Option<TaskFigure>> = plan
        .tasks
        .iter()
        .enumerate()
        .map(|(i, task)| {
            let report = latest_of(plan, reports.of_task(i), day, today);
            existed(task, day).then(|| TaskFigure {
                status: completed_first(
                    plan,
                    task,
                    task_status_closed(plan, task, report, closed.get(&task.id).copied(), day),
                    &mut reports
                        .of_task(i)
                        .iter()
                        .rev()
                        .filter(|r| stood(r, day, today, plan))
                        .map(|r| &plan.updates[r.update]),
                ),
                progress: report.map_or(0.0, |u| u.progress),
                weight: task.weight,
            })
        })
        .collect();
    // Each task's figures under its area and its lead unit, in plan order,
    // in one pass over the tasks.
    // (The index says where each task's area and lead unit stand.)
    let by_area = group_figures(
        plan.areas.len(),
        index.rows.iter().map(|r| r.area_pos).zip(&figures),
    );
    let by_lead = group_figures(
        plan.units.len(),
        index.rows.iter().map(|r| r.lead_pos).zip(&figures),
    );

    let areas = plan
        .areas
        .iter()
        .zip(by_area)
        .map(|(a, figures)| GroupRow {
            id: a.id.clone(),
            name: a.title.clone(),
            rollup: rollup_of(figures),
        })
        .collect();
    let lead_units = plan
        .units
        .iter()
        .zip(by_lead)
        .map(|(u, figures)| GroupRow {
            id: u.id.clone(),
            name: u.name.clone(),
            rollup: rollup_of(figures),
        })
        .filter(|row| row.rollup.tasks > 0)
        .collect();

    // The red tasks and the completed ones.
    let (mut red_list, mut completed) = (Vec::new(), Vec::new());
    for (t, f) in plan.tasks.iter().zip(&figures) {
        let Some(f) = f else {
            continue;
        };
        let list = match f.status.light {
            crate::status::Light::Red => &mut red_list,
            crate::status::Light::Completed => &mut completed,
            _ => continue,
        };
        list.push(RedTask {
            id: t.id.clone(),
            code: t.code.clone(),
            title: t.title.clone(),
            lead: unit_name(&t.lead),
            progress: f.progress,
            status: f.status,
        });
    }

    let indicators = plan
        .indicators
        .iter()
        .map(|i| {
            let progress = assess_ended(i, day);
            IndicatorRow {
                id: i.id.clone(),
                name: i.name.clone(),
                measure: i.measure.clone(),
                nature: i.nature,
                baseline: i.baseline.clone(),
                latest: progress.latest,
                target: i.target.clone(),
                class: progress.class,
            }
        })
        .collect();

    let projects: Vec<ProjectRow> = plan
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| ProjectRow {
            id: p.id.clone(),
            name: p.name.clone(),
            lead: unit_name(&p.lead),
            phase: p.phase,
            year_target: p.year_target,
            completed: p.completed_investment,
            share: project_share(p),
            status: project_status_given(
                plan,
                p,
                latest_of(plan, reports.of_project(i), day, today),
                day,
            ),
        })
        .collect();
    let investment = crate::investment::whole_plan(plan);

    let (reports, report_groups, reports_in_period) =
        reports_first(plan, reports, period, today, groups);
    let overview = Overview {
        tasks: rollup_of(figures.iter().flatten()),
        projects: plan.projects.len(),
        indicators: plan.indicators.len(),
        reports_in_period,
        subjects_reported: report_groups,
    };

    PeriodReport {
        period,
        as_of: day,
        basis,
        plan_title: plan.title.clone(),
        issuer: plan.issuer.clone(),
        overview,
        areas,
        lead_units,
        red_list,
        completed,
        indicators,
        projects,
        investment,
        reports,
        report_groups,
        notices: (!plan.notices.is_empty())
            .then(|| crate::bulletin::notices_by_unit(plan, period, day)),
    }
}

/// Standing reports in `period` as seen on `today` (the module
/// documentation says which), grouped by task (plan order), then by project
/// (plan order); each group oldest first, then in recorded order. Reports on
/// a subject that is not in the plan are left out.
pub fn reports_in(plan: &Plan, period: Period, today: Date) -> Vec<ReportGroup> {
    reports_first(
        plan,
        &crate::query::Reports::build(plan),
        period,
        today,
        usize::MAX,
    )
    .0
}

/// The first `limit` groups of [`reports_in`], how many groups there are in
/// all, and how many reports they hold. Only the groups returned are
/// written out (their texts copied).
fn reports_first(
    plan: &Plan,
    index: &crate::query::Reports,
    period: Period,
    today: Date,
    limit: usize,
) -> (Vec<ReportGroup>, usize, usize) {
    // Indexed oldest first, in recorded order among one day's reports.
    let in_period = |r: &&ReportRef| {
        r.date <= today && period.contains(r.answers_end) && in_time(r.date, r.answers_end, plan)
    };
    let entries = |found: &[ReportRef]| -> Vec<ReportEntry> {
        found
            .iter()
            .filter(in_period)
            .map(|r| {
                let u = &plan.updates[r.update];
                ReportEntry {
                    id: u.id.clone(),
                    date: u.date,
                    answers: plan.report_period(u),
                    reporter: u.reporter.clone(),
                    progress: u.progress,
                    status: u.status,
                    narrative: u.narrative.clone(),
                    problems: u.problems.clone(),
                }
            })
            .collect()
    };
    let mut groups = Vec::new();
    let (mut count, mut reports) = (0, 0);
    let mut take = |found: &[ReportRef], subject: &dyn Fn() -> ReportSubject| {
        let n = found.iter().filter(in_period).count();
        if n == 0 {
            return;
        }
        count += 1;
        reports += n;
        if groups.len() < limit {
            groups.push(ReportGroup {
                subject: subject(),
                entries: entries(found),
            });
        }
    };
    for (i, t) in plan.tasks.iter().enumerate() {
        take(index.of_task(i), &|| ReportSubject::Task {
            id: t.id.clone(),
            code: t.code.clone(),
            title: t.title.clone(),
        });
    }
    for (i, p) in plan.projects.iter().enumerate() {
        take(index.of_project(i), &|| ReportSubject::Project {
            id: p.id.clone(),
            name: p.name.clone(),
        });
    }
    (groups, count, reports)
}

/// The periods of `kind` a picker offers for `plan`: every one from the
/// plan's start to its end, and `current` (also when outside the plan),
/// oldest first. At most 240 are listed (20 years of months), the ones
/// nearest `current` kept.
pub fn picker_periods(plan: &Plan, kind: PeriodKind, current: Period) -> Vec<Period> {
    const MAX: usize = 240;
    let mut list = Vec::new();
    let mut p = Period::containing(kind, plan.start.min(plan.end));
    let last = Period::containing(kind, plan.end.max(plan.start));
    while p <= last && list.len() < 10 * MAX {
        list.push(p);
        p = p.next();
    }
    if current.kind() == kind && !list.contains(&current) {
        list.push(current);
        crate::order::sort_by_key(&mut list, |p| p.start());
    }
    if list.len() > MAX {
        let at = list.iter().position(|p| *p == current).unwrap_or(0);
        let from = at.saturating_sub(MAX / 2).min(list.len() - MAX);
        list = list[from..from + MAX].to_vec();
    }
    list
}

/// `text` with `&`, `<`, `>`, `"` and `'` written as character references,
/// safe inside an element or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A self-contained HTML page: `lang`, a `<title>` (escaped here), the
/// style sheet inlined, and `body_markup` (already markup, e.g. an element's
/// `outerHTML`, whose texts the browser has escaped) in a `<body>` of class
/// `report-file`. No script and no external reference is added.
pub fn html_document(lang: &str, title: &str, css: &str, body_markup: &str) -> String {
    // A style sheet cannot close its own element early.
    let css = css.replace("</", "<\\/");
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{css}\n</style>\n</head>\n\
         <body class=\"report-file\">\n{body_markup}\n</body>\n</html>\n",
        lang = escape_html(lang),
        title = escape_html(title),
    )
}

/// The name of the saved report: the plan's title (characters a file name
/// cannot hold replaced, at most 80 kept, as for plan files), the period, `.html`.
pub fn file_name(plan_title: &str, period: Period) -> String {
    match crate::format::safe_file_stem(plan_title) {
        name if name.is_empty() => format!("report-{period}.html"),
        name => format!("{name} {period}.html"),
    }
}

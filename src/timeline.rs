//! The timeline's layout (a Gantt-like chart), computed without a browser:
//! where a day falls on the axis, which ticks the axis carries, which rows
//! appear under which group heading, and how far each bar reaches.
//!
//! Positions are percentages of the chart's width, so the view can be any
//! width. A day covers the stretch from its start to the next day's start:
//! a bar from `from` to `to` begins at the start of `from` and ends at the end
//! of `to`; a one-day mark (a milestone, today) sits in the middle of its day.
//!
//! # What the axis spans
//!
//! The plan period, widened to take in every *matching task's* bar (task
//! dates may lie outside the plan period). Projects and milestones do not
//! widen it: a project often runs for years, so its bars are clamped to the
//! axis and flagged as cut ([`Extent::cut_start`], [`Extent::cut_end`]); a
//! milestone outside the axis gets [`Place::Before`] or [`Place::After`] and
//! is told in words only. The axis depends on all matching tasks, not only on
//! the rows shown so far, so "show more" does not rescale the chart.
//!
//! # Rows and groups
//!
//! Tasks are those [`TaskFilter::apply`] lets through, in the query's sort
//! order (plan order when unsorted), grouped by key area or by lead unit; the
//! groups follow plan order of areas or units, and only groups with rows
//! appear. Key projects follow the task groups, in groups of their own, by
//! their key area (a project without one goes in a last "no key area" group)
//! or by their lead unit.
//!
//! # Which projects a task filter lets through ([`project_matches`])
//!
//! Filters that mean something for a project apply to it:
//! - text search: every word in the project's name, lead unit's name or batch;
//! - key area: the project's area (a project without one does not match);
//! - strategic goal: the goal of the project's area;
//! - lead unit: the project's lead unit;
//! - light: the project's own light ([`crate::status::project_status`]);
//! - deadline range: the project's planned end (none: does not match);
//! - overdue: the project's light is red for being past its planned end.
//!
//! The other filters — tier, co-operating unit, tag, progress range and "no
//! report since" — describe tasks only; when any of them is set, no project is
//! shown, rather than projects that were never tested against it.

use crate::model::{Date, Id, Plan, Project};
use crate::query::{Facets, Grouping, Outcome, TaskFilter, TaskIndex, TaskQuery};
use crate::status::{project_statuses, Light, Reason, Status};
use chrono::Datelike;
use rustc_hash::FxHashMap as HashMap;

mod html;
pub use html::{chart_html, legend_html, DRAWN_AT_END};

/// Rows added by each "show more".
pub const PAGE: usize = 200;

/// Rows the view shows at first: fewer than a page, so a province's
/// timeline opens quickly.
pub const FIRST_PAGE: usize = 100;

/// The days the chart covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axis {
    pub start: Date,
    pub end: Date,
}

/// Where a one-day mark falls relative to the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Place {
    /// Before the axis's first day.
    Before,
    /// On the axis, at this percentage of the width (the middle of the day).
    At(f64),
    /// After the axis's last day.
    After,
}

/// A bar's reach, in percent of the width, after clamping to the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    /// Distance of the bar's left edge from the axis's left edge.
    pub left: f64,
    pub width: f64,
    /// The bar begins before the axis (its left end is cut off).
    pub cut_start: bool,
    /// The bar ends after the axis (its right end is cut off).
    pub cut_end: bool,
}

/// How far apart the axis's ticks are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Month,
    Quarter,
    Year,
}

/// A labelled line on the axis, at the start of a month, quarter or year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// The first day of the month, quarter or year.
    pub date: Date,
    /// Percent of the width.
    pub x: f64,
    pub scale: Scale,
    /// The label should carry the year: the tick is on 1 January, or it is
    /// the axis's first tick.
    pub with_year: bool,
}

/// Axes up to this many days get a tick a month (about 18 months).
const MONTHS_UP_TO: i64 = 550;
/// Axes up to this many days get a tick a quarter (about 5 years); longer
/// ones a tick a year.
const QUARTERS_UP_TO: i64 = 1830;

impl Axis {
    /// The days from `a` to `b`, whichever comes first.
    pub fn new(a: Date, b: Date) -> Axis {
        Axis {
            start: a.min(b),
            end: a.max(b),
        }
    }

    /// Number of days covered (both ends included, so at least 1).
    pub fn days(self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Days from the axis's start to `day` (negative before it).
    fn offset(self, day: Date) -> i64 {
        (day - self.start).num_days()
    }

    /// The start of `day`, in percent of the width, clamped to 0–100.
    pub fn x(self, day: Date) -> f64 {
        (self.offset(day) as f64 / self.days() as f64 * 100.0).clamp(0.0, 100.0)
    }

    /// Where a one-day mark on `day` goes: the middle of the day, or off the axis.
    pub fn place(self, day: Date) -> Place {
        if day < self.start {
            Place::Before
        } else if day > self.end {
            Place::After
        } else {
            Place::At((self.offset(day) as f64 + 0.5) / self.days() as f64 * 100.0)
        }
    }

    /// The bar from the start of `from` to the end of `to` (taken in date
    /// order), clamped to the axis; `None` when it lies wholly off the axis.
    pub fn extent(self, from: Date, to: Date) -> Option<Extent> {
        let (from, to) = (from.min(to), from.max(to));
        if to < self.start || from > self.end {
            return None;
        }
        let days = self.days() as f64;
        let left = self.offset(from).max(0) as f64 / days * 100.0;
        let right = (self.offset(to) + 1).min(self.days()) as f64 / days * 100.0;
        Some(Extent {
            left,
            width: right - left,
            cut_start: from < self.start,
            cut_end: to > self.end,
        })
    }

    /// Tick spacing for this axis's length.
    pub fn scale(self) -> Scale {
        match self.days() {
            d if d <= MONTHS_UP_TO => Scale::Month,
            d if d <= QUARTERS_UP_TO => Scale::Quarter,
            _ => Scale::Year,
        }
    }

    /// A tick at each month, quarter or year start (see [`Axis::scale`]) that
    /// falls on the axis, in order.
    pub fn ticks(self) -> Vec<Tick> {
        let scale = self.scale();
        let step = match scale {
            Scale::Month => 1,
            Scale::Quarter => 3,
            Scale::Year => 12,
        };
        // The first boundary on or after the start.
        let (mut year, mut month) = (self.start.year(), self.start.month());
        month = match scale {
            Scale::Month => month,
            Scale::Quarter => (month - 1) / 3 * 3 + 1,
            Scale::Year => 1,
        };
        let mut ticks = Vec::new();
        while let Some(date) = Date::from_ymd_opt(year, month, 1) {
            if date > self.end {
                break;
            }
            if date >= self.start {
                ticks.push(Tick {
                    date,
                    x: self.x(date),
                    scale,
                    with_year: month == 1 || ticks.is_empty(),
                });
            }
            month += step;
            if month > 12 {
                month -= 12;
                year += 1;
            }
        }
        ticks
    }
}

/// A stretch of days on a row, with the bar that shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub from: Date,
    pub to: Date,
    /// `from` is the item's own date (not the plan's start, nor a stand-in).
    pub own_from: bool,
    /// `to` is the item's own date (not the plan's end, nor today).
    pub own_to: bool,
    /// `None` when the span lies wholly off the axis.
    pub bar: Option<Extent>,
}

/// A milestone's mark on its task's row.
#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneMark {
    /// Position in the task's `milestones`.
    pub index: usize,
    pub due: Date,
    pub done: bool,
    /// Not done, its due day passed, and its task not completed.
    pub late: bool,
    pub place: Place,
}

/// A task's row: its bar from start to deadline, progress, light, milestones.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskBar {
    /// Position of the task in `plan.tasks`.
    pub task: usize,
    /// From the task's start (else the plan's) to its deadline (else the plan's end).
    pub span: Span,
    pub progress: f64,
    pub status: Status,
    pub milestones: Vec<MilestoneMark>,
}

/// A key project's row: planned and actual construction period, and its light.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectBar {
    /// Position of the project in `plan.projects`.
    pub project: usize,
    /// Planned start (else the plan's start) to planned end (else the plan's end).
    pub planned: Span,
    /// Actual start to actual end, or to today while under way (`own_to`
    /// false); `None` until the project has actually started.
    pub actual: Option<Span>,
    pub status: Status,
}

/// One row of the chart.
#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    Task(TaskBar),
    Project(ProjectBar),
}

/// Rows under one heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The key area or lead unit (by the layout's grouping); `None` only for
    /// projects without a key area.
    pub key: Option<Id>,
    /// A group of key projects (else of tasks).
    pub projects: bool,
    /// The group's rows shown: the first of its members while the layout
    /// is cut at its limit.
    pub rows: Vec<Row>,
    /// Every member of the group matching the filter, shown or not.
    pub total: usize,
}

/// Everything the timeline view draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub axis: Axis,
    pub ticks: Vec<Tick>,
    /// Where the today line goes.
    pub today: Place,
    pub grouping: Grouping,
    /// The groups of the rows shown (at most the limit asked for), in order.
    pub groups: Vec<Group>,
    /// Tasks matching the filter, shown or not.
    pub tasks: usize,
    /// Projects matching the filter, shown or not.
    pub projects: usize,
    /// Rows in `groups`.
    pub shown: usize,
    /// The filter panel's counts, from the same pass over the tasks.
    pub facets: Facets,
}

impl Layout {
    /// Rows matching the filter: tasks and projects.
    pub fn total(&self) -> usize {
        self.tasks + self.projects
    }

    /// Some matching rows are not shown yet.
    pub fn has_more(&self) -> bool {
        self.shown < self.total()
    }
}

/// Lay out the plan's tasks and projects that match `query`, grouped by
/// `grouping`, showing at most `limit` rows (tasks first, then projects).
/// Lights and progress come from `index`, whose `today` is the today line.
pub fn layout(
    plan: &Plan,
    index: &TaskIndex,
    query: &TaskQuery,
    grouping: Grouping,
    limit: usize,
) -> Layout {
    let today = index.today;
    let Outcome {
        mut positions,
        facets,
    } = query.filter.outcome(plan, index, None);
    if let Some(sort) = query.sort {
        sort.apply(plan, index, &mut positions);
    }
    let projects: Vec<(usize, Status)> = plan
        .projects
        .iter()
        .zip(project_statuses(plan, today))
        .enumerate()
        .filter_map(|(i, (p, status))| {
            project_matches(plan, &query.filter, p, &status).then_some((i, status))
        })
        .collect();

    // The plan period, widened to every matching task's bar.
    let (mut start, mut end) = (plan.start.min(plan.end), plan.start.max(plan.end));
    for &pos in &positions {
        let task = &plan.tasks[index.rows[pos].index];
        let (from, to) = task_dates(plan, task);
        start = start.min(from.min(to));
        end = end.max(from.max(to));
    }
    let axis = Axis::new(start, end);

    let key_of_task = |pos: usize| {
        let task = &plan.tasks[index.rows[pos].index];
        Some(match grouping {
            Grouping::Area => task.area.clone(),
            Grouping::Unit => task.lead.clone(),
        })
    };
    let key_of_project = |i: usize| {
        let project = &plan.projects[i];
        match grouping {
            Grouping::Area => project.area.clone(),
            Grouping::Unit => Some(project.lead.clone()),
        }
    };
    let order: Vec<&Id> = match grouping {
        Grouping::Area => plan.areas.iter().map(|a| &a.id).collect(),
        Grouping::Unit => plan.units.iter().map(|u| &u.id).collect(),
    };
    let task_groups = bucket(&order, positions.iter().map(|&p| (key_of_task(p), p)));
    let project_groups = bucket(
        &order,
        projects
            .iter()
            .enumerate()
            .map(|(n, &(i, _))| (key_of_project(i), n)),
    );

    let mut groups = Vec::new();
    let mut shown = 0;
    for (key, members) in task_groups {
        if shown >= limit {
            break;
        }
        let take = members.len().min(limit - shown);
        shown += take;
        let rows = members[..take]
            .iter()
            .map(|&pos| Row::Task(task_bar(plan, index, pos, axis)))
            .collect();
        groups.push(Group {
            key,
            projects: false,
            rows,
            total: members.len(),
        });
    }
    for (key, members) in project_groups {
        if shown >= limit {
            break;
        }
        let take = members.len().min(limit - shown);
        shown += take;
        let rows = members[..take]
            .iter()
            .map(|&n| {
                let (i, status) = &projects[n];
                Row::Project(project_bar(plan, *i, *status, today, axis))
            })
            .collect();
        groups.push(Group {
            key,
            projects: true,
            rows,
            total: members.len(),
        });
    }

    Layout {
        axis,
        ticks: axis.ticks(),
        today: axis.place(today),
        grouping,
        groups,
        tasks: positions.len(),
        projects: projects.len(),
        shown,
        facets,
    }
}

/// Put items into groups: keys in `order` first, in that order, then keys
/// not in it in the order first met, then items without a key. Items keep
/// their order within a group; empty groups are left out.
fn bucket<T>(
    order: &[&Id],
    items: impl Iterator<Item = (Option<Id>, T)>,
) -> Vec<(Option<Id>, Vec<T>)> {
    let rank: HashMap<&Id, usize> = order.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut known: Vec<Vec<T>> = order.iter().map(|_| Vec::new()).collect();
    let mut unknown: Vec<(Id, Vec<T>)> = Vec::new();
    let mut keyless: Vec<T> = Vec::new();
    for (key, item) in items {
        match key {
            None => keyless.push(item),
            Some(k) => match rank.get(&k) {
                Some(&r) => known[r].push(item),
                None => match unknown.iter_mut().find(|(u, _)| *u == k) {
                    Some((_, list)) => list.push(item),
                    None => unknown.push((k, vec![item])),
                },
            },
        }
    }
    let mut out: Vec<(Option<Id>, Vec<T>)> = order
        .iter()
        .zip(known)
        .map(|(id, list)| (Some((*id).clone()), list))
        .collect();
    out.extend(unknown.into_iter().map(|(id, list)| (Some(id), list)));
    out.push((None, keyless));
    out.retain(|(_, list)| !list.is_empty());
    out
}

/// A task's start ([`Plan::task_start`]) and deadline, the plan's where
/// the task has none.
fn task_dates(plan: &Plan, task: &crate::model::Task) -> (Date, Date) {
    (plan.task_start(task), task.deadline.unwrap_or(plan.end))
}

fn task_bar(plan: &Plan, index: &TaskIndex, pos: usize, axis: Axis) -> TaskBar {
    let row = &index.rows[pos];
    let task = &plan.tasks[row.index];
    let (from, to) = task_dates(plan, task);
    TaskBar {
        task: row.index,
        span: Span {
            from,
            to,
            // Said to be the plan's start only when it is.
            own_from: task.start.is_some() || from != plan.start,
            own_to: task.deadline.is_some(),
            bar: axis.extent(from, to),
        },
        progress: row.progress,
        status: row.status,
        milestones: task
            .milestones
            .iter()
            .enumerate()
            .map(|(i, m)| MilestoneMark {
                index: i,
                due: m.due,
                done: m.done.is_some(),
                late: m.done.is_none()
                    && m.due < index.today
                    && row.status.light != Light::Completed,
                place: axis.place(m.due),
            })
            .collect(),
    }
}

fn project_bar(plan: &Plan, i: usize, status: Status, today: Date, axis: Axis) -> ProjectBar {
    let p = &plan.projects[i];
    let (from, to) = (
        p.planned_start.unwrap_or(plan.start),
        p.planned_end.unwrap_or(plan.end),
    );
    let actual = p.actual_start.map(|start| {
        let end = p.actual_end.unwrap_or(today.max(start));
        Span {
            from: start,
            to: end,
            own_from: true,
            own_to: p.actual_end.is_some(),
            bar: axis.extent(start, end),
        }
    });
    ProjectBar {
        project: i,
        planned: Span {
            from,
            to,
            own_from: p.planned_start.is_some(),
            own_to: p.planned_end.is_some(),
            bar: axis.extent(from, to),
        },
        actual,
        status,
    }
}

/// Whether `filter` sets a filter that describes tasks only (tier,
/// co-operating unit, tag, progress, report date), so that no project matches.
pub fn filters_tasks_only(filter: &TaskFilter) -> bool {
    let f = filter;
    !f.tiers.is_empty()
        || !f.co_units.is_empty()
        || !f.tags.is_empty()
        || f.progress_min.is_some()
        || f.progress_max.is_some()
        || f.no_report_since.is_some()
}

/// Whether a task filter lets `project` (whose light is `status`) through;
/// see the module documentation for which filters apply to projects.
pub fn project_matches(
    plan: &Plan,
    filter: &TaskFilter,
    project: &Project,
    status: &Status,
) -> bool {
    let f = filter;
    if filters_tasks_only(f) {
        return false;
    }
    let text = crate::text::fold(&f.text);
    if !text.trim().is_empty() {
        let lead = plan.unit(&project.lead).map_or("", |u| u.name.as_str());
        let haystack = crate::text::fold(&[project.name.as_str(), lead, &project.batch].join("\n"));
        if !text.split_whitespace().all(|w| haystack.contains(w)) {
            return false;
        }
    }
    let area_ok = f.areas.is_empty() || project.area.as_ref().is_some_and(|a| f.areas.contains(a));
    let goal_ok = f.goals.is_empty()
        || project
            .area
            .as_ref()
            .and_then(|a| plan.area(a))
            .and_then(|a| a.goal.as_ref())
            .is_some_and(|g| f.goals.contains(g));
    let lead_ok = f.leads.is_empty() || f.leads.contains(&project.lead);
    let light_ok = f.lights.is_empty() || f.lights.contains(&status.light);
    let due_ok = (f.due_from.is_none() && f.due_to.is_none())
        || project.planned_end.is_some_and(|end| {
            f.due_from.is_none_or(|d| end >= d) && f.due_to.is_none_or(|d| end <= d)
        });
    let overdue_ok = !f.overdue
        || (status.light == Light::Red && matches!(status.reason, Reason::Overdue { .. }));
    area_ok && goal_ok && lead_ok && light_ok && due_ok && overdue_ok
}

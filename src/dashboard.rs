//! The dashboard: the plan at a glance, as of a day.
//!
//! Everything a leader sees first is computed here from the plan and its
//! [`TaskIndex`] (no light is computed twice): the overall progress, the
//! share of tasks in each light, a bar per key area and per strategic goal,
//! the key breakthrough tasks, the red list, what falls due within
//! [`DUE_SOON_DAYS`] days (tasks, and the milestones of open tasks, missed
//! ones first), and the tasks not reported (grey).
//!
//! Every figure is a [`Figure`]: a count *and* the [`TaskQuery`] that shows
//! exactly those tasks in the task table, so the count a leader clicks is the
//! number of rows they land on. Every task list is the first rows of its
//! figure's query, in the order the task table would show them.
//!
//! Each thing is counted once: the red list and the not-reported list are
//! the red and grey shares of the whole plan (the same filter, only sorted),
//! so a list beside the light counts always says the same number.

use crate::model::{Date, Id, Plan, ReportedStatus, Tier};
use crate::query::{Sort, SortKey, TaskFilter, TaskIndex, TaskQuery, TaskRow};
use crate::status::{Light, Status};
use chrono::Days;
use rustc_hash::FxHashMap as HashMap;

mod html;
pub use html::{
    breakthrough_html, due_html, groups_html, header_html, light_rules_html, not_reported_html,
    red_html, summary_html, List, Shown, LIST_SHOWN, LIST_STEP, SHOWN_FIRST,
};

/// How many days ahead "due soon" looks, today included as day 0.
pub const DUE_SOON_DAYS: u64 = 30;

/// Lights in the order the dashboard lists them: the most urgent first.
pub const LIGHTS_BY_URGENCY: [Light; 5] = [
    Light::Red,
    Light::Yellow,
    Light::Grey,
    Light::Green,
    Light::Completed,
];

/// Every light but completed: the tasks that still need work.
pub const OPEN_LIGHTS: [Light; 4] = [Light::Green, Light::Yellow, Light::Grey, Light::Red];

/// A number of tasks and the task-table query that lists exactly them.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub count: usize,
    pub query: TaskQuery,
}

/// The tasks of one light within a set of tasks.
#[derive(Clone, Debug, PartialEq)]
pub struct LightShare {
    pub light: Light,
    pub figure: Figure,
    /// Share of the set, in percent; 0 for an empty set.
    pub percent: f64,
}

/// A key area or a strategic goal summed up.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupProgress {
    pub id: Id,
    pub title: String,
    /// Its tasks.
    pub tasks: Figure,
    /// Weighted progress of its tasks; `None` when it has none.
    pub progress: Option<f64>,
    /// Its tasks by light, most urgent first (lights with no task included).
    pub lights: Vec<LightShare>,
}

/// A unit and how many red tasks it leads.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitRed {
    pub id: Id,
    pub name: String,
    pub red: Figure,
}

/// One task in a dashboard list.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskLine {
    pub id: Id,
    pub code: String,
    pub title: String,
    pub lead_name: String,
    pub status: Status,
    /// The unit's reported status, when it claims another light than `status`.
    pub claim: Option<ReportedStatus>,
    pub progress: f64,
    /// The task's deadline, else the plan's end.
    pub deadline: Date,
    /// `deadline − today`: negative once past.
    pub days_left: i64,
    pub last_report: Option<Date>,
    /// Days since the latest standing report, if any.
    pub days_since_report: Option<i64>,
}

/// An open milestone (节点) of an open task, due within [`DUE_SOON_DAYS`]
/// days or missed (past its due date and not done).
#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneLine {
    pub task: TaskLine,
    pub name: String,
    pub due: Date,
    /// `due − today`: negative once missed.
    pub days_left: i64,
}

/// A figure and its tasks, in the order the task table shows them.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskList {
    pub figure: Figure,
    pub tasks: Vec<TaskLine>,
}

/// Everything the dashboard shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    pub today: Date,
    /// Every task of the plan (the unfiltered table).
    pub all: Figure,
    /// Weighted progress of the whole plan; `None` for a plan with no tasks.
    pub progress: Option<f64>,
    /// The whole plan by light, most urgent first.
    pub lights: Vec<LightShare>,
    /// Every key area, in plan order.
    pub areas: Vec<GroupProgress>,
    /// Every strategic goal, in plan order.
    pub goals: Vec<GroupProgress>,
    /// Key breakthrough tasks, in plan order.
    pub breakthrough: TaskList,
    /// Red tasks, longest past their deadline first (by deadline): the red
    /// share of `lights`, sorted.
    pub red: TaskList,
    /// Units that lead red tasks, most red first (ties in plan order).
    pub red_by_unit: Vec<UnitRed>,
    /// Open tasks due from today to today + [`DUE_SOON_DAYS`], soonest first.
    pub due_soon: TaskList,
    /// The open milestones of open tasks due by today + [`DUE_SOON_DAYS`],
    /// missed ones included, earliest first (ties in plan order).
    pub milestones_due: Vec<MilestoneLine>,
    /// Tasks not reported (grey): the grey share of `lights`, never
    /// reported first, then the longest silent.
    pub not_reported: TaskList,
    /// The supervision loop's counts, when the plan records a step or a
    /// notice.
    pub supervision: Option<crate::bulletin::LoopSummary>,
}

impl Dashboard {
    /// Sum up `plan` as of `index.today`; `index` must be built from `plan`.
    pub fn build(plan: &Plan, index: &TaskIndex) -> Dashboard {
        let today = index.today;
        let all_rows: Vec<usize> = (0..index.rows.len()).collect();
        let areas = plan
            .areas
            .iter()
            .map(|a| {
                let filter = TaskFilter {
                    areas: vec![a.id.clone()],
                    ..TaskFilter::default()
                };
                group(plan, index, a.id.clone(), a.title.clone(), filter)
            })
            .collect();
        let goals = plan
            .goals
            .iter()
            .map(|g| {
                let filter = TaskFilter {
                    goals: vec![g.id.clone()],
                    ..TaskFilter::default()
                };
                group(plan, index, g.id.clone(), g.title.clone(), filter)
            })
            .collect();

        let breakthrough = list(
            plan,
            index,
            TaskQuery {
                filter: TaskFilter {
                    tiers: vec![Tier::KeyBreakthrough],
                    ..TaskFilter::default()
                },
                sort: None,
            },
        );
        let by_deadline = Some(Sort {
            key: SortKey::Deadline,
            descending: false,
        });
        let lights = shares(index, &all_rows, &TaskFilter::default());
        // The lists beside the light counts are those counts' own queries, sorted.
        let share_filter = |light: Light| {
            lights
                .iter()
                .find(|s| s.light == light)
                .map(|s| s.figure.query.filter.clone())
                .unwrap_or_default()
        };
        let red = list(
            plan,
            index,
            TaskQuery {
                filter: share_filter(Light::Red),
                sort: by_deadline,
            },
        );
        let not_reported = list(
            plan,
            index,
            TaskQuery {
                filter: share_filter(Light::Grey),
                sort: Some(Sort {
                    key: SortKey::LastReport,
                    descending: false,
                }),
            },
        );
        let due_soon = list(
            plan,
            index,
            TaskQuery {
                filter: TaskFilter {
                    due_from: Some(today),
                    due_to: Some(today + Days::new(DUE_SOON_DAYS)),
                    lights: OPEN_LIGHTS.to_vec(),
                    ..TaskFilter::default()
                },
                sort: by_deadline,
            },
        );

        Dashboard {
            today,
            all: Figure {
                count: all_rows.len(),
                query: TaskQuery::default(),
            },
            progress: weighted_progress(plan, index, &all_rows),
            lights,
            areas,
            goals,
            breakthrough,
            red_by_unit: red_by_unit(plan, index),
            red,
            due_soon,
            milestones_due: milestones_due(plan, index),
            not_reported,
            supervision: crate::bulletin::loop_summary(plan, index),
        }
    }

    /// Every figure on the dashboard, for checking them all at once.
    pub fn figures(&self) -> Vec<&Figure> {
        let mut out = vec![&self.all];
        out.extend(self.lights.iter().map(|s| &s.figure));
        for g in self.areas.iter().chain(&self.goals) {
            out.push(&g.tasks);
            out.extend(g.lights.iter().map(|s| &s.figure));
        }
        out.extend(self.red_by_unit.iter().map(|u| &u.red));
        for l in [
            &self.breakthrough,
            &self.red,
            &self.due_soon,
            &self.not_reported,
        ] {
            out.push(&l.figure);
        }
        if let Some(s) = &self.supervision {
            out.extend(s.figures());
        }
        out
    }
}

/// A key area's or goal's bar: the rows `filter` selects, by light.
fn group(
    plan: &Plan,
    index: &TaskIndex,
    id: Id,
    title: String,
    filter: TaskFilter,
) -> GroupProgress {
    let rows = filter.apply(plan, index);
    GroupProgress {
        id,
        title,
        progress: weighted_progress(plan, index, &rows),
        lights: shares(index, &rows, &filter),
        tasks: Figure {
            count: rows.len(),
            query: TaskQuery { filter, sort: None },
        },
    }
}

/// `rows` (positions in `index.rows`, all passing `filter`) by light, most
/// urgent first; each light's query is `filter` narrowed to that light.
fn shares(index: &TaskIndex, rows: &[usize], filter: &TaskFilter) -> Vec<LightShare> {
    LIGHTS_BY_URGENCY
        .into_iter()
        .map(|light| {
            let count = rows
                .iter()
                .filter(|&&r| index.rows[r].status.light == light)
                .count();
            LightShare {
                light,
                percent: if rows.is_empty() {
                    0.0
                } else {
                    count as f64 / rows.len() as f64 * 100.0
                },
                figure: Figure {
                    count,
                    query: TaskQuery {
                        filter: TaskFilter {
                            lights: vec![light],
                            ..filter.clone()
                        },
                        sort: None,
                    },
                },
            }
        })
        .collect()
}

/// Progress of `rows` weighted by task weight, the plain mean when every
/// weight is zero, `None` for no rows (as [`Plan::weighted_progress`], read
/// from the index).
fn weighted_progress(plan: &Plan, index: &TaskIndex, rows: &[usize]) -> Option<f64> {
    crate::model::weighted_mean(rows.iter().map(|&r| {
        let row = &index.rows[r];
        let weight = plan.tasks.get(row.index).map_or(0.0, |t| t.weight);
        (row.progress, weight)
    }))
}

/// The tasks `query` shows, in its order.
fn list(plan: &Plan, index: &TaskIndex, query: TaskQuery) -> TaskList {
    let mut rows = query.filter.apply(plan, index);
    if let Some(sort) = query.sort {
        sort.apply(plan, index, &mut rows);
    }
    let tasks = rows
        .iter()
        .filter_map(|&r| line(plan, index.today, &index.rows[r]))
        .collect();
    TaskList {
        figure: Figure {
            count: rows.len(),
            query,
        },
        tasks,
    }
}

fn line(plan: &Plan, today: Date, row: &TaskRow) -> Option<TaskLine> {
    let task = plan.tasks.get(row.index)?;
    Some(TaskLine {
        id: task.id.clone(),
        code: task.code.clone(),
        title: task.title.clone(),
        lead_name: row.lead_name.clone(),
        status: row.status,
        claim: row.claim,
        progress: row.progress,
        deadline: row.deadline,
        days_left: (row.deadline - today).num_days(),
        last_report: row.last_report,
        days_since_report: row.last_report.map(|d| (today - d).num_days()),
    })
}

/// [`Dashboard::milestones_due`].
fn milestones_due(plan: &Plan, index: &TaskIndex) -> Vec<MilestoneLine> {
    let today = index.today;
    let until = today + Days::new(DUE_SOON_DAYS);
    let mut out = Vec::new();
    for row in index
        .rows
        .iter()
        .filter(|row| row.status.light != Light::Completed)
    {
        let Some(task) = plan.tasks.get(row.index) else {
            continue;
        };
        for m in &task.milestones {
            if m.done.is_some() || m.due > until {
                continue;
            }
            let Some(task) = line(plan, today, row) else {
                continue;
            };
            out.push(MilestoneLine {
                task,
                name: m.name.clone(),
                due: m.due,
                days_left: (m.due - today).num_days(),
            });
        }
    }
    crate::order::sort_by_key(&mut out, |m| m.due);
    out
}

/// Units leading at least one red task, most red first, ties in plan order.
fn red_by_unit(plan: &Plan, index: &TaskIndex) -> Vec<UnitRed> {
    // Red tasks counted by lead unit in one pass over the rows.
    let mut red: HashMap<&Id, usize> = HashMap::default();
    for row in index
        .rows
        .iter()
        .filter(|row| row.status.light == Light::Red)
    {
        if let Some(t) = plan.tasks.get(row.index) {
            *red.entry(&t.lead).or_default() += 1;
        }
    }
    let mut out: Vec<UnitRed> = plan
        .units
        .iter()
        .filter_map(|u| {
            let count = red.get(&u.id).copied().unwrap_or(0);
            (count > 0).then(|| UnitRed {
                id: u.id.clone(),
                name: u.name.clone(),
                red: Figure {
                    count,
                    query: TaskQuery {
                        filter: TaskFilter {
                            leads: vec![u.id.clone()],
                            lights: vec![Light::Red],
                            ..TaskFilter::default()
                        },
                        sort: Some(Sort {
                            key: SortKey::Deadline,
                            descending: false,
                        }),
                    },
                },
            })
        })
        .collect();
    // A stable sort keeps plan order among equal counts.
    crate::order::sort_by_key(&mut out, |u| std::cmp::Reverse(u.red.count));
    out
}

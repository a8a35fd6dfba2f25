//! What filtering and sorting read about each task, computed once.

use crate::model::{weighted_mean, Date, Id, Plan, ReportedStatus, Subject, Update};
use crate::status::{claim, completed_first, task_status_closed, LightCounts, Rollup, Status};
use crate::supervision::LoopMarks;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The first position of each id in a list.
fn positions<'a>(ids: impl Iterator<Item = &'a Id>) -> HashMap<&'a Id, usize> {
    let mut map = HashMap::default();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i);
    }
    map
}

/// Where each task stands in `plan.tasks` (the first of an id, the one
/// `Plan::task` finds): for whoever looks up many tasks by id, instead of a
/// search of the list for each.
pub fn task_positions(plan: &Plan) -> HashMap<&Id, usize> {
    positions(plan.tasks.iter().map(|t| &t.id))
}

/// [`task_positions`] for `plan.projects`.
pub fn project_positions(plan: &Plan) -> HashMap<&Id, usize> {
    positions(plan.projects.iter().map(|p| &p.id))
}

/// One task as the table sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    /// Position of the task in `plan.tasks`.
    pub index: usize,
    pub id: Id,
    /// The strategic goal of the task's key area, if any.
    pub goal: Option<Id>,
    pub status: Status,
    /// The status the unit gave in its latest standing report, when it
    /// claims a different light from `status` ([`claim`]).
    pub claim: Option<ReportedStatus>,
    /// Progress of the latest standing report, or 0.
    pub progress: f64,
    /// Date of the latest standing report.
    pub last_report: Option<Date>,
    /// The task's deadline, else the plan's end (as the lights read it).
    pub deadline: Date,
    /// Whether the task has a deadline of its own: a filter by deadline
    /// leaves out the others (ongoing tasks, 长期任务).
    pub dated: bool,
    /// Position of the task's area in `plan.areas` (areas sort in plan order).
    pub area_pos: usize,
    /// The lead unit's name.
    pub lead_name: String,
    /// The co-operating units' names, in the task's order, joined by newlines
    /// (empty when there are none).
    pub co_names: String,
    /// Where the task's references stand in the plan's lists, so that a
    /// filter and its counts index arrays instead of comparing ids
    /// ([`NONE`] for a reference the plan does not hold): the lead unit in
    /// `plan.units`,
    pub lead_pos: usize,
    /// each co-operating unit in `plan.units`, in the task's order,
    pub co_pos: Vec<usize>,
    /// the goal in `plan.goals`,
    pub(super) goal_pos: usize,
    /// and each tag in [`TaskIndex::tags`], in the task's order.
    pub(super) tag_pos: Vec<usize>,
    /// The item's supervision loop as the filters read it: its stage, the
    /// sign-for flag, its open notices and late or missing replies.
    pub marks: LoopMarks,
}

/// A reference the plan does not hold.
pub(super) const NONE: usize = usize::MAX;

/// Every task of a plan on a given day, in plan order.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskIndex {
    pub today: Date,
    pub rows: Vec<TaskRow>,
    /// Every tag in use, in the order first met in plan order.
    pub tags: Vec<String>,
    /// Every standing report, by task and by project.
    pub reports: Reports,
    /// Each row's search text: its task's code, title and description and
    /// its units' names, folded ([`crate::text::fold`]). Made on the first
    /// search ([`TaskIndex::search_texts`]): a start-up, or a change, that
    /// no one searches after does not make them (10,000 tasks' texts, a
    /// fifth of building the index). An index whose texts have been made
    /// is unequal to one just built, so a view that compares indexes sees
    /// a new one after any change, whatever its rows.
    search_texts: OnceLock<Vec<String>>,
}

/// A standing report as the views read it, without its texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportRef {
    /// Its position in `plan.updates`.
    pub update: usize,
    pub date: Date,
    /// The last day of the reporting period it answers ([`Plan::report_period`]).
    pub answers_end: Date,
}

/// Every standing (not withdrawn) report on a task or project of the plan,
/// grouped by subject, each group oldest first and, among reports of one
/// day, in recorded order: the last of a group is the subject's latest
/// report ([`Plan::latest_reports`]). Built in one pass over the reports, so
/// that a view asks about one subject's reports without reading the year's.
/// Reports on a subject the plan does not hold are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reports {
    list: Vec<ReportRef>,
    /// Each task's reports in `list`, by position in `plan.tasks` (tasks
    /// sharing an id share their reports).
    tasks: Vec<Range<usize>>,
    /// Each project's reports in `list`, by position in `plan.projects`.
    projects: Vec<Range<usize>>,
}

impl Reports {
    /// Index the standing reports of `plan`.
    pub fn build(plan: &Plan) -> Reports {
        let tasks = task_positions(plan);
        let projects = project_positions(plan);
        let n_tasks = plan.tasks.len();
        // Each report's group: a task's position, or the tasks' count plus a
        // project's position.
        let slot = |u: &Update| match &u.subject {
            Subject::Task(id) => tasks.get(id).copied(),
            Subject::Project(id) => projects.get(id).map(|&i| n_tasks + i),
        };
        let groups = n_tasks + plan.projects.len();
        let slots: Vec<Option<usize>> = plan
            .updates
            .iter()
            .map(|u| u.withdrawn.is_none().then(|| slot(u)).flatten())
            .collect();
        // A counting sort by group keeps the recorded order within each.
        let mut starts = vec![0usize; groups + 1];
        for s in slots.iter().flatten() {
            starts[s + 1] += 1;
        }
        for i in 0..groups {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let empty = ReportRef {
            update: 0,
            date: plan.start,
            answers_end: plan.start,
        };
        let mut list = vec![empty; starts[groups]];
        for (i, s) in slots.iter().enumerate() {
            if let Some(s) = *s {
                let u = &plan.updates[i];
                list[next[s]] = ReportRef {
                    update: i,
                    date: u.date,
                    answers_end: plan.report_period(u).end(),
                };
                next[s] += 1;
            }
        }
        let span = |g: usize| starts[g]..starts[g + 1];
        for g in 0..groups {
            let group = &mut list[span(g)];
            if !group.is_sorted_by_key(|r| r.date) {
                // Stable: reports of one day keep their recorded order.
                // Rare (reports come in date order), so the shared sort.
                crate::order::sort_by_key(group, |r| r.date);
            }
        }
        // A task whose id an earlier task already has reads that task's group.
        let first = |id: &Id, at: usize| tasks.get(id).copied().unwrap_or(at);
        Reports {
            tasks: plan
                .tasks
                .iter()
                .enumerate()
                .map(|(i, t)| span(first(&t.id, i)))
                .collect(),
            projects: plan
                .projects
                .iter()
                .enumerate()
                .map(|(i, p)| span(n_tasks + projects.get(&p.id).copied().unwrap_or(i)))
                .collect(),
            list,
        }
    }

    /// The standing reports on the task at `index` in `plan.tasks`, oldest first.
    pub fn of_task(&self, index: usize) -> &[ReportRef] {
        self.tasks.get(index).map_or(&[], |r| &self.list[r.clone()])
    }

    /// The report that the completion by reports of the task at `index`,
    /// dated `on` ([`crate::status::completed_first`]), dates from: the
    /// first of its reports saying done that gives that day.
    pub fn completing(&self, plan: &Plan, index: usize, on: Date) -> Option<&ReportRef> {
        let all_milestones_done = plan
            .tasks
            .get(index)
            .is_some_and(|t| t.milestones.iter().all(|m| m.done.is_some()));
        self.of_task(index).iter().find(|r| {
            let u = &plan.updates[r.update];
            u.done_on() == on && crate::status::says_done(u, all_milestones_done)
        })
    }

    /// The standing reports on the project at `index` in `plan.projects`, oldest first.
    pub fn of_project(&self, index: usize) -> &[ReportRef] {
        self.projects
            .get(index)
            .map_or(&[], |r| &self.list[r.clone()])
    }

    /// Every indexed report, grouped by task (plan order), then by project.
    pub fn all(&self) -> &[ReportRef] {
        &self.list
    }
}

impl TaskIndex {
    /// Index `plan`'s tasks as of `today`. Reports are indexed in one pass,
    /// so this is linear in tasks plus reports.
    pub fn build(plan: &Plan, today: Date) -> TaskIndex {
        let reports = Reports::build(plan);
        let units = positions(plan.units.iter().map(|u| &u.id));
        let unit_name = |id: &Id| units.get(id).map_or("", |&i| plan.units[i].name.as_str());
        let areas = positions(plan.areas.iter().map(|a| &a.id));
        let goals = positions(plan.goals.iter().map(|g| &g.id));
        let unit_pos = |id: &Id| units.get(id).copied().unwrap_or(NONE);
        // Close-out days, read only when the plan requires verification.
        let closed = if plan.supervision.verification_required {
            crate::supervision::closed_out_days(plan, today)
        } else {
            Default::default()
        };
        let marks = crate::supervision::loop_marks(plan, today);
        let mut tags: Vec<String> = Vec::new();
        let mut tag_at: HashMap<String, usize> = HashMap::default();
        let rows = plan
            .tasks
            .iter()
            .enumerate()
            .map(|(index, task)| {
                let report = reports
                    .of_task(index)
                    .last()
                    .map(|r| &plan.updates[r.update]);
                let status = completed_first(
                    plan,
                    task,
                    task_status_closed(plan, task, report, closed.get(&task.id).copied(), today),
                    &mut reports
                        .of_task(index)
                        .iter()
                        .rev()
                        .map(|r| &plan.updates[r.update]),
                );
                let area_pos = areas.get(&task.area).copied().unwrap_or(NONE);
                let goal = plan.areas.get(area_pos).and_then(|a| a.goal.clone());
                let goal_pos = goal
                    .as_ref()
                    .and_then(|g| goals.get(g).copied())
                    .unwrap_or(NONE);
                let tag_pos = task
                    .tags
                    .iter()
                    .map(|tag| {
                        *tag_at.entry(tag.clone()).or_insert_with(|| {
                            tags.push(tag.clone());
                            tags.len() - 1
                        })
                    })
                    .collect();
                let co_names = task
                    .co_units
                    .iter()
                    .map(unit_name)
                    .collect::<Vec<_>>()
                    .join("\n");
                TaskRow {
                    index,
                    id: task.id.clone(),
                    goal,
                    status,
                    claim: claim(status.light, report.map(|u| u.status)),
                    progress: report.map_or(0.0, |u| u.progress),
                    last_report: report.map(|u| u.date),
                    deadline: task.deadline.unwrap_or(plan.end),
                    dated: task.deadline.is_some(),
                    area_pos,
                    lead_name: unit_name(&task.lead).to_string(),
                    co_names,
                    lead_pos: unit_pos(&task.lead),
                    co_pos: task.co_units.iter().map(unit_pos).collect(),
                    goal_pos,
                    tag_pos,
                    marks: marks[index],
                }
            })
            .collect();
        TaskIndex {
            today,
            rows,
            tags,
            reports,
            search_texts: OnceLock::new(),
        }
    }

    /// Each row's search text (see the field), made on the first call.
    /// `plan` is the plan the index was built from.
    pub fn search_texts(&self, plan: &Plan) -> &[String] {
        self.search_texts.get_or_init(|| {
            self.rows
                .iter()
                .map(|row| {
                    let Some(task) = plan.tasks.get(row.index) else {
                        return String::new();
                    };
                    let mut text = [
                        task.code.as_str(),
                        &task.title,
                        &task.description,
                        &row.lead_name,
                    ]
                    .join("\n");
                    if !row.co_names.is_empty() {
                        text.push('\n');
                        text.push_str(&row.co_names);
                    }
                    crate::text::fold(&text)
                })
                .collect()
        })
    }

    /// Every key area of `plan` (the plan the index was built from), in
    /// plan order, with the roll-up of its tasks: [`crate::status::by_area`]
    /// read from the rows' lights and progress, in one pass over the rows
    /// instead of every task's status worked out again.
    pub fn by_area(&self, plan: &Plan) -> Vec<(Id, Rollup)> {
        let mut sums: Vec<(LightCounts, Vec<(f64, f64)>)> =
            vec![Default::default(); plan.areas.len()];
        for row in &self.rows {
            let (Some((counts, items)), Some(task)) =
                (sums.get_mut(row.area_pos), plan.tasks.get(row.index))
            else {
                continue;
            };
            counts.add(row.status.light);
            items.push((row.progress, task.weight));
        }
        plan.areas
            .iter()
            .map(|a| {
                // An id given twice (a plan that fails validation) rolls up
                // the same tasks under both, as `status::by_area` does.
                let first = plan.areas.iter().position(|b| b.id == a.id);
                let (counts, items) = first.and_then(|i| sums.get(i)).cloned().unwrap_or_default();
                let rollup = Rollup {
                    tasks: items.len(),
                    progress: weighted_mean(items),
                    counts,
                };
                (a.id.clone(), rollup)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::sample::sample_plan;

    fn day() -> Date {
        Date::from_ymd_opt(2023, 9, 30).unwrap()
    }

    #[test]
    fn search_texts_hold_each_tasks_texts_and_units_folded() {
        let plan = sample_plan(Lang::En);
        let index = TaskIndex::build(&plan, day());
        let texts = index.search_texts(&plan);
        assert_eq!(texts.len(), index.rows.len());
        for (row, text) in index.rows.iter().zip(texts) {
            let task = &plan.tasks[row.index];
            for part in [&task.code, &task.title, &task.description, &row.lead_name] {
                assert!(
                    text.contains(&crate::text::fold(part)),
                    "{part:?} in {text:?}"
                );
            }
            for unit in row.co_names.lines() {
                assert!(text.contains(&crate::text::fold(unit)), "{unit:?}");
            }
        }
    }

    /// The table's memo compares indexes: after a search, any index built
    /// again (a title edited, the rows alike) is a new one, so the texts
    /// searched are the plan's as it now stands.
    #[test]
    fn an_index_searched_differs_from_one_built_again() {
        let mut plan = sample_plan(Lang::En);
        let index = TaskIndex::build(&plan, day());
        assert_eq!(index, TaskIndex::build(&plan, day()));
        let _ = index.search_texts(&plan);
        plan.tasks[0].title = "A title edited".into();
        let again = TaskIndex::build(&plan, day());
        assert_eq!(again.rows, index.rows);
        assert_ne!(again, index);
        assert!(again.search_texts(&plan)[0].contains("a title edited"));
    }
}

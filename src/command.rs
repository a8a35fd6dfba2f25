//! Every change a user can make is a [`Command`], applied by [`apply`].
//!
//! `apply` either changes the plan and returns the command that undoes the
//! change (its inverse), or leaves the plan exactly as it was and returns why
//! not. Undo/redo, the change history, autosave and multi-tab sync all hang
//! off this one function.

use crate::model::*;
use crate::validate::{check_entity_at, exists, Entity, Kind, Problem};
use serde::{Deserialize, Serialize};

/// The plan's own fields, set together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub title: String,
    pub description: String,
    pub level: Level,
    pub issuer: String,
    #[serde(deserialize_with = "crate::model::deserialize_date")]
    pub start: Date,
    #[serde(deserialize_with = "crate::model::deserialize_date")]
    pub end: Date,
    pub cadence: Cadence,
    /// Grace days after a reporting period ([`Plan::grace_days`]).
    #[serde(default = "crate::model::default_grace_days")]
    pub grace_days: u32,
    pub thresholds: Thresholds,
    /// The scoreboard's weights.
    #[serde(default)]
    pub evaluation: Evaluation,
    /// The supervision loop's settings.
    #[serde(default)]
    pub supervision: Supervision,
}

impl Header {
    pub fn of(plan: &Plan) -> Header {
        Header {
            title: plan.title.clone(),
            description: plan.description.clone(),
            level: plan.level,
            issuer: plan.issuer.clone(),
            start: plan.start,
            end: plan.end,
            cadence: plan.cadence,
            grace_days: plan.grace_days,
            thresholds: plan.thresholds.clone(),
            evaluation: plan.evaluation.clone(),
            supervision: plan.supervision.clone(),
        }
    }
}

/// A change to a plan.
// Commands are short-lived and moved, not stored in bulk: boxing the entity
// would cost an allocation per change for no gain.
#[allow(clippy::large_enum_variant)]
// Adjacently tagged, so that every variant (a batch is a list) can be kept
// as JSON: the undo stack is stored beside its plan (`session::Kept`).
// Read tag first by `crate::tagged`, one reader instead of serde's two.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "op", content = "with", rename_all = "snake_case")]
pub enum Command {
    /// Set the plan's title, period, level, cadence, thresholds and scoreboard weights.
    SetHeader(Header),
    /// Add an entity, or replace the one with the same id; `at` places it in its list.
    /// A progress report, once recorded, cannot be replaced.
    Put { entity: Entity, at: Option<usize> },
    /// Change the fields of an entity that `after` changes from `before`
    /// (the same entity as a form opened it, or as a change left it), the
    /// other fields left as they are now ([`crate::edit`]): a form saved,
    /// or an edit undone, keeps another tab's later change to other fields.
    Edit { before: Entity, after: Entity },
    /// Delete an entity. Refused while others refer to it; deleting a task or
    /// project deletes its reports with it (and undo brings them back).
    Remove { kind: Kind, id: Id },
    /// Move an entity to another position in its list.
    Move { kind: Kind, id: Id, to: usize },
    /// Withdraw a progress report (or, with `None`, reinstate it). The report stays.
    Withdraw {
        update: Id,
        withdrawal: Option<Withdrawal>,
    },
    /// Several commands as one change: all apply, or none.
    Batch(Vec<Command>),
}

/// Why a command was refused. The plan is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandError {
    /// The entity breaks the plan's rules.
    Invalid(Vec<Problem>),
    /// No entity of that kind has that id.
    NotFound(Kind, Id),
    /// Others still refer to the entity.
    InUse {
        kind: Kind,
        id: Id,
        by: Vec<(Kind, Id)>,
    },
    /// A progress report cannot be replaced; withdraw it and add a new one.
    ReportImmutable(Id),
    /// A lifecycle step, once recorded, cannot be replaced (or moved).
    StepRecorded(Id),
    /// A position past the end of the list.
    BadPosition(usize),
}

trait HasId {
    fn id(&self) -> &Id;
}

macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn id(&self) -> &Id { &self.id } })* };
}
has_id!(
    Goal,
    KeyArea,
    Unit,
    Task,
    Project,
    Indicator,
    Update,
    crate::model::Step,
    Notice
);

fn position<T: HasId>(list: &[T], id: &Id) -> Option<usize> {
    list.iter().position(|x| x.id() == id)
}

/// Insert or replace; returns the old item and its index when replacing.
fn put<T: HasId>(list: &mut Vec<T>, item: T, at: Option<usize>) -> Option<(usize, T)> {
    match position(list, item.id()) {
        Some(i) => {
            let old = std::mem::replace(&mut list[i], item);
            if let Some(to) = at.filter(|&to| to != i && to < list.len()) {
                let moved = list.remove(i);
                list.insert(to, moved);
            }
            Some((i, old))
        }
        None => {
            let to = at.unwrap_or(list.len()).min(list.len());
            list.insert(to, item);
            None
        }
    }
}

fn take<T: HasId>(list: &mut Vec<T>, id: &Id) -> Option<(usize, T)> {
    position(list, id).map(|i| (i, list.remove(i)))
}

/// [`take`] for a report, the last one looked at first: the undo of a
/// merge removes thousands of reports from the end of a year's, last
/// first, and each would otherwise be searched for through the whole list.
/// Report ids are unique (the gate and the commands keep them so), so the
/// last one of `id` is the one a search from the front would find.
fn take_report(list: &mut Vec<Update>, id: &Id) -> Option<(usize, Update)> {
    match list.last() {
        Some(u) if &u.id == id => list.pop().map(|u| (list.len(), u)),
        _ => take(list, id),
    }
}

fn move_to<T: HasId>(list: &mut [T], id: &Id, to: usize) -> Result<usize, CommandError> {
    let from = position(list, id).ok_or(CommandError::BadPosition(to))?;
    if to >= list.len() {
        return Err(CommandError::BadPosition(to));
    }
    if from < to {
        list[from..=to].rotate_left(1);
    } else {
        list[to..=from].rotate_right(1);
    }
    Ok(from)
}

/// Apply `cmd` to `plan`. On success the plan has changed and the returned
/// command undoes it; on error the plan is exactly as it was.
pub fn apply(plan: &mut Plan, cmd: Command) -> Result<Command, CommandError> {
    match cmd {
        Command::SetHeader(h) => set_header(plan, h),
        Command::Put { entity, at } => put_entity(plan, entity, at),
        Command::Edit { before, after } => edit_entity(plan, &before, &after),
        Command::Remove { kind, id } => remove(plan, kind, id),
        Command::Move { kind, id, to } => move_entity(plan, kind, id, to),
        Command::Withdraw { update, withdrawal } => {
            let u = plan
                .updates
                .iter_mut()
                .find(|u| u.id == update)
                .ok_or_else(|| CommandError::NotFound(Kind::Update, update.clone()))?;
            let old = std::mem::replace(&mut u.withdrawn, withdrawal);
            Ok(Command::Withdraw {
                update,
                withdrawal: old,
            })
        }
        Command::Batch(cmds) => {
            let mut undo = Vec::with_capacity(cmds.len());
            let mut tasks = TaskLookup::for_batch(plan, &cmds);
            for c in cmds {
                let applied = match (&mut tasks, c) {
                    (
                        Some(lookup),
                        Command::Put {
                            entity: Entity::Task(task),
                            at: None,
                        },
                    ) => lookup.put(plan, task),
                    (
                        Some(lookup),
                        Command::Put {
                            entity: Entity::Update(update),
                            at,
                        },
                    ) => lookup.put_report(plan, update, at),
                    (
                        Some(lookup),
                        Command::Edit {
                            before: Entity::Task(before),
                            after: Entity::Task(after),
                        },
                    ) => lookup.edit(plan, before, after),
                    (_, c) => apply(plan, c),
                };
                match applied {
                    Ok(inv) => undo.push(inv),
                    Err(e) => {
                        for inv in undo.into_iter().rev() {
                            apply(plan, inv).expect("an inverse applies to the state it came from");
                        }
                        return Err(e);
                    }
                }
            }
            undo.reverse();
            Ok(Command::Batch(undo))
        }
    }
}

/// Where each task stands and which task holds each code, for a batch of
/// many tasks added or replaced (a CSV file of a province's ten thousand):
/// each is then checked and placed without going through the whole list,
/// which made such a batch cost tasks × rows. Likewise every report's id,
/// for a batch of many reports (a merge of every unit's quarterly file, and
/// its redo, which puts each report back at its place). Kept only while
/// nothing else in the batch moves or removes anything.
struct TaskLookup {
    at: rustc_hash::FxHashMap<Id, usize>,
    codes: rustc_hash::FxHashMap<String, Id>,
    /// Every report's id, from the batch's first report on: kept in the
    /// same map type as `at` (one copy of its code in the app), its values
    /// are not read.
    reports: Option<rustc_hash::FxHashMap<Id, usize>>,
}

impl TaskLookup {
    /// A lookup for `cmds` when it is worth one and stays true through it:
    /// many commands, each putting an entity at the end of its list (or in
    /// its own place), or a report at a place of its own, so the only change
    /// to the tasks is through [`put`].
    fn for_batch(plan: &Plan, cmds: &[Command]) -> Option<TaskLookup> {
        let eligible = cmds.len() >= 32
            && cmds.iter().all(|c| {
                matches!(
                    c,
                    Command::Put { at: None, .. }
                        | Command::Put {
                            entity: Entity::Update(_),
                            ..
                        }
                        | Command::Edit {
                            before: Entity::Task(_),
                            after: Entity::Task(_),
                        }
                )
            });
        eligible.then(|| {
            let mut codes = rustc_hash::FxHashMap::default();
            for t in &plan.tasks {
                let code = t.code.trim();
                if !code.is_empty() {
                    codes
                        .entry(code.to_string())
                        .or_insert_with(|| t.id.clone());
                }
            }
            TaskLookup {
                at: (plan.tasks.iter().enumerate())
                    .map(|(i, t)| (t.id.clone(), i))
                    .collect(),
                codes,
                reports: None,
            }
        })
    }

    /// [`put_entity`] for a report, at the end of the list or at `at`: the
    /// same checks (its rules, then its id not taken), the same change and
    /// the same inverse.
    fn put_report(
        &mut self,
        plan: &mut Plan,
        update: Update,
        at: Option<usize>,
    ) -> Result<Command, CommandError> {
        // Indexed at the batch's first report: nothing before it in the
        // batch adds or removes reports.
        let reports = self
            .reports
            .get_or_insert_with(|| plan.updates.iter().map(|u| (u.id.clone(), 0)).collect());
        let held = match &update.subject {
            Subject::Task(id) => self.at.contains_key(id),
            Subject::Project(id) => plan.project(id).is_some(),
        };
        let problems = crate::validate::check_update_held(plan, &update, held);
        if !problems.is_empty() {
            return Err(CommandError::Invalid(problems));
        }
        if reports.contains_key(&update.id) {
            return Err(CommandError::ReportImmutable(update.id));
        }
        let id = update.id.clone();
        reports.insert(id.clone(), 0);
        let to = at.unwrap_or(plan.updates.len()).min(plan.updates.len());
        plan.updates.insert(to, update);
        Ok(Command::Remove {
            kind: Kind::Update,
            id,
        })
    }

    /// [`edit_entity`] for a task: found through the index.
    fn edit(
        &mut self,
        plan: &mut Plan,
        before: Task,
        after: Task,
    ) -> Result<Command, CommandError> {
        let id = after.id.clone();
        let now = self
            .at
            .get(&id)
            .map(|&i| Entity::Task(plan.tasks[i].clone()))
            .ok_or_else(|| CommandError::NotFound(Kind::Task, id.clone()))?;
        match crate::edit::patch(&now, &Entity::Task(before), &Entity::Task(after)) {
            Some(Entity::Task(edited)) => self.put(plan, edited),
            _ => Err(CommandError::NotFound(Kind::Task, id)),
        }
    }

    /// [`put_entity`] for a task at the end of the list (or in its own
    /// place): the same checks, the same change and the same inverse.
    fn put(&mut self, plan: &mut Plan, task: Task) -> Result<Command, CommandError> {
        let code = task.code.trim().to_string();
        let taken = !code.is_empty() && self.codes.get(&code).is_some_and(|id| *id != task.id);
        let problems = crate::validate::check_task(plan, &task, taken);
        if !problems.is_empty() {
            return Err(CommandError::Invalid(problems));
        }
        let id = task.id.clone();
        match self.at.get(&id) {
            Some(&i) => {
                let new = task.clone();
                let old = std::mem::replace(&mut plan.tasks[i], task);
                let was = old.code.trim();
                if was != code {
                    if self.codes.get(was) == Some(&id) {
                        self.codes.remove(was);
                    }
                    if !code.is_empty() {
                        self.codes.insert(code, id);
                    }
                }
                Ok(Command::Edit {
                    before: Entity::Task(new),
                    after: Entity::Task(old),
                })
            }
            None => {
                self.at.insert(id.clone(), plan.tasks.len());
                if !code.is_empty() {
                    self.codes.insert(code, id.clone());
                }
                plan.tasks.push(task);
                Ok(Command::Remove {
                    kind: Kind::Task,
                    id,
                })
            }
        }
    }
}

fn set_header(plan: &mut Plan, h: Header) -> Result<Command, CommandError> {
    let mut probe = Plan::new(plan.id.clone(), h.title.clone(), h.start, h.end);
    probe.thresholds = h.thresholds.clone();
    probe.grace_days = h.grace_days;
    probe.evaluation = h.evaluation.clone();
    probe.supervision = h.supervision.clone();
    let problems: Vec<Problem> = crate::validate::validate(&probe);
    if !problems.is_empty() {
        return Err(CommandError::Invalid(problems));
    }
    let old = Header::of(plan);
    plan.title = h.title;
    plan.description = h.description;
    plan.level = h.level;
    plan.issuer = h.issuer;
    plan.start = h.start;
    plan.end = h.end;
    plan.cadence = h.cadence;
    plan.grace_days = h.grace_days;
    plan.thresholds = h.thresholds;
    plan.evaluation = h.evaluation;
    plan.supervision = h.supervision;
    Ok(Command::SetHeader(old))
}

/// [`Command::Edit`]: the entity as it is now, with the edit's fields
/// set, put in its place; the inverse sets them back.
fn edit_entity(plan: &mut Plan, before: &Entity, after: &Entity) -> Result<Command, CommandError> {
    let (kind, id) = (after.kind(), after.id());
    let now = crate::edit::entity_in(plan, kind, id)
        .ok_or_else(|| CommandError::NotFound(kind, id.clone()))?;
    let edited = crate::edit::patch(&now, before, after)
        .ok_or_else(|| CommandError::NotFound(kind, id.clone()))?;
    put_entity(plan, edited.clone(), None)?;
    Ok(Command::Edit {
        before: edited,
        after: now,
    })
}

fn put_entity(plan: &mut Plan, entity: Entity, at: Option<usize>) -> Result<Command, CommandError> {
    if let Entity::Step(x) = &entity {
        if plan.step(&x.id).is_some() {
            return Err(CommandError::StepRecorded(x.id.clone()));
        }
    }
    let problems = check_entity_at(plan, &entity, at);
    if !problems.is_empty() {
        return Err(CommandError::Invalid(problems));
    }
    let kind = entity.kind();
    let id = entity.id().clone();
    // An entity replaced in its place is given back by the fields this
    // change made different, so an undo keeps later changes to the others.
    let replacing = (at.is_none() && exists(plan, kind, &id)).then(|| entity.clone());
    let old: Option<(usize, Entity)> = match entity {
        Entity::Goal(x) => put(&mut plan.goals, x, at).map(|(i, o)| (i, Entity::Goal(o))),
        Entity::Area(x) => put(&mut plan.areas, x, at).map(|(i, o)| (i, Entity::Area(o))),
        Entity::Unit(x) => put(&mut plan.units, x, at).map(|(i, o)| (i, Entity::Unit(o))),
        Entity::Task(x) => put(&mut plan.tasks, x, at).map(|(i, o)| (i, Entity::Task(o))),
        Entity::Project(x) => put(&mut plan.projects, x, at).map(|(i, o)| (i, Entity::Project(o))),
        Entity::Indicator(x) => {
            put(&mut plan.indicators, x, at).map(|(i, o)| (i, Entity::Indicator(o)))
        }
        Entity::Update(x) => {
            if plan.update(&x.id).is_some() {
                return Err(CommandError::ReportImmutable(x.id));
            }
            put(&mut plan.updates, x, at);
            None
        }
        Entity::Step(x) => {
            put(&mut plan.steps, x, at);
            None
        }
        Entity::Notice(x) => put(&mut plan.notices, x, at).map(|(i, o)| (i, Entity::Notice(o))),
    };
    Ok(match (old, replacing) {
        (Some((_, old)), Some(new)) => Command::Edit {
            before: new,
            after: old,
        },
        (Some((i, entity)), None) => Command::Put {
            entity,
            at: Some(i),
        },
        (None, _) => Command::Remove { kind, id },
    })
}

/// Who refers to the entity `kind`/`id`, other than its own progress reports.
pub fn referrers(plan: &Plan, kind: Kind, id: &Id) -> Vec<(Kind, Id)> {
    let mut by = Vec::new();
    match kind {
        Kind::Goal => {
            by.extend(
                plan.areas
                    .iter()
                    .filter(|a| a.goal.as_ref() == Some(id))
                    .map(|a| (Kind::Area, a.id.clone())),
            );
        }
        Kind::Area => {
            by.extend(
                plan.tasks
                    .iter()
                    .filter(|t| &t.area == id)
                    .map(|t| (Kind::Task, t.id.clone())),
            );
            by.extend(
                plan.projects
                    .iter()
                    .filter(|p| p.area.as_ref() == Some(id))
                    .map(|p| (Kind::Project, p.id.clone())),
            );
            by.extend(
                plan.indicators
                    .iter()
                    .filter(|i| i.area.as_ref() == Some(id))
                    .map(|i| (Kind::Indicator, i.id.clone())),
            );
        }
        Kind::Unit => {
            by.extend(
                plan.units
                    .iter()
                    .filter(|u| u.parent.as_ref() == Some(id))
                    .map(|u| (Kind::Unit, u.id.clone())),
            );
            by.extend(
                plan.tasks
                    .iter()
                    .filter(|t| &t.lead == id || t.co_units.contains(id))
                    .map(|t| (Kind::Task, t.id.clone())),
            );
            by.extend(
                plan.projects
                    .iter()
                    .filter(|p| &p.lead == id)
                    .map(|p| (Kind::Project, p.id.clone())),
            );
            by.extend(
                plan.notices
                    .iter()
                    .filter(|n| &n.unit == id)
                    .map(|n| (Kind::Notice, n.id.clone())),
            );
        }
        Kind::Step => {
            // The steps after it on its item rest on it.
            if let Some(at) = plan.steps.iter().position(|s| &s.id == id) {
                let task = &plan.steps[at].task;
                by.extend(
                    plan.steps[at + 1..]
                        .iter()
                        .filter(|s| &s.task == task)
                        .map(|s| (Kind::Step, s.id.clone())),
                );
            }
        }
        Kind::Indicator => {
            by.extend(
                plan.tasks
                    .iter()
                    .filter(|t| t.requirement.indicator.as_ref() == Some(id))
                    .map(|t| (Kind::Task, t.id.clone())),
            );
        }
        Kind::Task | Kind::Project | Kind::Update | Kind::Notice => {}
    }
    by
}

fn remove(plan: &mut Plan, kind: Kind, id: Id) -> Result<Command, CommandError> {
    let by = referrers(plan, kind, &id);
    if !by.is_empty() {
        return Err(CommandError::InUse { kind, id, by });
    }
    let not_found = || CommandError::NotFound(kind, id.clone());
    let (at, entity) = match kind {
        Kind::Goal => take(&mut plan.goals, &id).map(|(i, x)| (i, Entity::Goal(x))),
        Kind::Area => take(&mut plan.areas, &id).map(|(i, x)| (i, Entity::Area(x))),
        Kind::Unit => take(&mut plan.units, &id).map(|(i, x)| (i, Entity::Unit(x))),
        Kind::Task => take(&mut plan.tasks, &id).map(|(i, x)| (i, Entity::Task(x))),
        Kind::Project => take(&mut plan.projects, &id).map(|(i, x)| (i, Entity::Project(x))),
        Kind::Indicator => take(&mut plan.indicators, &id).map(|(i, x)| (i, Entity::Indicator(x))),
        Kind::Update => take_report(&mut plan.updates, &id).map(|(i, x)| (i, Entity::Update(x))),
        Kind::Step => take(&mut plan.steps, &id).map(|(i, x)| (i, Entity::Step(x))),
        Kind::Notice => take(&mut plan.notices, &id).map(|(i, x)| (i, Entity::Notice(x))),
    }
    .ok_or_else(not_found)?;
    let restore = Command::Put {
        entity,
        at: Some(at),
    };
    let subject = match kind {
        Kind::Task => Some(Subject::Task(id)),
        Kind::Project => Some(Subject::Project(id)),
        _ => None,
    };
    let Some(subject) = subject else {
        return Ok(restore);
    };
    // The reports go with their task or project; undo puts them back where they were.
    let mut undo = vec![restore];
    let mut i = 0;
    while i < plan.updates.len() {
        if plan.updates[i].subject == subject {
            let u = plan.updates.remove(i);
            undo.push(Command::Put {
                entity: Entity::Update(u),
                at: Some(i + undo.len() - 1),
            });
        } else {
            i += 1;
        }
    }
    // A task's steps and notices go with it too.
    if let Subject::Task(task) = &subject {
        let mut taken = Vec::new();
        let mut i = 0;
        while i < plan.steps.len() {
            if &plan.steps[i].task == task {
                let s = plan.steps.remove(i);
                taken.push(Command::Put {
                    entity: Entity::Step(s),
                    at: Some(i + taken.len()),
                });
            } else {
                i += 1;
            }
        }
        let mut i = 0;
        let first_notice = taken.len();
        while i < plan.notices.len() {
            if &plan.notices[i].task == task {
                let n = plan.notices.remove(i);
                taken.push(Command::Put {
                    entity: Entity::Notice(n),
                    at: Some(i + taken.len() - first_notice),
                });
            } else {
                i += 1;
            }
        }
        undo.extend(taken);
    }
    Ok(if undo.len() == 1 {
        undo.pop().expect("one command")
    } else {
        Command::Batch(undo)
    })
}

fn move_entity(plan: &mut Plan, kind: Kind, id: Id, to: usize) -> Result<Command, CommandError> {
    let from = match kind {
        Kind::Goal => move_to(&mut plan.goals, &id, to),
        Kind::Area => move_to(&mut plan.areas, &id, to),
        Kind::Unit => move_to(&mut plan.units, &id, to),
        Kind::Task => move_to(&mut plan.tasks, &id, to),
        Kind::Project => move_to(&mut plan.projects, &id, to),
        Kind::Indicator => move_to(&mut plan.indicators, &id, to),
        Kind::Update => move_to(&mut plan.updates, &id, to),
        // An item's steps keep the order they were taken in.
        Kind::Step if exists(plan, kind, &id) => return Err(CommandError::StepRecorded(id)),
        Kind::Step => Err(CommandError::BadPosition(to)),
        Kind::Notice => move_to(&mut plan.notices, &id, to),
    };
    let from = match from {
        Err(CommandError::BadPosition(_)) if !exists(plan, kind, &id) => {
            return Err(CommandError::NotFound(kind, id))
        }
        other => other?,
    };
    Ok(Command::Move { kind, id, to: from })
}

/// Which way "Move up" or "Move down" takes an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
}

/// "Move up" or "Move down" on a task: it changes places with the task
/// directly above or below it in the plan's task list, the order the task
/// table shows when it is not sorted, whatever their key areas (a task's
/// key area is set in its form, never by moving it). Returns the command and
/// the task it passes; `None` when the task is first (for `Up`) or last (for
/// `Down`) in the list, or is not in the plan.
pub fn task_step(plan: &Plan, id: &Id, step: Step) -> Option<(Command, Id)> {
    let here = position(&plan.tasks, id)?;
    let to = match step {
        Step::Up => here.checked_sub(1)?,
        Step::Down => Some(here + 1).filter(|&i| i < plan.tasks.len())?,
    };
    let cmd = Command::Move {
        kind: Kind::Task,
        id: id.clone(),
        to,
    };
    Some((cmd, plan.tasks[to].id.clone()))
}

/// Who makes a change, and when (an ISO 8601 timestamp the shell supplies).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    pub unit: String,
}

/// What `cmd` does to `plan` (before it is applied), as a history entry
/// without author and time.
pub fn describe(plan: &Plan, cmd: &Command) -> Change {
    let entry = |action, kind: Option<Kind>, target: Option<&Id>, label: String| Change {
        at: String::new(),
        by: String::new(),
        unit: String::new(),
        action,
        kind,
        target: target.cloned(),
        label,
        count: 1,
        milestone: None,
        merged_from: Vec::new(),
        read_from: Vec::new(),
    };
    match cmd {
        Command::SetHeader(h) => entry(Action::EditPlan, None, None, h.title.clone()),
        // Described as the entity it makes, put in its place.
        Command::Edit { before, after } => {
            let kind = after.kind();
            let edited = crate::edit::entity_in(plan, kind, after.id())
                .and_then(|now| crate::edit::patch(&now, before, after))
                .unwrap_or_else(|| after.clone());
            describe(
                plan,
                &Command::Put {
                    entity: edited,
                    at: None,
                },
            )
        }
        Command::Put { entity, .. } => {
            let kind = entity.kind();
            let action = match entity {
                Entity::Update(_) => Action::Report,
                Entity::Step(s) => step_action(s.kind),
                Entity::Notice(n) => match plan.notice(&n.id) {
                    None => Action::IssueNotice,
                    Some(old)
                        if old.reply.is_none()
                            && n.reply.is_some()
                            && Notice {
                                reply: None,
                                ..n.clone()
                            } == *old =>
                    {
                        Action::Reply
                    }
                    Some(_) => Action::Edit,
                },
                _ if exists(plan, kind, entity.id()) => Action::Edit,
                _ => Action::Add,
            };
            let label = match entity {
                Entity::Update(u) => subject_label(plan, &u.subject),
                Entity::Step(s) => label_of(plan, Kind::Task, &s.task),
                Entity::Notice(n) => label_of(plan, Kind::Task, &n.task),
                other => entity_label(other),
            };
            let milestone = match entity {
                Entity::Task(new) => plan.task(&new.id).and_then(|old| milestone_note(old, new)),
                _ => None,
            };
            Change {
                milestone,
                ..entry(action, Some(kind), Some(entity.id()), label)
            }
        }
        Command::Remove { kind, id } | Command::Move { kind, id, .. } => {
            let action = if matches!(cmd, Command::Remove { .. }) {
                Action::Delete
            } else {
                Action::Move
            };
            entry(action, Some(*kind), Some(id), label_of(plan, *kind, id))
        }
        Command::Withdraw { update, withdrawal } => {
            let action = if withdrawal.is_some() {
                Action::Withdraw
            } else {
                Action::Reinstate
            };
            let label = plan
                .update(update)
                .map(|u| subject_label(plan, &u.subject))
                .unwrap_or_default();
            entry(action, Some(Kind::Update), Some(update), label)
        }
        // Named by its first part, whose label alone is looked up: a merge
        // is a batch of thousands of reports.
        Command::Batch(cmds) => match cmds.as_slice() {
            [one] => describe(plan, one),
            _ => {
                let label = cmds.first().map(|c| describe(plan, c).label);
                Change {
                    count: cmds.len().max(1),
                    ..entry(
                        Action::Batch,
                        described_kind(cmd),
                        None,
                        label.unwrap_or_default(),
                    )
                }
            }
        },
    }
}

/// The kind of [`describe`]'s entry for `cmd`: a batch's is its parts' when
/// they share one.
fn described_kind(cmd: &Command) -> Option<Kind> {
    match cmd {
        Command::SetHeader(_) => None,
        Command::Put { entity, .. } | Command::Edit { after: entity, .. } => Some(entity.kind()),
        Command::Remove { kind, .. } | Command::Move { kind, .. } => Some(*kind),
        Command::Withdraw { .. } => Some(Kind::Update),
        Command::Batch(cmds) => {
            let kind = cmds.first().and_then(described_kind);
            kind.filter(|_| cmds.iter().all(|c| described_kind(c) == kind))
        }
    }
}

/// What happened to one milestone, when `new` differs from `old` in that
/// alone: one milestone added, removed, marked done or not done, edited, or
/// swapped with its neighbour (named: the one now higher up). `None` when
/// anything else about the task changed too, or several milestones did.
pub fn milestone_note(old: &Task, new: &Task) -> Option<MilestoneNote> {
    let rest = |t: &Task| Task {
        milestones: Vec::new(),
        ..t.clone()
    };
    let (a, b) = (&old.milestones, &new.milestones);
    if a == b || rest(old) != rest(new) {
        return None;
    }
    let note = |m: &Milestone, change| {
        Some(MilestoneNote {
            name: m.name.clone(),
            change,
        })
    };
    // The one element of `long` without which it is `short`.
    let extra = |long: &Vec<Milestone>, short: &Vec<Milestone>| {
        (0..long.len()).find(|&i| long[..i].iter().chain(&long[i + 1..]).eq(short.iter()))
    };
    if b.len() == a.len() + 1 {
        return extra(b, a).and_then(|i| note(&b[i], MilestoneChange::Added));
    }
    if a.len() == b.len() + 1 {
        return extra(a, b).and_then(|i| note(&a[i], MilestoneChange::Removed));
    }
    if a.len() != b.len() {
        return None;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    match *differ.as_slice() {
        [i] => {
            let (was, now) = (&a[i], &b[i]);
            let change = match (was.done, now.done) {
                (None, Some(_)) if was.name == now.name && was.due == now.due => {
                    MilestoneChange::Done
                }
                (Some(_), None) if was.name == now.name && was.due == now.due => {
                    MilestoneChange::Reopened
                }
                _ => MilestoneChange::Edited,
            };
            note(now, change)
        }
        [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i] => note(&b[i], MilestoneChange::Moved),
        _ => None,
    }
}

/// The history's action for recording a step of `kind`.
pub fn step_action(kind: StepKind) -> Action {
    match kind {
        StepKind::Assigned => Action::Assign,
        StepKind::SignedFor => Action::SignFor,
        StepKind::CompletionReported => Action::ReportCompletion,
        StepKind::Accepted => Action::Accept,
        StepKind::Returned => Action::Return,
        StepKind::ClosedOut => Action::CloseOut,
    }
}

fn entity_label(e: &Entity) -> String {
    match e {
        Entity::Goal(x) => x.title.clone(),
        Entity::Area(x) => x.title.clone(),
        Entity::Unit(x) => x.name.clone(),
        Entity::Task(x) => task_label(x),
        Entity::Project(x) => x.name.clone(),
        Entity::Indicator(x) => x.name.clone(),
        Entity::Update(x) => x.id.to_string(),
        Entity::Step(x) => x.id.to_string(),
        Entity::Notice(x) => x.number.clone(),
    }
}

/// A task as the user knows it: its code and title (the title alone when
/// it has no code).
pub fn task_label(t: &Task) -> String {
    if t.code.is_empty() {
        t.title.clone()
    } else {
        format!("{} {}", t.code, t.title)
    }
}

fn subject_label(plan: &Plan, s: &Subject) -> String {
    match s {
        Subject::Task(id) => plan.task(id).map(task_label),
        Subject::Project(id) => plan.project(id).map(|p| p.name.clone()),
    }
    .unwrap_or_default()
}

/// The title or name of an entity in `plan`, or its id if it is gone.
pub fn label_of(plan: &Plan, kind: Kind, id: &Id) -> String {
    let found = match kind {
        Kind::Goal => plan.goal(id).map(|x| x.title.clone()),
        Kind::Area => plan.area(id).map(|x| x.title.clone()),
        Kind::Unit => plan.unit(id).map(|x| x.name.clone()),
        Kind::Task => plan.task(id).map(task_label),
        Kind::Project => plan.project(id).map(|x| x.name.clone()),
        Kind::Indicator => plan.indicator(id).map(|x| x.name.clone()),
        Kind::Update => plan.update(id).map(|u| subject_label(plan, &u.subject)),
        Kind::Step => plan.step(id).map(|s| label_of(plan, Kind::Task, &s.task)),
        Kind::Notice => plan.notice(id).map(|n| label_of(plan, Kind::Task, &n.task)),
    };
    found.unwrap_or_else(|| id.to_string())
}

/// Apply `cmd` and append its history entry. `action` overrides what the
/// entry says the change was. Returns the inverse.
pub fn apply_recorded(
    plan: &mut Plan,
    cmd: Command,
    author: &Author,
    at: &str,
    action: Option<Action>,
) -> Result<Command, CommandError> {
    let mut entry = describe(plan, &cmd);
    if let Some(a) = action {
        entry.action = a;
    }
    apply_as(plan, cmd, author, at, entry)
}

/// Apply `cmd` and record `entry` (its time and author filled in) in the
/// history: undo and redo record what the original change was about, not the
/// shape of its inverse. Returns the inverse.
pub fn apply_as(
    plan: &mut Plan,
    cmd: Command,
    author: &Author,
    at: &str,
    mut entry: Change,
) -> Result<Command, CommandError> {
    let inverse = apply(plan, cmd)?;
    entry.at = at.to_string();
    entry.by = author.name.clone();
    entry.unit = author.unit.clone();
    plan.history.push(entry);
    Ok(inverse)
}

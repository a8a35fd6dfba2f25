//! Merging progress reports and indicator values that arrive from units
//! (unit report files, or full plan files) into the plan on screen.
//!
//! # Rules
//!
//! - A **report** is known by its id, which it keeps from the day it is
//!   recorded. An incoming report whose id the plan (or an earlier incoming
//!   file) already holds with the same content is a *duplicate* and is
//!   counted once, unless it comes *withdrawn* where the plan's copy
//!   stands: the unit withdrew the report it had sent (a mistaken figure,
//!   a completion reported too early), so the merge withdraws it in the
//!   plan too, with the unit's date, name and reason, listed apart before
//!   anything changes. A file never reinstates a withdrawn report: a
//!   standing copy of it is a duplicate. A withdrawn report the plan does
//!   not have comes in withdrawn, as the record of what was sent. The same
//!   id with different content is a *conflict*: reports are never edited, so
//!   the choice is to keep the current one only, or to keep both (the
//!   incoming one is added under a new id). A report under another id
//!   with the same content (the same subject, date, period, figures and
//!   texts: a report typed again, in the office from the unit's e-mail and
//!   then in the unit's own file) is a duplicate too, not a second report.
//! - An **indicator value** is known by its indicator and period. The same
//!   value (and note) again is a duplicate; a different value is a conflict,
//!   and the choice is to keep the current value or take the incoming one.
//! - A **lifecycle step** (signed for, completion reported …) is known by
//!   its id, like a report: the same step again is a duplicate. A new step
//!   is merged when it may follow its item's latest step (in the plan, or
//!   merged from an earlier file) by [`crate::supervision::check_next`];
//!   one that may not (the office already recorded that step itself, or the
//!   file skips one), and one whose id the plan holds with other content,
//!   is *refused*, listed with its problems: a recorded step is never
//!   replaced.
//! - A **reply** to a notice is known by its notice. The same reply again is
//!   a duplicate; a reply to a notice that has none is new; a different
//!   reply to a notice that has one is a conflict, and the choice is to keep
//!   the current reply or take the incoming one. A reply that breaks the
//!   notice's rules (dated before it was issued, empty) is refused.
//! - A **unit's file** adds and withdraws reports only on the tasks and
//!   projects that unit leads (a task's reports are its lead unit's to send
//!   and to take back): one it would add or withdraw on another unit's item
//!   is *refused*, with the lead unit named; the same report again is a
//!   duplicate, whoever sends it. A whole plan file is not held to this.
//! - Reports on tasks or projects, values of indicators, steps on items and
//!   replies to notices that the plan does not have are listed as
//!   *unmatched* and not merged.
//! - Nothing is dropped silently: every incoming item is counted as new,
//!   duplicate, conflict, refused or unmatched.
//!
//! Merging the same files again adds nothing (idempotent), and files without
//! conflicts give the same reports and values in whatever order they come.
//! [`merge_command`] turns a preview and the user's choices into one
//! [`Command::Batch`], so a merge is one undoable change in the history.

use crate::command::Command;
use crate::model::{Actual, Id, Indicator, Notice, Plan, Reply, Step, Subject, Update};
use crate::period::Period;
use crate::query::{project_positions, task_positions};
use crate::validate::{check_entity, Entity, Problem};
use rustc_hash::FxHashMap;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// What one file brings: progress reports, indicator values, lifecycle
/// steps and replies to notices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contribution {
    /// The unit whose file it is, for a unit's report file: its reports
    /// on items it does not lead are refused where they would add or
    /// withdraw one. `None` for a whole plan file.
    pub unit: Option<Id>,
    pub updates: Vec<Update>,
    pub values: Vec<IndicatorValue>,
    pub steps: Vec<Step>,
    pub replies: Vec<NoticeReply>,
}

/// A unit's reply to one notice, as a file carries it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoticeReply {
    pub notice: Id,
    pub reply: Reply,
}

impl Contribution {
    /// The reports and values of a whole plan (to merge a full plan file).
    pub fn of_plan(plan: &Plan) -> Contribution {
        Contribution {
            unit: None,
            updates: plan.updates.clone(),
            values: plan
                .indicators
                .iter()
                .flat_map(|i| {
                    i.actuals.iter().map(|a| IndicatorValue {
                        indicator: i.id.clone(),
                        actual: a.clone(),
                    })
                })
                .collect(),
            steps: plan.steps.clone(),
            replies: plan
                .notices
                .iter()
                .filter_map(|n| {
                    n.reply.clone().map(|reply| NoticeReply {
                        notice: n.id.clone(),
                        reply,
                    })
                })
                .collect(),
        }
    }
}

/// One value of one indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorValue {
    pub indicator: Id,
    pub actual: Actual,
}

/// Where an item in a preview came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The plan as it is.
    Plan,
    /// The n-th incoming file (0-based).
    File(usize),
}

/// Two different things under one key.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// Two reports with one id and different content.
    Report {
        current: Box<Update>,
        current_from: Source,
        incoming: Box<Update>,
        incoming_from: usize,
    },
    /// Two values for one indicator and period.
    Value {
        indicator: Id,
        current: Actual,
        current_from: Source,
        incoming: Actual,
        incoming_from: usize,
    },
    /// Two replies to one notice.
    Reply {
        notice: Id,
        current: Reply,
        current_from: Source,
        incoming: Reply,
        incoming_from: usize,
    },
}

impl Conflict {
    /// The id of what the conflict is over: a report, an indicator or a
    /// notice. Conflicts over different ones are never the same.
    fn over(&self) -> &Id {
        match self {
            Conflict::Report { current, .. } => &current.id,
            Conflict::Value { indicator, .. } => indicator,
            Conflict::Reply { notice, .. } => notice,
        }
    }

    /// The file the incoming item came from.
    pub fn incoming_from(&self) -> usize {
        match self {
            Conflict::Report { incoming_from, .. }
            | Conflict::Value { incoming_from, .. }
            | Conflict::Reply { incoming_from, .. } => *incoming_from,
        }
    }
}

/// An incoming item that cannot be merged as it is, with why.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    /// A report a unit's file would add or withdraw on a task or project
    /// another unit leads (`lead`): a task's reports are its lead unit's to
    /// send and to take back.
    Report {
        update: Box<Update>,
        from: usize,
        lead: Id,
    },
    /// A step that may not follow its item's latest step, or whose id the
    /// plan holds with other content.
    Step {
        step: Step,
        from: usize,
        problems: Vec<Problem>,
    },
    /// A reply that breaks its notice's rules.
    Reply {
        reply: NoticeReply,
        from: usize,
        problems: Vec<Problem>,
    },
}

/// An incoming item the plan has nothing to attach to.
#[derive(Clone, Debug, PartialEq)]
pub enum Unmatched {
    /// A report on a task or project not in the plan.
    Report { update: Box<Update>, from: usize },
    /// A value of an indicator not in the plan.
    Value { value: IndicatorValue, from: usize },
    /// A step on an item not in the plan.
    Step { step: Step, from: usize },
    /// A reply to a notice not in the plan.
    Reply { reply: NoticeReply, from: usize },
}

/// What merging would do, before anything changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePreview {
    /// Reports to add, with the file each came from.
    pub new_updates: Vec<(Update, usize)>,
    pub duplicate_updates: usize,
    /// Values to add, with the file each came from.
    pub new_values: Vec<(IndicatorValue, usize)>,
    pub duplicate_values: usize,
    /// Steps to add, in the order they are recorded, with their files.
    pub new_steps: Vec<(Step, usize)>,
    pub duplicate_steps: usize,
    /// Replies to record on notices that have none.
    pub new_replies: Vec<(NoticeReply, usize)>,
    pub duplicate_replies: usize,
    /// Reports the plan (or an earlier file) holds standing that a file
    /// brings withdrawn: the file's copy, with its withdrawal, and the file.
    pub withdrawals: Vec<(Update, usize)>,
    pub conflicts: Vec<Conflict>,
    pub refused: Vec<Refused>,
    pub unmatched: Vec<Unmatched>,
}

impl MergePreview {
    /// True when the files brought nothing at all: no report, value, step
    /// or reply, new or already in the plan (a unit's file of a period it
    /// did not report in).
    pub fn files_hold_nothing(&self) -> bool {
        self.is_empty()
            && self.duplicate_updates == 0
            && self.duplicate_values == 0
            && self.duplicate_steps == 0
            && self.duplicate_replies == 0
    }

    /// True when merging would change nothing and there is nothing to decide.
    pub fn is_empty(&self) -> bool {
        self.new_updates.is_empty()
            && self.withdrawals.is_empty()
            && self.new_values.is_empty()
            && self.new_steps.is_empty()
            && self.new_replies.is_empty()
            && self.conflicts.is_empty()
            && self.refused.is_empty()
            && self.unmatched.is_empty()
    }
}

/// The user's choice for a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Resolution {
    /// Keep what is there; the incoming item is not merged.
    #[default]
    KeepCurrent,
    /// Reports: keep both, the incoming one under a new id.
    /// Values and replies: take the incoming one.
    TakeIncoming,
}

/// Two reports are the same report when everything but a withdrawal
/// matches, the reporting period read as `plan` reads it: a report from a
/// file without periods is the same as its copy that names the period of
/// its date.
fn same_report(plan: &Plan, a: &Update, b: &Update) -> bool {
    a.id == b.id && typed_again(plan, a, b)
}

/// The id a report's subject names (a task's or a project's; the chains of
/// the two kinds may meet, as [`typed_again`] compares the subjects).
fn subject_id(s: &Subject) -> &Id {
    match s {
        Subject::Task(id) | Subject::Project(id) => id,
    }
}

/// `b` is `a` typed again under another id: everything but the id and a
/// withdrawal matches, the period read as `plan` reads it. Every field is
/// named, so a field added to a report must be weighed here; nothing is
/// copied (a merge compares thousands of reports).
fn typed_again(plan: &Plan, a: &Update, b: &Update) -> bool {
    let Update {
        id: _,
        subject,
        date,
        period: _,
        progress,
        status,
        completed_on,
        narrative,
        problems,
        next_steps,
        reporter,
        evidence,
        withdrawn: _,
    } = a;
    *subject == b.subject
        && *date == b.date
        && *progress == b.progress
        && *status == b.status
        && *completed_on == b.completed_on
        && *narrative == b.narrative
        && *problems == b.problems
        && *next_steps == b.next_steps
        && *reporter == b.reporter
        && *evidence == b.evidence
        && plan.report_period(a) == plan.report_period(b)
}

/// Of `reports` about to be recorded, whether each is already in the plan
/// as a standing report typed again ([`typed_again`]): a unit's sheet of
/// reports saved a second time with the same day, period and figures. One
/// pass over the plan's reports, whatever the number of new ones.
pub fn recorded_already(plan: &Plan, reports: &[Update]) -> Vec<bool> {
    // The new reports by their task's place in the plan (the tasks' index
    // the views already build); one on a project is looked for in turn.
    let at = crate::query::task_positions(plan);
    let place = |s: &Subject| match s {
        Subject::Task(id) => at.get(id).copied(),
        Subject::Project(_) => None,
    };
    let mut by_task: Vec<Vec<usize>> = vec![Vec::new(); plan.tasks.len()];
    let mut others = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        match place(&r.subject) {
            Some(t) => by_task[t].push(i),
            None => others.push(i),
        }
    }
    let mut found = vec![false; reports.len()];
    for u in plan.updates.iter().filter(|u| u.withdrawn.is_none()) {
        let mine = place(&u.subject).map_or(&others, |t| &by_task[t]);
        for &i in mine {
            found[i] = found[i] || typed_again(plan, u, &reports[i]);
        }
    }
    found
}

/// Everything but a withdrawal matches, as written.
fn same_content(a: &Update, b: &Update) -> bool {
    Update {
        withdrawn: None,
        ..a.clone()
    } == Update {
        withdrawn: None,
        ..b.clone()
    }
}

/// What merging `files` into `plan`, in that order, would do.
pub fn preview(plan: &Plan, files: &[Contribution]) -> MergePreview {
    let mut out = MergePreview::default();
    // The plan's tasks and projects, and every report by id, indexed once:
    // a province's office merges thousands of reports into a plan of
    // 10,000 tasks and a year of reports, and a search of those lists for
    // each incoming report made a merge cost reports × the plan.
    let tasks = task_positions(plan);
    let projects = project_positions(plan);
    let subject_exists = |subject: &Subject| match subject {
        Subject::Task(id) => tasks.contains_key(id),
        Subject::Project(id) => projects.contains_key(id),
    };
    let lead_of = |subject: &Subject| match subject {
        Subject::Task(id) => tasks.get(id).map(|&i| &plan.tasks[i].lead),
        Subject::Project(id) => projects.get(id).map(|&i| &plan.projects[i].lead),
    };
    // Every report met so far (the plan's, then the files'), and where each
    // id's is in that list.
    let mut met: Vec<(&Update, Source)> = plan.updates.iter().map(|u| (u, Source::Plan)).collect();
    let mut reports: FxHashMap<&Id, usize> = FxHashMap::default();
    // And the reports on each subject, as a chain through `met`: the last
    // one met by its subject's id, each the one before (`earlier`). A report
    // typed again under a new id is found along its subject's chain.
    let mut last_on: FxHashMap<&Id, usize> = FxHashMap::default();
    let mut earlier: Vec<usize> = Vec::with_capacity(plan.updates.len());
    for (i, u) in plan.updates.iter().enumerate() {
        reports.insert(&u.id, i);
        earlier.push(
            last_on
                .insert(subject_id(&u.subject), i)
                .unwrap_or(usize::MAX),
        );
    }
    let mut values: HashMap<(Id, Period), (Actual, Source)> = plan
        .indicators
        .iter()
        .flat_map(|i| {
            i.actuals
                .iter()
                .map(|a| ((i.id.clone(), a.period), (a.clone(), Source::Plan)))
        })
        .collect();
    let mut steps: HashMap<Id, &Step> = plan.steps.iter().map(|s| (s.id.clone(), s)).collect();
    let mut latest: HashMap<&Id, &Step> = HashMap::default();
    for s in &plan.steps {
        latest.insert(&s.task, s);
    }
    let mut replies: HashMap<Id, (Reply, Source)> = plan
        .notices
        .iter()
        .filter_map(|n| Some((n.id.clone(), (n.reply.clone()?, Source::Plan))))
        .collect();
    // The conflicts so far by what they are over (a round's corrected files
    // can bring tens of thousands).
    let mut conflicts = Chains::default();
    for (n, file) in files.iter().enumerate() {
        for u in &file.updates {
            if !subject_exists(&u.subject) {
                out.unmatched.push(Unmatched::Report {
                    update: Box::new(u.clone()),
                    from: n,
                });
                continue;
            }
            // A unit's file adds and withdraws reports on what it leads
            // only; the same report again is a duplicate whoever sends it.
            let other_lead = file
                .unit
                .as_ref()
                .and_then(|unit| lead_of(&u.subject).filter(|&lead| lead != unit));
            let refuse = |out: &mut MergePreview, lead: &Id| {
                out.refused.push(Refused::Report {
                    update: Box::new(u.clone()),
                    from: n,
                    lead: lead.clone(),
                })
            };
            match reports.get(&u.id).map(|&i| (i, met[i])) {
                Some((_, (current, _)))
                    if other_lead.is_some()
                        && !(same_report(plan, current, u)
                            && (u.withdrawn.is_none() || current.withdrawn.is_some())) =>
                {
                    refuse(&mut out, other_lead.expect("matched"));
                }
                Some((i, (current, _))) if same_report(plan, current, u) => {
                    if u.withdrawn.is_some() && current.withdrawn.is_none() {
                        met[i] = (u, Source::File(n));
                        out.withdrawals.push((u.clone(), n));
                    } else {
                        out.duplicate_updates += 1;
                    }
                }
                Some((_, (current, from))) => {
                    let conflict = Conflict::Report {
                        current: Box::new(current.clone()),
                        current_from: from,
                        incoming: Box::new(u.clone()),
                        incoming_from: n,
                    };
                    if !conflicts.add(&mut out.conflicts, &u.id, conflict) {
                        out.duplicate_updates += 1;
                    }
                }
                None => {
                    let mut at = last_on
                        .get(subject_id(&u.subject))
                        .copied()
                        .unwrap_or(usize::MAX);
                    while let Some((known, _)) = met.get(at) {
                        if typed_again(plan, known, u) {
                            break;
                        }
                        at = earlier[at];
                    }
                    if at != usize::MAX {
                        out.duplicate_updates += 1;
                        continue;
                    }
                    if let Some(lead) = other_lead {
                        refuse(&mut out, lead);
                        continue;
                    }
                    earlier.push(
                        last_on
                            .insert(subject_id(&u.subject), met.len())
                            .unwrap_or(usize::MAX),
                    );
                    reports.insert(&u.id, met.len());
                    met.push((u, Source::File(n)));
                    out.new_updates.push((u.clone(), n));
                }
            }
        }
        for v in &file.values {
            if plan.indicator(&v.indicator).is_none() {
                out.unmatched.push(Unmatched::Value {
                    value: v.clone(),
                    from: n,
                });
                continue;
            }
            let key = (v.indicator.clone(), v.actual.period);
            match values.get(&key) {
                Some((current, _)) if current == &v.actual => out.duplicate_values += 1,
                Some((current, from)) => {
                    let conflict = Conflict::Value {
                        indicator: v.indicator.clone(),
                        current: current.clone(),
                        current_from: *from,
                        incoming: v.actual.clone(),
                        incoming_from: n,
                    };
                    if !conflicts.add(&mut out.conflicts, &v.indicator, conflict) {
                        out.duplicate_values += 1;
                    }
                }
                None => {
                    values.insert(key, (v.actual.clone(), Source::File(n)));
                    out.new_values.push((v.clone(), n));
                }
            }
        }
        for s in &file.steps {
            if !tasks.contains_key(&s.task) {
                out.unmatched.push(Unmatched::Step {
                    step: s.clone(),
                    from: n,
                });
                continue;
            }
            let refuse = |out: &mut MergePreview, problems| {
                out.refused.push(Refused::Step {
                    step: s.clone(),
                    from: n,
                    problems,
                })
            };
            match steps.get(&s.id) {
                Some(current) if *current == s => out.duplicate_steps += 1,
                Some(_) => refuse(
                    &mut out,
                    vec![Problem {
                        path: "id".into(),
                        kind: crate::validate::ProblemKind::DuplicateId(s.id.clone()),
                    }],
                ),
                None => {
                    let problems: Vec<Problem> =
                        crate::supervision::check_next(latest.get(&s.task).copied(), s)
                            .into_iter()
                            .map(|(field, kind)| Problem {
                                path: field.into(),
                                kind,
                            })
                            .collect();
                    if problems.is_empty() {
                        steps.insert(s.id.clone(), s);
                        latest.insert(&s.task, s);
                        out.new_steps.push((s.clone(), n));
                    } else {
                        refuse(&mut out, problems);
                    }
                }
            }
        }
        for r in &file.replies {
            let Some(notice) = plan.notice(&r.notice) else {
                out.unmatched.push(Unmatched::Reply {
                    reply: r.clone(),
                    from: n,
                });
                continue;
            };
            match replies.get(&r.notice) {
                Some((current, _)) if *current == r.reply => out.duplicate_replies += 1,
                Some((current, from)) => {
                    let conflict = Conflict::Reply {
                        notice: r.notice.clone(),
                        current: current.clone(),
                        current_from: *from,
                        incoming: r.reply.clone(),
                        incoming_from: n,
                    };
                    if !conflicts.add(&mut out.conflicts, &r.notice, conflict) {
                        out.duplicate_replies += 1;
                    }
                }
                None => {
                    let problems = reply_problems(plan, notice, &r.reply);
                    if problems.is_empty() {
                        replies.insert(r.notice.clone(), (r.reply.clone(), Source::File(n)));
                        out.new_replies.push((r.clone(), n));
                    } else {
                        out.refused.push(Refused::Reply {
                            reply: r.clone(),
                            from: n,
                            problems,
                        });
                    }
                }
            }
        }
    }
    out
}

/// What is wrong with `reply` on `notice` (paths from the notice).
fn reply_problems(plan: &Plan, notice: &Notice, reply: &Reply) -> Vec<Problem> {
    check_entity(
        plan,
        &Entity::Notice(Notice {
            reply: Some(reply.clone()),
            ..notice.clone()
        }),
    )
}

/// The one command that merges `preview` into `plan`, with `resolutions`
/// given for `preview.conflicts` in order (missing ones keep the current
/// item). `new_id` makes the id of a report kept beside a conflicting one.
/// `None` when there is nothing to change.
pub fn merge_command(
    plan: &Plan,
    preview: &MergePreview,
    resolutions: &[Resolution],
    mut new_id: impl FnMut() -> Id,
) -> Option<Command> {
    let mut commands: Vec<Command> = preview
        .new_updates
        .iter()
        .map(|(u, _)| Command::Put {
            entity: Entity::Update(u.clone()),
            at: None,
        })
        .collect();
    // After the reports put: a file may withdraw a report an earlier one brought.
    commands.extend(preview.withdrawals.iter().map(|(u, _)| Command::Withdraw {
        update: u.id.clone(),
        withdrawal: u.withdrawn.clone(),
    }));
    commands.extend(preview.new_steps.iter().map(|(s, _)| Command::Put {
        entity: Entity::Step(s.clone()),
        at: None,
    }));
    // Replies: each notice's new reply in one Put.
    let mut notices: Vec<Notice> = Vec::new();
    let mut set_reply = |r: &NoticeReply| {
        if let Some(n) = plan.notice(&r.notice) {
            match notices.iter_mut().find(|x| x.id == r.notice) {
                Some(x) => x.reply = Some(r.reply.clone()),
                None => notices.push(Notice {
                    reply: Some(r.reply.clone()),
                    ..n.clone()
                }),
            }
        }
    };
    for (r, _) in &preview.new_replies {
        set_reply(r);
    }
    // Indicator values: every change to one indicator in one Put.
    let mut indicators: Vec<Indicator> = Vec::new();
    let mut set_value = |id: &Id, actual: &Actual| {
        let slot = match indicators.iter().position(|i| &i.id == id) {
            Some(i) => i,
            None => match plan.indicator(id) {
                Some(ind) => {
                    indicators.push(ind.clone());
                    indicators.len() - 1
                }
                None => return,
            },
        };
        let actuals = &mut indicators[slot].actuals;
        match actuals.iter_mut().find(|a| a.period == actual.period) {
            Some(a) => *a = actual.clone(),
            None => actuals.push(actual.clone()),
        }
    };
    for (v, _) in &preview.new_values {
        set_value(&v.indicator, &v.actual);
    }
    for (i, conflict) in preview.conflicts.iter().enumerate() {
        if resolutions.get(i).copied().unwrap_or_default() != Resolution::TakeIncoming {
            continue;
        }
        match conflict {
            Conflict::Report { incoming, .. } => commands.push(Command::Put {
                entity: Entity::Update(Update {
                    id: new_id(),
                    ..(**incoming).clone()
                }),
                at: None,
            }),
            Conflict::Value {
                indicator,
                incoming,
                ..
            } => set_value(indicator, incoming),
            Conflict::Reply {
                notice, incoming, ..
            } => set_reply(&NoticeReply {
                notice: notice.clone(),
                reply: incoming.clone(),
            }),
        }
    }
    commands.extend(notices.into_iter().map(|n| Command::Put {
        entity: Entity::Notice(n),
        at: None,
    }));
    commands.extend(indicators.into_iter().map(|ind| Command::Put {
        entity: Entity::Indicator(ind),
        at: None,
    }));
    (!commands.is_empty()).then_some(Command::Batch(commands))
}

/// The new items of a preview as a compact list: reports counted by the task
/// or project they are on, values listed by indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewItems {
    /// Each task or project with its number of new reports: tasks in the
    /// plan's order, then projects in the plan's order.
    pub reports: Vec<(Subject, usize)>,
    /// Each indicator with the periods of its new values (sorted), in the
    /// plan's order.
    pub values: Vec<(Id, Vec<Period>)>,
}

/// Group `preview`'s new reports and values for the compact list.
pub fn new_items(plan: &Plan, preview: &MergePreview) -> NewItems {
    let mut reports: HashMap<&Subject, usize> = HashMap::default();
    for (u, _) in &preview.new_updates {
        *reports.entry(&u.subject).or_default() += 1;
    }
    // Where each task and project stands, found once: a province's merge
    // brings reports on 10,000 tasks.
    let (tasks, projects) = (task_positions(plan), project_positions(plan));
    let place = |s: &Subject| match s {
        Subject::Task(id) => (0, tasks.get(id).copied()),
        Subject::Project(id) => (1, projects.get(id).copied()),
    };
    let mut reports: Vec<((usize, Option<usize>), Subject, usize)> = reports
        .into_iter()
        .map(|(s, n)| (place(s), s.clone(), n))
        .collect();
    crate::order::sort_by_key(&mut reports, |(place, _, _)| *place);
    let reports = reports.into_iter().map(|(_, s, n)| (s, n)).collect();
    let mut values: Vec<(Id, Vec<Period>)> = Vec::new();
    for (v, _) in &preview.new_values {
        match values.iter_mut().find(|(id, _)| id == &v.indicator) {
            Some((_, periods)) => periods.push(v.actual.period),
            None => values.push((v.indicator.clone(), vec![v.actual.period])),
        }
    }
    for (_, periods) in &mut values {
        crate::order::sort_by_key(periods, |p| crate::indicator_progress::value_order(*p));
    }
    crate::order::sort_by_key(&mut values, |(id, _)| {
        plan.indicators.iter().position(|i| &i.id == id)
    });
    NewItems { reports, values }
}

/// What a merge with these choices does, counted for the message after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeTally {
    /// Reports added: the new ones and those kept beside a conflicting one.
    pub reports_added: usize,
    /// Reports withdrawn as their files say.
    pub reports_withdrawn: usize,
    /// Values added: the new ones.
    pub values_added: usize,
    /// Values replaced by an incoming one.
    pub values_replaced: usize,
    /// Lifecycle steps added.
    pub steps_added: usize,
    /// Replies recorded on notices that had none.
    pub replies_added: usize,
    /// Replies replaced by an incoming one.
    pub replies_replaced: usize,
    /// Steps and replies that could not be merged (listed with why).
    pub refused: usize,
    /// Reports and values already in the plan (or in an earlier file).
    pub already_here: usize,
    /// Conflicts decided, one disagreement arriving in several files counted
    /// once (every conflict is decided: the default keeps the current item).
    pub conflicts_resolved: usize,
    /// Items for things the plan lacks, left out.
    pub unmatched: usize,
}

impl MergeTally {
    /// True when the merge changes nothing in the plan.
    pub fn changes_nothing(&self) -> bool {
        self.reports_added == 0
            && self.reports_withdrawn == 0
            && self.values_added == 0
            && self.values_replaced == 0
            && self.steps_added == 0
            && self.replies_added == 0
            && self.replies_replaced == 0
    }
}

/// Count what merging `preview` with `resolutions` (in conflict order,
/// missing ones keep the current item) does; agrees with [`merge_command`].
pub fn tally(preview: &MergePreview, resolutions: &[Resolution]) -> MergeTally {
    let mut out = MergeTally {
        reports_added: preview.new_updates.len(),
        reports_withdrawn: preview.withdrawals.len(),
        values_added: preview.new_values.len(),
        steps_added: preview.new_steps.len(),
        replies_added: preview.new_replies.len(),
        refused: preview.refused.len(),
        already_here: preview.duplicate_updates
            + preview.duplicate_values
            + preview.duplicate_steps
            + preview.duplicate_replies,
        conflicts_resolved: conflict_groups(preview).len(),
        unmatched: preview.unmatched.len(),
        ..MergeTally::default()
    };
    for (i, conflict) in preview.conflicts.iter().enumerate() {
        if resolutions.get(i).copied().unwrap_or_default() != Resolution::TakeIncoming {
            continue;
        }
        match conflict {
            Conflict::Report { .. } => out.reports_added += 1,
            Conflict::Value { .. } => out.values_replaced += 1,
            Conflict::Reply { .. } => out.replies_replaced += 1,
        }
    }
    out
}

/// True when two conflicts are one disagreement arriving from different
/// files: the same current item against the same incoming content.
fn same_disagreement(a: &Conflict, b: &Conflict) -> bool {
    match (a, b) {
        (
            Conflict::Report {
                current: c1,
                incoming: i1,
                ..
            },
            Conflict::Report {
                current: c2,
                incoming: i2,
                ..
            },
        ) => c1 == c2 && same_content(i1, i2),
        (
            Conflict::Value {
                indicator: x1,
                current: c1,
                incoming: i1,
                ..
            },
            Conflict::Value {
                indicator: x2,
                current: c2,
                incoming: i2,
                ..
            },
        ) => x1 == x2 && c1 == c2 && i1 == i2,
        (
            Conflict::Reply {
                notice: x1,
                current: c1,
                incoming: i1,
                ..
            },
            Conflict::Reply {
                notice: x2,
                current: c2,
                incoming: i2,
                ..
            },
        ) => x1 == x2 && c1 == c2 && i1 == i2,
        _ => false,
    }
}

/// Items listed by the id of what each is over, each id's newest first:
/// where the newest stands, and for each item where the one before it over
/// the same id stands.
#[derive(Default)]
struct Chains<'a> {
    newest: FxHashMap<&'a Id, usize>,
    before: Vec<Option<usize>>,
}

impl<'a> Chains<'a> {
    /// Where the items over `id` stand, newest first.
    fn over(&self, id: &Id) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.newest.get(id).copied(), |&i| self.before[i])
    }

    /// Note that the item at `at` is over `id`.
    fn push(&mut self, id: &'a Id, at: usize) {
        self.before.push(self.newest.insert(id, at));
    }

    /// Add `conflict` (over `id`) to `all` unless the same one came before
    /// (from another file); whether it was added.
    fn add(&mut self, all: &mut Vec<Conflict>, id: &'a Id, conflict: Conflict) -> bool {
        if self.over(id).any(|i| all[i] == conflict) {
            return false;
        }
        self.push(id, all.len());
        all.push(conflict);
        true
    }
}

/// `preview`'s conflicts grouped so that one disagreement arriving in
/// several files (two units sending the same revised report) is shown and
/// decided once. Each group lists indices into `preview.conflicts`, in the
/// order they first appear.
pub fn conflict_groups(preview: &MergePreview) -> Vec<Vec<usize>> {
    let all = &preview.conflicts;
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // The groups over each id, each group by its first conflict.
    let mut over = Chains::default();
    for (i, c) in all.iter().enumerate() {
        let same = over
            .over(c.over())
            .find(|&g| same_disagreement(&all[groups[g][0]], c));
        match same {
            Some(g) => groups[g].push(i),
            None => {
                over.push(c.over(), groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
}

/// One resolution per conflict of `preview` (for [`merge_command`] and
/// [`tally`]) from one choice per group of [`conflict_groups`] (missing
/// ones keep the current item). Only a group's first conflict takes the
/// incoming item, so a report kept beside the current one is added once.
pub fn group_resolutions(
    preview: &MergePreview,
    groups: &[Vec<usize>],
    choices: &[Resolution],
) -> Vec<Resolution> {
    let mut out = vec![Resolution::KeepCurrent; preview.conflicts.len()];
    for (group, choice) in groups.iter().zip(choices) {
        if let Some(&first) = group.first() {
            if let Some(slot) = out.get_mut(first) {
                *slot = *choice;
            }
        }
    }
    out
}

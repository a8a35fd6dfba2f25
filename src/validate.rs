//! The rules a plan keeps: ids unique, references resolving, dates in order,
//! numbers finite and in range. Used by the import gate on whole plans and by
//! [`crate::command::apply`] on each entity a command brings in.
//!
//! A problem names where it is (a path like `tasks[3].lead`) and what is wrong
//! as data; the message text comes from the i18n catalogs.

use crate::model::*;
use rustc_hash::FxHashSet;
use rustc_hash::FxHashSet as HashSet;
use std::fmt;

pub use crate::model::Kind;

/// What is wrong at a place in a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A required text is empty.
    Empty,
    /// The id is used twice in the same list.
    DuplicateId(Id),
    /// Two tasks share a code.
    DuplicateCode(String),
    /// A reference to an entity that does not exist.
    Missing(Kind, Id),
    /// An end date before its start date.
    EndBeforeStart,
    /// A number that is NaN or infinite.
    NotFinite,
    /// A number below zero where only zero or more makes sense.
    Negative,
    /// A percentage outside 0–100.
    PercentOutOfRange,
    /// A unit that is its own ancestor.
    UnitCycle,
    /// A reporting period not written as 2023, 2023-Q2, 2023-H1 or 2023-06.
    BadPeriod(String),
    /// Weights that add up to zero, so nothing can be weighed.
    ZeroWeights,
    /// A whole number above the largest allowed.
    AboveMax(u32),
    /// The lagging (red) threshold below the at-risk (yellow) one: a task
    /// could turn red before it turns yellow.
    LaggingBelowAtRisk,
    /// A lifecycle step that may not follow the item's latest step (`None`:
    /// the item has no step yet). See [`crate::supervision`].
    StepNotAllowed { after: Option<StepKind> },
    /// A date before the one it must not precede: the item's previous
    /// step, or the day a notice was issued.
    DateBefore(Date),
    /// Two notices share a number.
    DuplicateNumber(String),
    /// Another unit has this name (spaces and case aside): a new or renamed
    /// unit could not be told from it in any list. Plans that already have
    /// two such units still open.
    DuplicateName(String),
    /// A progress report dated after today (the day given).
    AfterToday(Date),
    /// A progress report dated before its plan starts (the plan's first
    /// day given): a year mistyped (2023 for 2024).
    BeforePlanStart(Date),
    /// A project's actual start or completion after today (the day given).
    ActualAfterToday(Date),
    /// A report's day of completion after the report's own date (given).
    AfterReport(Date),
    /// An amount above [`MAX_AMOUNT`] 万元: extra zeros, or yuan typed where
    /// 万元 are asked.
    AmountTooLarge,
    /// A project's year target above its total investment (given, 万元).
    AboveTotal(f64),
}

/// One problem: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.path, self.kind)
    }
}

struct Checker<'a> {
    plan: &'a Plan,
    out: Vec<Problem>,
    /// Every entity's kind and id, when a whole plan is checked: references
    /// are looked up here in constant time instead of along each list (a
    /// province's 120,000 reports each name one of 10,000 tasks).
    index: Option<FxHashSet<(Kind, &'a str)>>,
}

/// Where an entity is in the plan: a list and an index (`tasks[3]`), a
/// part of the plan's header (`thresholds`), or the top (an entity checked
/// on its own, or the plan's own fields). Written out only for a problem
/// found, so a plan that keeps every rule is checked without allocating a
/// path per entity.
#[derive(Clone, Copy)]
struct At<'a>(&'a str, Option<usize>);

/// The top: the plan's own fields, or an entity checked on its own.
const TOP: At<'static> = At("", None);

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(i) => write!(f, "{}[{i}]", self.0),
            None => f.write_str(self.0),
        }
    }
}

impl Checker<'_> {
    /// A problem with `field` of the entity at `path`.
    fn push(&mut self, path: At, field: impl fmt::Display, kind: ProblemKind) {
        let path = if path.0.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        };
        self.out.push(Problem { path, kind });
    }

    fn text(&mut self, path: At, field: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(path, field, ProblemKind::Empty);
        }
    }

    fn amount(&mut self, path: At, field: &str, x: f64) {
        if !x.is_finite() {
            self.push(path, field, ProblemKind::NotFinite);
        } else if x < 0.0 {
            self.push(path, field, ProblemKind::Negative);
        }
    }

    fn finite(&mut self, path: At, field: &str, x: f64) {
        if !x.is_finite() {
            self.push(path, field, ProblemKind::NotFinite);
        }
    }

    fn order(&mut self, path: At, field: &str, start: Option<Date>, end: Option<Date>) {
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                self.push(path, field, ProblemKind::EndBeforeStart);
            }
        }
    }

    fn exists(&mut self, path: At, field: impl fmt::Display, kind: Kind, id: &Id) {
        if id.as_str().trim().is_empty() {
            // Nothing chosen: say "required", not "no unit with id ''".
            self.push(path, field, ProblemKind::Empty);
        } else if !match &self.index {
            Some(index) => index.contains(&(kind, id.as_str())),
            None => exists(self.plan, kind, id),
        } {
            self.push(path, field, ProblemKind::Missing(kind, id.clone()));
        }
    }

    fn header(&mut self) {
        let p = self.plan;
        self.text(TOP, "id", p.id.as_str());
        self.text(TOP, "title", &p.title);
        self.order(TOP, "end", Some(p.start), Some(p.end));
        if p.grace_days > crate::model::MAX_GRACE_DAYS {
            self.push(
                TOP,
                "grace_days",
                ProblemKind::AboveMax(crate::model::MAX_GRACE_DAYS),
            );
        }
        let t = &p.thresholds;
        self.amount(At("thresholds", None), "at_risk_lag", t.at_risk_lag);
        self.amount(At("thresholds", None), "lagging_lag", t.lagging_lag);
        if t.lagging_lag.is_finite() && t.at_risk_lag.is_finite() && t.lagging_lag < t.at_risk_lag {
            self.push(
                At("thresholds", None),
                "lagging_lag",
                ProblemKind::LaggingBelowAtRisk,
            );
        }
        if p.supervision.sign_within_days.unwrap_or(0) > crate::model::MAX_SIGN_DAYS {
            self.push(
                At("supervision", None),
                "sign_within_days",
                ProblemKind::AboveMax(crate::model::MAX_SIGN_DAYS),
            );
        }
        let e = &p.evaluation;
        self.amount(At("evaluation", None), "on_time_weight", e.on_time_weight);
        self.amount(At("evaluation", None), "progress_weight", e.progress_weight);
        self.amount(
            At("evaluation", None),
            "reporting_weight",
            e.reporting_weight,
        );
        self.amount(At("evaluation", None), "notices_weight", e.notices_weight);
        let weights = [
            e.on_time_weight,
            e.progress_weight,
            e.reporting_weight,
            e.notices_weight,
        ];
        if weights.iter().all(|w| w.is_finite() && *w >= 0.0) && e.total_weight() <= 0.0 {
            self.push(TOP, "evaluation", ProblemKind::ZeroWeights);
        }
    }

    fn goal(&mut self, path: At, g: &Goal) {
        self.text(path, "id", g.id.as_str());
        self.text(path, "title", &g.title);
    }

    fn area(&mut self, path: At, a: &KeyArea) {
        self.text(path, "id", a.id.as_str());
        self.text(path, "title", &a.title);
        if let Some(g) = &a.goal {
            self.exists(path, "goal", Kind::Goal, g);
        }
    }

    fn unit(&mut self, path: At, u: &Unit) {
        self.text(path, "id", u.id.as_str());
        self.text(path, "name", &u.name);
        if let Some(parent) = &u.parent {
            self.exists(path, "parent", Kind::Unit, parent);
            if unit_has_cycle(self.plan, u) {
                self.push(path, "parent", ProblemKind::UnitCycle);
            }
        }
    }

    fn task(&mut self, path: At, t: &Task) {
        self.text(path, "id", t.id.as_str());
        self.text(path, "title", &t.title);
        self.exists(path, "area", Kind::Area, &t.area);
        self.exists(path, "lead", Kind::Unit, &t.lead);
        for (i, c) in t.co_units.iter().enumerate() {
            self.exists(path, format_args!("co_units[{i}]"), Kind::Unit, c);
        }
        self.order(path, "deadline", t.start, t.deadline);
        for (i, m) in t.milestones.iter().enumerate() {
            if m.name.trim().is_empty() {
                self.push(
                    path,
                    format_args!("milestones[{i}].name"),
                    ProblemKind::Empty,
                );
            }
        }
        if let Some(ind) = &t.requirement.indicator {
            self.exists(path, "requirement.indicator", Kind::Indicator, ind);
        }
        self.amount(path, "weight", t.weight);
    }

    /// A step's own fields; where it stands in its item's lifecycle is
    /// checked by [`crate::supervision::check_next`].
    fn step(&mut self, path: At, s: &Step) {
        self.text(path, "id", s.id.as_str());
        self.exists(path, "task", Kind::Task, &s.task);
    }

    fn notice(&mut self, path: At, n: &Notice) {
        self.text(path, "id", n.id.as_str());
        self.text(path, "number", &n.number);
        self.exists(path, "task", Kind::Task, &n.task);
        self.exists(path, "unit", Kind::Unit, &n.unit);
        self.text(path, "asked", &n.asked);
        if n.reply_due < n.issued {
            self.push(path, "reply_due", ProblemKind::DateBefore(n.issued));
        }
        if let Some(r) = &n.reply {
            if r.date < n.issued {
                self.push(path, "reply.date", ProblemKind::DateBefore(n.issued));
            }
            self.text(path, "reply.text", &r.text);
        }
    }

    /// Where `s` stands after `prev`, the item's step before it.
    fn step_order(&mut self, path: At, prev: Option<&Step>, s: &Step) {
        for (field, kind) in crate::supervision::check_next(prev, s) {
            self.push(path, field, kind);
        }
    }

    fn project(&mut self, path: At, p: &Project) {
        self.text(path, "id", p.id.as_str());
        self.text(path, "name", &p.name);
        if let Some(a) = &p.area {
            self.exists(path, "area", Kind::Area, a);
        }
        self.exists(path, "lead", Kind::Unit, &p.lead);
        self.amount(path, "total_investment", p.total_investment);
        self.amount(path, "year_target", p.year_target);
        self.amount(path, "completed_investment", p.completed_investment);
        self.order(path, "planned_end", p.planned_start, p.planned_end);
        self.order(path, "actual_end", p.actual_start, p.actual_end);
    }

    fn indicator(&mut self, path: At, ind: &Indicator) {
        self.text(path, "id", ind.id.as_str());
        self.text(path, "name", &ind.name);
        if let Some(b) = &ind.baseline {
            self.finite(path, "baseline.value", b.value);
        }
        if let Some(t) = &ind.target {
            match &t.aim {
                Aim::Value { value } | Aim::AtLeast { value } | Aim::AtMost { value } => {
                    self.finite(path, "target.aim.value", *value)
                }
                Aim::Words { text } => self.text(path, "target.aim.text", text),
            }
        }
        let mut seen = HashSet::default();
        for (i, a) in ind.actuals.iter().enumerate() {
            let field = |name| format!("actuals[{i}].{name}");
            if !a.period.is_writable() {
                self.push(
                    path,
                    field("period"),
                    ProblemKind::BadPeriod(a.period.to_string()),
                );
            } else if !seen.insert(a.period) {
                self.push(
                    path,
                    field("period"),
                    ProblemKind::DuplicateId(Id::new(a.period.to_string())),
                );
            }
            if !a.value.is_finite() {
                self.push(path, field("value"), ProblemKind::NotFinite);
            }
        }
        self.amount(path, "weight", ind.weight);
        if let Some(a) = &ind.area {
            self.exists(path, "area", Kind::Area, a);
        }
    }

    fn update(&mut self, path: At, u: &Update) {
        self.text(path, "id", u.id.as_str());
        match &u.subject {
            Subject::Task(id) => self.exists(path, "subject", Kind::Task, id),
            Subject::Project(id) => self.exists(path, "subject", Kind::Project, id),
        }
        if !u.progress.is_finite() {
            self.push(path, "progress", ProblemKind::NotFinite);
        } else if !(0.0..=100.0).contains(&u.progress) {
            self.push(path, "progress", ProblemKind::PercentOutOfRange);
        }
        if u.completed_on.is_some_and(|on| on > u.date) {
            self.push(path, "completed_on", ProblemKind::AfterReport(u.date));
        }
    }
}

/// Whether the plan holds an entity of `kind` with `id`.
pub fn exists(plan: &Plan, kind: Kind, id: &Id) -> bool {
    match kind {
        Kind::Goal => plan.goal(id).is_some(),
        Kind::Area => plan.area(id).is_some(),
        Kind::Unit => plan.unit(id).is_some(),
        Kind::Task => plan.task(id).is_some(),
        Kind::Project => plan.project(id).is_some(),
        Kind::Indicator => plan.indicator(id).is_some(),
        Kind::Update => plan.update(id).is_some(),
        Kind::Step => plan.step(id).is_some(),
        Kind::Notice => plan.notice(id).is_some(),
    }
}

fn unit_has_cycle(plan: &Plan, unit: &Unit) -> bool {
    let mut seen = HashSet::default();
    seen.insert(&unit.id);
    let mut next = unit.parent.as_ref();
    while let Some(id) = next {
        if !seen.insert(id) {
            return true;
        }
        next = plan.unit(id).and_then(|u| u.parent.as_ref());
    }
    false
}

/// True for "2023", "2023-Q1".."2023-Q4", "2023-H1", "2023-H2", "2023-01".."2023-12":
/// a period spelt as files write it ([`crate::period::Period::exact`]).
pub fn is_period(s: &str) -> bool {
    crate::period::Period::exact(s).is_some()
}

/// Every entity's kind and id, and each entity whose id is already used
/// earlier in its list (list, index, id), in plan order.
type IdIndex<'a> = (
    FxHashSet<(Kind, &'a str)>,
    Vec<(&'static str, usize, &'a Id)>,
);

/// The kind and id of every entity of `plan`, and the ids used twice.
fn id_index(plan: &Plan) -> IdIndex<'_> {
    fn add<'a, T>(
        (index, twice): &mut IdIndex<'a>,
        kind: Kind,
        list: &'static str,
        items: &'a [T],
        id: impl Fn(&'a T) -> &'a Id,
    ) {
        for (i, item) in items.iter().enumerate() {
            let id = id(item);
            if !index.insert((kind, id.as_str())) {
                twice.push((list, i, id));
            }
        }
    }
    let all = plan.goals.len()
        + plan.areas.len()
        + plan.units.len()
        + plan.tasks.len()
        + plan.projects.len()
        + plan.indicators.len()
        + plan.updates.len()
        + plan.steps.len()
        + plan.notices.len();
    let mut out = (
        FxHashSet::with_capacity_and_hasher(all, Default::default()),
        Vec::new(),
    );
    add(&mut out, Kind::Goal, "goals", &plan.goals, |x| &x.id);
    add(&mut out, Kind::Area, "areas", &plan.areas, |x| &x.id);
    add(&mut out, Kind::Unit, "units", &plan.units, |x| &x.id);
    add(&mut out, Kind::Task, "tasks", &plan.tasks, |x| &x.id);
    add(&mut out, Kind::Project, "projects", &plan.projects, |x| {
        &x.id
    });
    add(
        &mut out,
        Kind::Indicator,
        "indicators",
        &plan.indicators,
        |x| &x.id,
    );
    add(&mut out, Kind::Update, "updates", &plan.updates, |x| &x.id);
    add(&mut out, Kind::Step, "steps", &plan.steps, |x| &x.id);
    add(&mut out, Kind::Notice, "notices", &plan.notices, |x| &x.id);
    out
}

/// Every problem in a whole plan.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let (index, twice) = id_index(plan);
    let mut c = Checker {
        plan,
        out: Vec::new(),
        index: Some(index),
    };
    c.header();
    for (list, i, id) in twice {
        c.push(
            At(list, Some(i)),
            "id",
            ProblemKind::DuplicateId(id.clone()),
        );
    }
    for (i, x) in plan.goals.iter().enumerate() {
        c.goal(At("goals", Some(i)), x);
    }
    for (i, x) in plan.areas.iter().enumerate() {
        c.area(At("areas", Some(i)), x);
    }
    for (i, x) in plan.units.iter().enumerate() {
        c.unit(At("units", Some(i)), x);
    }
    let mut codes = FxHashSet::with_capacity_and_hasher(plan.tasks.len(), Default::default());
    for (i, x) in plan.tasks.iter().enumerate() {
        let path = At("tasks", Some(i));
        c.task(path, x);
        if !x.code.trim().is_empty() && !codes.insert(x.code.trim()) {
            c.push(path, "code", ProblemKind::DuplicateCode(x.code.clone()));
        }
    }
    for (i, x) in plan.projects.iter().enumerate() {
        c.project(At("projects", Some(i)), x);
    }
    for (i, x) in plan.indicators.iter().enumerate() {
        c.indicator(At("indicators", Some(i)), x);
    }
    for (i, x) in plan.updates.iter().enumerate() {
        c.update(At("updates", Some(i)), x);
    }
    // Each item's steps in the order recorded: each after the one before.
    let mut latest: rustc_hash::FxHashMap<&Id, &Step> = Default::default();
    for (i, x) in plan.steps.iter().enumerate() {
        let path = At("steps", Some(i));
        c.step(path, x);
        let prev = latest.insert(&x.task, x);
        c.step_order(path, prev, x);
    }
    let mut numbers = FxHashSet::default();
    for (i, x) in plan.notices.iter().enumerate() {
        let path = At("notices", Some(i));
        c.notice(path, x);
        if !x.number.trim().is_empty() && !numbers.insert(x.number.trim()) {
            c.push(
                path,
                "number",
                ProblemKind::DuplicateNumber(x.number.clone()),
            );
        }
    }
    c.out
}

/// An entity as a command carries it (read tag first by `crate::tagged`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Entity {
    Goal(Goal),
    Area(KeyArea),
    Unit(Unit),
    Task(Task),
    Project(Project),
    Indicator(Indicator),
    Update(Update),
    Step(Step),
    Notice(Notice),
}

impl Entity {
    pub fn kind(&self) -> Kind {
        match self {
            Entity::Goal(_) => Kind::Goal,
            Entity::Area(_) => Kind::Area,
            Entity::Unit(_) => Kind::Unit,
            Entity::Task(_) => Kind::Task,
            Entity::Project(_) => Kind::Project,
            Entity::Indicator(_) => Kind::Indicator,
            Entity::Update(_) => Kind::Update,
            Entity::Step(_) => Kind::Step,
            Entity::Notice(_) => Kind::Notice,
        }
    }

    pub fn id(&self) -> &Id {
        match self {
            Entity::Goal(x) => &x.id,
            Entity::Area(x) => &x.id,
            Entity::Unit(x) => &x.id,
            Entity::Task(x) => &x.id,
            Entity::Project(x) => &x.id,
            Entity::Indicator(x) => &x.id,
            Entity::Update(x) => &x.id,
            Entity::Step(x) => &x.id,
            Entity::Notice(x) => &x.id,
        }
    }
}

/// Problems of one entity checked against `plan` (paths relative to the entity).
/// A task code or notice number already used by another is reported too.
/// A step is checked as the next of its item, placed at the end of the
/// plan's steps ([`check_step_at`] for another place).
/// [`check_entity`] for a task whose code's uniqueness the caller knows
/// (`code_taken`: another task has its code), as a batch of many tasks
/// finds it in an index instead of the whole list each time.
pub fn check_task(plan: &Plan, task: &Task, code_taken: bool) -> Vec<Problem> {
    let mut c = Checker {
        plan,
        out: Vec::new(),
        index: None,
    };
    c.task(TOP, task);
    if code_taken {
        c.push(TOP, "code", ProblemKind::DuplicateCode(task.code.clone()));
    }
    c.out
}

/// [`check_entity`] for a report whose subject the caller has already
/// looked up in its own index of the plan (`subject_held`): a batch of
/// many reports checks each without searching the plan's tasks. The
/// checker's index then holds the subject alone, or nothing.
pub fn check_update_held(plan: &Plan, update: &Update, subject_held: bool) -> Vec<Problem> {
    let mut index = FxHashSet::default();
    if subject_held {
        index.insert(match &update.subject {
            Subject::Task(id) => (Kind::Task, id.as_str()),
            Subject::Project(id) => (Kind::Project, id.as_str()),
        });
    }
    let mut c = Checker {
        plan,
        out: Vec::new(),
        index: Some(index),
    };
    c.update(TOP, update);
    c.out
}

pub fn check_entity(plan: &Plan, entity: &Entity) -> Vec<Problem> {
    check_entity_at(plan, entity, None)
}

/// [`check_entity`] for an entity to be placed at `at` in its list (the
/// end for `None`): a step is checked against its item's steps around it.
pub fn check_entity_at(plan: &Plan, entity: &Entity, at: Option<usize>) -> Vec<Problem> {
    let mut c = Checker {
        plan,
        out: Vec::new(),
        index: None,
    };
    match entity {
        Entity::Goal(x) => c.goal(TOP, x),
        Entity::Area(x) => c.area(TOP, x),
        Entity::Unit(x) => {
            c.unit(TOP, x);
            let name = unit_name_key(&x.name);
            if !name.is_empty()
                && plan
                    .units
                    .iter()
                    .any(|u| u.id != x.id && unit_name_key(&u.name) == name)
            {
                c.push(
                    TOP,
                    "name",
                    ProblemKind::DuplicateName(x.name.trim().to_string()),
                );
            }
        }
        Entity::Task(x) => {
            let code = x.code.trim();
            let taken = !code.is_empty()
                && plan
                    .tasks
                    .iter()
                    .any(|t| t.id != x.id && t.code.trim() == code);
            return check_task(plan, x, taken);
        }
        Entity::Project(x) => c.project(TOP, x),
        Entity::Indicator(x) => c.indicator(TOP, x),
        Entity::Update(x) => c.update(TOP, x),
        Entity::Step(x) => {
            c.step(TOP, x);
            c.out
                .extend(check_step_at(plan, x, at.unwrap_or(plan.steps.len())));
        }
        Entity::Notice(x) => {
            c.notice(TOP, x);
            let number = x.number.trim();
            if !number.is_empty()
                && plan
                    .notices
                    .iter()
                    .any(|n| n.id != x.id && n.number.trim() == number)
            {
                c.push(
                    TOP,
                    "number",
                    ProblemKind::DuplicateNumber(x.number.clone()),
                );
            }
        }
    }
    c.out
}

/// A progress report's date, as it is written where a report is written (the
/// report form, Report by unit): a report says what has been done, so a date
/// after `today` is a slip of the keyboard (2027 typed for 2026), and it is
/// about the plan's work, so a date before the plan starts is one too (2023
/// typed for 2024). Files from elsewhere are not held to either: the day
/// they were written on may be another.
pub fn report_date(date: Date, today: Date, plan: &Plan) -> Option<Problem> {
    let kind = if date > today {
        ProblemKind::AfterToday(today)
    } else if date < plan.start {
        ProblemKind::BeforePlanStart(plan.start)
    } else {
        return None;
    };
    Some(Problem {
        path: "date".into(),
        kind,
    })
}

/// Where a problem stands, in the file's own words: the kind of entity its
/// path names and a label a reader finds it by (a task's code and title, a
/// unit's or project's name, a report's task and date), so that a message
/// says "task 2.3 …" rather than `tasks[12]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub kind: Kind,
    pub label: String,
}

/// The [`Place`] of `path` (relative to the plan, as [`validate`] gives
/// it: `tasks[12].deadline`) in `plan`; `None` for a path outside the
/// entity lists (the plan's own fields) or an index the plan does not hold.
pub fn place(plan: &Plan, path: &str) -> Option<Place> {
    let (list, rest) = path.split_once('[')?;
    let i: usize = rest.split_once(']')?.0.parse().ok()?;
    let (kind, label) = match list {
        "goals" => (Kind::Goal, short(&plan.goals.get(i)?.title)),
        "areas" => (Kind::Area, short(&plan.areas.get(i)?.title)),
        "units" => (Kind::Unit, short(&plan.units.get(i)?.name)),
        "tasks" => {
            let t = plan.tasks.get(i)?;
            (
                Kind::Task,
                short(&format!("{} {}", t.code.trim(), t.title.trim())),
            )
        }
        "projects" => (Kind::Project, short(&plan.projects.get(i)?.name)),
        "indicators" => (Kind::Indicator, short(&plan.indicators.get(i)?.name)),
        "updates" => {
            let u = plan.updates.get(i)?;
            return Some(report_place(Some(plan), &u.subject, u.date));
        }
        "steps" => {
            let s = plan.steps.get(i)?;
            return Some(step_place(Some(plan), &s.task, s.date));
        }
        "notices" => (Kind::Notice, short(&plan.notices.get(i)?.number)),
        _ => return None,
    };
    Some(Place { kind, label })
}

/// The [`Place`] of a report on `subject` dated `date`: its task's code and
/// title (or its project's name) as `plan` has them, and the date; the id
/// when no plan is given or the plan does not hold it (a unit's file read
/// before the plan it belongs to is open).
pub fn report_place(plan: Option<&Plan>, subject: &Subject, date: Date) -> Place {
    let of = match subject {
        Subject::Task(id) => task_label(plan, id),
        Subject::Project(id) => plan
            .and_then(|p| p.project(id))
            .map_or_else(|| id.to_string(), |p| short(&p.name)),
    };
    Place {
        kind: Kind::Update,
        label: format!("{of} · {date}"),
    }
}

/// The [`Place`] of a milestone step of task `task` dated `date`, named as
/// [`report_place`] names a report's task.
pub fn step_place(plan: Option<&Plan>, task: &Id, date: Date) -> Place {
    Place {
        kind: Kind::Step,
        label: format!("{} · {date}", task_label(plan, task)),
    }
}

fn task_label(plan: Option<&Plan>, id: &Id) -> String {
    plan.and_then(|p| p.task(id)).map_or_else(
        || id.to_string(),
        |t| short(&format!("{} {}", t.code.trim(), t.title.trim())),
    )
}

/// A title as a message quotes it: long ones cut at about 24 Chinese
/// characters or 48 letters (a wide character counts twice).
fn short(s: &str) -> String {
    let s = s.trim();
    let mut width = 0;
    match s.char_indices().find(|&(_, c)| {
        width += if c >= '\u{2e80}' { 2 } else { 1 };
        width > 48
    }) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// The largest amount a project's form takes, in 万元: 1 万亿元 (10¹²
/// yuan), above any one project's investment.
pub const MAX_AMOUNT: f64 = 100_000_000.0;

/// A project's amounts, as a form writes them: none above [`MAX_AMOUNT`]
/// (one typo of extra zeros would swamp every total of the plan), and the
/// year's target not above the total investment, when one is given (the
/// year's investment is part of it). Files from elsewhere are not held to
/// it: a plan that has such a project still opens.
pub fn implausible_amounts(project: &Project) -> Vec<Problem> {
    let mut out: Vec<Problem> = [
        ("total_investment", project.total_investment),
        ("year_target", project.year_target),
        ("completed_investment", project.completed_investment),
    ]
    .into_iter()
    .filter(|(_, v)| *v > MAX_AMOUNT)
    .map(|(path, _)| Problem {
        path: path.into(),
        kind: ProblemKind::AmountTooLarge,
    })
    .collect();
    let (total, year) = (project.total_investment, project.year_target);
    if out.is_empty() && total > 0.0 && year > total {
        out.push(Problem {
            path: "year_target".into(),
            kind: ProblemKind::AboveTotal(total),
        });
    }
    out
}

/// A report's day of completion, as a form writes it: not before its
/// task's start ([`Plan::task_start`]), a day it cannot have been done
/// on (a year typed wrong). Files are not held to it: a task's start may
/// be moved after its reports.
pub fn completed_before_start(plan: &Plan, update: &Update) -> Option<Problem> {
    let (Some(on), Subject::Task(id)) = (update.completed_on, &update.subject) else {
        return None;
    };
    let start = plan.task_start(plan.task(id)?);
    (on < start).then(|| Problem {
        path: "completed_on".into(),
        kind: ProblemKind::DateBefore(start),
    })
}

/// A project's actual start and completion, as a form writes them: they
/// say what has happened, so a day after `today` is refused where they are
/// written (a planned completion is the planned dates' field).
pub fn actual_dates_after_today(project: &Project, today: Date) -> Vec<Problem> {
    [
        ("actual_start", project.actual_start),
        ("actual_end", project.actual_end),
    ]
    .into_iter()
    .filter(|(_, d)| d.is_some_and(|d| d > today))
    .map(|(path, _)| Problem {
        path: path.into(),
        kind: ProblemKind::ActualAfterToday(today),
    })
    .collect()
}

/// A unit's name as two units' names are compared: without white space
/// (full-width spaces too), full-width letters and digits as ASCII, case
/// aside ([`crate::text::fold`]).
pub fn unit_name_key(name: &str) -> String {
    crate::text::fold(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Where `step` would stand if placed at `at` in the plan's steps: after
/// its item's latest step before `at`, and with none of its item's steps
/// after it (those rest on the ones before them).
pub fn check_step_at(plan: &Plan, step: &Step, at: usize) -> Vec<Problem> {
    let at = at.min(plan.steps.len());
    let (before, after) = plan.steps.split_at(at);
    let same = |s: &&Step| s.task == step.task && s.id != step.id;
    let prev = before.iter().rev().find(same);
    let mut out: Vec<Problem> = crate::supervision::check_next(prev, step)
        .into_iter()
        .map(|(field, kind)| Problem {
            path: field.to_string(),
            kind,
        })
        .collect();
    if let Some(later) = after.iter().find(same) {
        if !out.iter().any(|p| p.path == "kind") {
            out.push(Problem {
                path: "kind".into(),
                kind: ProblemKind::StepNotAllowed {
                    after: Some(later.kind),
                },
            });
        }
    }
    out
}

/// A task's co-operating units as a form should save them: without the lead
/// unit (a unit leads or co-operates, not both) and without repeats, in the
/// order given. Not a refusal: plans and spreadsheets that list the lead
/// among its co-operating units still read; the task form saves them tidied.
pub fn tidy_co_units(lead: &Id, co_units: &[Id]) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for c in co_units {
        if c != lead && !out.contains(c) {
            out.push(c.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_projects_actual_dates_may_be_today_not_after() {
        let today = Date::from_ymd_opt(2024, 6, 20).unwrap();
        let mut p = Project::new("pr", "P", "u1");
        p.actual_start = Some(today);
        assert_eq!(super::actual_dates_after_today(&p, today), vec![]);
        p.actual_end = Some(Date::from_ymd_opt(2024, 8, 1).unwrap());
        assert_eq!(
            super::actual_dates_after_today(&p, today),
            vec![Problem {
                path: "actual_end".into(),
                kind: ProblemKind::ActualAfterToday(today)
            }]
        );
    }

    #[test]
    fn a_projects_amounts_within_reason_and_the_year_within_the_total() {
        let mut p = Project::new("pr", "P", "u1");
        p.total_investment = 1_200.0;
        p.year_target = 1_200.0;
        p.completed_investment = 1_500.0;
        assert_eq!(super::implausible_amounts(&p), vec![]);
        p.year_target = 1_200.5;
        assert_eq!(
            super::implausible_amounts(&p),
            vec![Problem {
                path: "year_target".into(),
                kind: ProblemKind::AboveTotal(1_200.0)
            }]
        );
        // No total given: the year's target stands alone.
        p.total_investment = 0.0;
        assert_eq!(super::implausible_amounts(&p), vec![]);
        p.total_investment = super::MAX_AMOUNT;
        p.year_target = 120_000_000_000_000.0;
        p.completed_investment = 1e26;
        let paths: Vec<_> = super::implausible_amounts(&p)
            .into_iter()
            .map(|x| (x.path, x.kind))
            .collect();
        assert_eq!(
            paths,
            vec![
                ("year_target".to_string(), ProblemKind::AmountTooLarge),
                (
                    "completed_investment".to_string(),
                    ProblemKind::AmountTooLarge
                ),
            ]
        );
    }

    #[test]
    fn a_report_is_not_completed_before_its_task_started() {
        let mut plan = crate::sample::sample_plan(crate::i18n::Lang::En);
        let task = plan.tasks[0].clone();
        let start = plan.task_start(&task);
        let mut u = Update::new("r", Subject::Task(task.id.clone()), plan.end, 100.0);
        u.completed_on = Some(start);
        assert_eq!(super::completed_before_start(&plan, &u), None);
        u.completed_on = start.pred_opt();
        assert_eq!(
            super::completed_before_start(&plan, &u),
            Some(Problem {
                path: "completed_on".into(),
                kind: ProblemKind::DateBefore(start)
            })
        );
        // A report giving no day, or on a task the plan does not hold.
        u.completed_on = None;
        assert_eq!(super::completed_before_start(&plan, &u), None);
        plan.tasks.clear();
        u.completed_on = Some(Date::MIN);
        assert_eq!(super::completed_before_start(&plan, &u), None);
    }

    #[test]
    fn a_report_may_be_dated_from_the_plan_s_first_day_not_before() {
        let plan = Plan::new(
            Id::new("p"),
            "P",
            Date::from_ymd_opt(2024, 1, 1).unwrap(),
            Date::from_ymd_opt(2024, 12, 31).unwrap(),
        );
        let today = Date::from_ymd_opt(2024, 6, 1).unwrap();
        assert_eq!(super::report_date(plan.start, today, &plan), None);
        let slip = Date::from_ymd_opt(2023, 2, 5).unwrap();
        assert_eq!(
            super::report_date(slip, today, &plan),
            Some(Problem {
                path: "date".into(),
                kind: ProblemKind::BeforePlanStart(plan.start)
            })
        );
        assert_eq!(
            (crate::i18n::Lang::Zh.catalog().problem_kind)(&ProblemKind::BeforePlanStart(
                plan.start
            )),
            "填报日期不能早于规划起始日（2024-01-01），请核对年份"
        );
    }

    #[test]
    fn a_report_may_be_dated_today_not_after() {
        let today = Date::from_ymd_opt(2026, 12, 4).unwrap();
        let plan = Plan::new(
            Id::new("p"),
            "P",
            Date::from_ymd_opt(2026, 1, 1).unwrap(),
            Date::from_ymd_opt(2026, 12, 31).unwrap(),
        );
        assert_eq!(super::report_date(today, today, &plan), None);
        let slip = Date::from_ymd_opt(2027, 11, 28).unwrap();
        assert_eq!(
            super::report_date(slip, today, &plan),
            Some(Problem {
                path: "date".into(),
                kind: ProblemKind::AfterToday(today)
            })
        );
    }

    use super::*;

    #[test]
    fn co_units_leave_out_the_lead_and_repeats() {
        let ids = |xs: &[&str]| xs.iter().map(|x| Id::new(*x)).collect::<Vec<_>>();
        assert_eq!(
            tidy_co_units(&Id::new("u-a"), &ids(&["u-b", "u-a", "u-c", "u-b"])),
            ids(&["u-b", "u-c"])
        );
        assert_eq!(tidy_co_units(&Id::new("u-a"), &ids(&["u-a"])), ids(&[]));
        assert_eq!(
            tidy_co_units(&Id::new(""), &ids(&["u-c", "u-b"])),
            ids(&["u-c", "u-b"])
        );
    }

    #[test]
    fn periods() {
        for ok in [
            "2023", "2023-Q1", "2023-Q4", "2023-H2", "2023-01", "2023-12",
        ] {
            assert!(is_period(ok), "{ok}");
        }
        for bad in [
            "", "23", "2023-Q5", "2023-H3", "2023-13", "2023-00", "2023/01", "2023-1",
        ] {
            assert!(!is_period(bad), "{bad}");
        }
    }
}

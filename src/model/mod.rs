//! The plan model: plain data, no I/O, no signals.
//!
//! A [`Plan`] owns every entity in ordered vectors; entities refer to each other
//! by stable string [`Id`]s. Invariants (ids unique, references resolve, dates
//! and numbers sane) are checked by [`crate::validate`], and every change goes
//! through [`crate::command::apply`], which keeps them.

mod choice;
mod dates;
mod history;
mod ids;
mod new;
mod progress;
mod read;
mod supervision;
pub mod task_texts;

pub use choice::Choice;
pub use chrono::NaiveDate as Date;
pub(crate) use dates::deserialize_date;
pub use dates::parse_ymd;
pub use history::{Action, Change, FilesIn, MilestoneChange, MilestoneNote};
pub use ids::Id;
pub use progress::{parse_percent, weighted_mean, weighted_progress_given};
pub use supervision::{
    Notice, NoticeLevel, Reply, SourceKind, Step, StepKind, Supervision, MAX_SIGN_DAYS,
};

use serde::{Deserialize, Serialize};

/// What kind of entity a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Goal,
    Area,
    Unit,
    Task,
    Project,
    Indicator,
    Update,
    /// A step of an item's lifecycle (signed for, closed out …).
    Step,
    /// A supervision notice.
    Notice,
}

/// Administrative level of the government that issues a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    National,
    #[default]
    Province,
    City,
    District,
    County,
    Township,
    Other,
}

/// How often units are expected to report progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Weekly,
    #[default]
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

/// The grace days of a plan that does not say ([`Plan::grace_days`]).
pub const DEFAULT_GRACE_DAYS: u32 = 15;

/// The largest grace period a plan may set, in days.
pub const MAX_GRACE_DAYS: u32 = 60;

pub(crate) fn default_grace_days() -> u32 {
    DEFAULT_GRACE_DAYS
}

impl Cadence {
    /// The kind of reporting period (报告期) a report under this cadence
    /// answers. Weekly reports are filed to their month.
    pub fn period_kind(self) -> crate::period::PeriodKind {
        use crate::period::PeriodKind;
        match self {
            Cadence::Weekly | Cadence::Monthly => PeriodKind::Month,
            Cadence::Quarterly => PeriodKind::Quarter,
            Cadence::HalfYearly => PeriodKind::Half,
            Cadence::Yearly => PeriodKind::Year,
        }
    }

    /// The longest gap, in days, between two reports before an item counts as stale.
    pub fn days(self) -> i64 {
        match self {
            Cadence::Weekly => 7,
            Cadence::Monthly => 31,
            Cadence::Quarterly => 92,
            Cadence::HalfYearly => 183,
            Cadence::Yearly => 366,
        }
    }
}

/// The settings the status rules (traffic lights) read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// Percentage points behind the expected progress that turn a task yellow.
    pub at_risk_lag: f64,
    /// Percentage points behind the expected progress that turn a task red.
    pub lagging_lag: f64,
    /// Days before a deadline within which an unfinished task is yellow.
    pub warning_days: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            at_risk_lag: 10.0,
            lagging_lag: 25.0,
            warning_days: 15,
        }
    }
}

/// How units are scored on the scoreboard (考核): the weight of each of the
/// four components. Weights are finite, zero or more, and add up to more
/// than zero; only their ratios matter. The components themselves are
/// defined in [`crate::scoreboard`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// Weight of on-time completion.
    pub on_time_weight: f64,
    /// Weight of progress against the schedule.
    pub progress_weight: f64,
    /// Weight of reporting discipline.
    pub reporting_weight: f64,
    /// Weight of replies to supervision notices on time; 0 unless the plan
    /// says, so scores stay what they were without it.
    #[serde(default)]
    pub notices_weight: f64,
}

impl Evaluation {
    /// The sum of the four weights.
    pub fn total_weight(&self) -> f64 {
        self.on_time_weight + self.progress_weight + self.reporting_weight + self.notices_weight
    }
}

impl Default for Evaluation {
    fn default() -> Self {
        Evaluation {
            on_time_weight: 40.0,
            progress_weight: 40.0,
            reporting_weight: 20.0,
            notices_weight: 0.0,
        }
    }
}

/// A development plan: the root of everything the app keeps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub level: Level,
    /// The body that issued the plan, e.g. "General Office of the Provincial Party Committee".
    #[serde(default)]
    pub issuer: String,
    #[serde(deserialize_with = "dates::deserialize_date")]
    pub start: Date,
    #[serde(deserialize_with = "dates::deserialize_date")]
    pub end: Date,
    #[serde(default)]
    pub cadence: Cadence,
    /// Days after a reporting period ends within which a report still answers
    /// that period (the March report written on 8 April), and by which the
    /// period's report is due. See [`crate::period::reporting_period`].
    #[serde(default = "default_grace_days")]
    pub grace_days: u32,
    #[serde(default)]
    pub thresholds: Thresholds,
    /// How units are scored on the scoreboard.
    #[serde(default)]
    pub evaluation: Evaluation,
    /// The supervision loop's settings (verification, sign-for days).
    #[serde(default)]
    pub supervision: Supervision,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub areas: Vec<KeyArea>,
    #[serde(default)]
    pub units: Vec<Unit>,
    #[serde(default)]
    pub tasks: Vec<Task>,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Progress reports, in the order they were recorded. Never edited, only withdrawn.
    #[serde(default)]
    pub updates: Vec<Update>,
    /// The lifecycle steps of items (assigned, signed for … closed out), in
    /// the order they were recorded. Never edited; only an item's latest
    /// step can be taken back.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// Supervision notices (督办单) issued, with the units' replies.
    #[serde(default)]
    pub notices: Vec<Notice>,
    /// Who changed what and when (全程留痕), oldest first. Only appended to.
    #[serde(default)]
    pub history: Vec<Change>,
}

impl Plan {
    /// An empty plan covering `start..=end`.
    pub fn new(id: Id, title: impl Into<String>, start: Date, end: Date) -> Plan {
        Plan {
            id,
            title: title.into(),
            description: String::new(),
            level: Level::default(),
            issuer: String::new(),
            start,
            end,
            cadence: Cadence::default(),
            grace_days: DEFAULT_GRACE_DAYS,
            thresholds: Thresholds::default(),
            evaluation: Evaluation::default(),
            supervision: Supervision::default(),
            goals: Vec::new(),
            areas: Vec::new(),
            units: Vec::new(),
            tasks: Vec::new(),
            projects: Vec::new(),
            indicators: Vec::new(),
            updates: Vec::new(),
            steps: Vec::new(),
            notices: Vec::new(),
            history: Vec::new(),
        }
    }

    pub fn goal(&self, id: &Id) -> Option<&Goal> {
        self.goals.iter().find(|g| &g.id == id)
    }
    pub fn area(&self, id: &Id) -> Option<&KeyArea> {
        self.areas.iter().find(|a| &a.id == id)
    }
    pub fn unit(&self, id: &Id) -> Option<&Unit> {
        self.units.iter().find(|u| &u.id == id)
    }
    pub fn task(&self, id: &Id) -> Option<&Task> {
        self.tasks.iter().find(|t| &t.id == id)
    }
    pub fn project(&self, id: &Id) -> Option<&Project> {
        self.projects.iter().find(|p| &p.id == id)
    }
    pub fn indicator(&self, id: &Id) -> Option<&Indicator> {
        self.indicators.iter().find(|i| &i.id == id)
    }
    pub fn update(&self, id: &Id) -> Option<&Update> {
        self.updates.iter().find(|u| &u.id == id)
    }
    pub fn step(&self, id: &Id) -> Option<&Step> {
        self.steps.iter().find(|s| &s.id == id)
    }
    pub fn notice(&self, id: &Id) -> Option<&Notice> {
        self.notices.iter().find(|n| &n.id == id)
    }

    /// Tasks under a key area, in plan order.
    pub fn tasks_in_area<'a>(&'a self, area: &'a Id) -> impl Iterator<Item = &'a Task> + 'a {
        self.tasks.iter().filter(move |t| &t.area == area)
    }
}

/// A strategic goal or positioning (战略目标 / 定位).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub description: String,
}

/// A key area of focus (重点领域), ordered, optionally under a strategic goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyArea {
    pub id: Id,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    City,
    #[default]
    Department,
    District,
    Town,
    Other,
}

impl UnitKind {
    /// The kind a unit's name says, for a unit a spreadsheet names and
    /// the plan does not have yet: a town or street office (…乡, …镇,
    /// …街道), a province's or autonomous region's government (…省,
    /// …自治区: other, there being no kind above a city), a city's or
    /// prefecture's government (…市, …州, …盟, …地区), a county or
    /// district government (…县, …区, …旗), else a department (…局, …委,
    /// …办). "人民政府", "政府" or "行政公署" after the place is read
    /// past; English names by their last word (Town, County, District,
    /// City).
    pub fn guess(name: &str) -> UnitKind {
        let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        let place = ["人民政府", "政府", "行政公署", "办事处"]
            .iter()
            .find_map(|tail| name.strip_suffix(tail))
            .unwrap_or(&name);
        let ends = |tails: &[&str]| tails.iter().any(|t| place.ends_with(t));
        let lower = crate::text::lower(&name);
        let english = |words: &[&str]| {
            words
                .iter()
                .any(|w| lower.ends_with(w) || lower.contains(&format!("{w}people'sgovernment")))
        };
        if ends(&["乡", "镇", "街道"]) || english(&["town", "township"]) {
            UnitKind::Town
        } else if ends(&["省", "自治区"]) {
            UnitKind::Other
        } else if ends(&["市", "州", "盟", "地区"]) || english(&["city"]) {
            UnitKind::City
        } else if ends(&["县", "区", "旗"]) || english(&["county", "district"]) {
            UnitKind::District
        } else {
            UnitKind::Department
        }
    }
}

/// A responsible unit: a city, a department, a district, a town.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub id: Id,
    pub name: String,
    pub kind: UnitKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
}

/// How much weight a task carries in the plan (一般 / 重点 / 重点突破).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    #[default]
    Regular,
    Key,
    KeyBreakthrough,
}

/// A dated node (节点) on a task's way to its deadline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub name: String,
    #[serde(deserialize_with = "dates::deserialize_date")]
    pub due: Date,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub done: Option<Date>,
}

/// The quantified, assessable requirement of a task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Requirement {
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Id>,
}

/// A key task (重点任务). `Task::default()` has no id, area or lead and
/// weight 0: make a task with [`Task::new`], which starts from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Task {
    pub id: Id,
    /// The task's number in the plan, e.g. "2.3". Unique within a plan when set.
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub area: Id,
    #[serde(default)]
    pub tier: Tier,
    /// The lead unit (牵头单位).
    pub lead: Id,
    /// Co-operating units (配合单位).
    #[serde(default)]
    pub co_units: Vec<Id>,
    /// The leader in charge (分管领导).
    #[serde(default)]
    pub leader: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub start: Option<Date>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub deadline: Option<Date>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub requirement: Requirement,
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Where the task's money comes from (资金来源), in the office's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub funding_source: String,
    /// Where the item comes from (来源): the plan, a meeting, a leader's
    /// instruction, a document.
    #[serde(default, skip_serializing_if = "SourceKind::is_plan")]
    pub source: SourceKind,
    /// The meeting's name or the document's number, as the office writes it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_ref: String,
    /// The date of the meeting, instruction or document.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub source_date: Option<Date>,
    /// The day the task was entered in the plan, by the task form or a
    /// spreadsheet import; absent for the tasks a plan came with. Reports
    /// are owed from the later of this day and the task's start
    /// ([`Plan::reports_owed_from`]): a task entered in May does not owe
    /// the reports of the months before it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub added: Option<Date>,
}

fn one() -> f64 {
    1.0
}

/// Where a key project stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    #[default]
    Planned,
    Preparing,
    UnderConstruction,
    Completed,
    InOperation,
}

/// A key project (重点项目). Money is in ten-thousand yuan (万元).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Id>,
    pub lead: Id,
    #[serde(default)]
    pub total_investment: f64,
    /// This year's investment target.
    #[serde(default)]
    pub year_target: f64,
    /// Investment completed so far this year.
    #[serde(default)]
    pub completed_investment: f64,
    #[serde(default)]
    pub phase: Phase,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub planned_start: Option<Date>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub planned_end: Option<Date>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub actual_start: Option<Date>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub actual_end: Option<Date>,
    /// The batch the project belongs to, e.g. "2023 first batch".
    #[serde(default)]
    pub batch: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    HigherIsBetter,
    LowerIsBetter,
}

/// Binding (约束性) or anticipatory (预期性).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Nature {
    Binding,
    #[default]
    Anticipatory,
}

/// How an indicator's values are counted. Most stand on their own: a
/// level, a rate or a year's figure (`Level`). A running total (`RunningTotal`:
/// new jobs, investment made, "1–9月累计") starts from zero each January,
/// so a part-year value is on the way to the year's target, not a fall
/// from last year's total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Tally {
    #[default]
    Level,
    RunningTotal,
}

impl Tally {
    /// Whether this is the default, which files leave out.
    pub fn is_level(&self) -> bool {
        *self == Tally::Level
    }
}

/// A value observed in a given year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub year: i32,
    pub value: f64,
}

/// What an indicator aims at: a number, a bound, or only words. Read by
/// `read.rs` (serde's derived reader of a tagged enum was 9 KB of wasm).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Aim {
    Value { value: f64 },
    AtLeast { value: f64 },
    AtMost { value: f64 },
    Words { text: String },
}

/// An indicator's target: the year and the aim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub year: i32,
    pub aim: Aim,
}

/// A measured value of an indicator for a reporting period ("2023", "2023-Q2", "2023-H1", "2023-06").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actual {
    pub period: crate::period::Period,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// An indicator of the evaluation index system (指标).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: Id,
    pub name: String,
    /// Unit of measure: "%", "10k people", "villages".
    #[serde(default)]
    pub measure: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default)]
    pub nature: Nature,
    #[serde(default, skip_serializing_if = "Tally::is_level")]
    pub tally: Tally,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(default)]
    pub actuals: Vec<Actual>,
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Id>,
}

/// What a progress report is about. Read by `read.rs`, as [`Aim`] is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Subject {
    Task(Id),
    Project(Id),
}

/// The status a reporter gives with a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ReportedStatus {
    NotStarted,
    #[default]
    OnTrack,
    AtRisk,
    Behind,
    Completed,
}

/// The record that a report was withdrawn, and why. The report itself stays.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Withdrawal {
    #[serde(deserialize_with = "dates::deserialize_date")]
    pub date: Date,
    pub by: String,
    pub reason: String,
}

/// A dated progress report (进展情况) on a task or a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Update {
    pub id: Id,
    pub subject: Subject,
    #[serde(deserialize_with = "dates::deserialize_date")]
    pub date: Date,
    /// The reporting period (报告期) the report answers, e.g. "2024-Q1".
    /// Files written before reports carried one leave it out; such a report
    /// answers the period of its date ([`Plan::report_period`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<crate::period::Period>,
    /// Progress in percent, 0 to 100.
    pub progress: f64,
    #[serde(default)]
    pub status: ReportedStatus,
    /// The day the work was completed, when a report saying completed
    /// comes later than that (a plan set up in July that records a task
    /// finished in May): the completion dates from it, not from the report
    /// ([`Update::done_on`]). Never after the report's date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::deserialize_opt_date"
    )]
    pub completed_on: Option<Date>,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub problems: String,
    #[serde(default)]
    pub next_steps: String,
    #[serde(default)]
    pub reporter: String,
    #[serde(default)]
    pub evidence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
}

impl Update {
    /// The day a report saying completed dates the completion from: its
    /// completion day when it gives one, else its own date.
    pub fn done_on(&self) -> Date {
        self.completed_on.unwrap_or(self.date)
    }
}

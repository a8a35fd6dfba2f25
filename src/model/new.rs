//! Constructors: each entity from the fields it cannot do without, every
//! other field at its default (the default a file that leaves it out gets).
//! Set more with struct update syntax, so code that builds an entity does not
//! change when a field is added:
//!
//! ```
//! # use plan_tracker::model::*;
//! let task = Task {
//!     deadline: "2024-06-30".parse().ok(),
//!     ..Task::new("t-1", "1.1", "Build the data centre", "a-1", "u-1")
//! };
//! assert_eq!(task.weight, 1.0);
//! ```

use super::*;

impl Goal {
    pub fn new(id: impl Into<Id>, title: impl Into<String>) -> Goal {
        Goal {
            id: id.into(),
            title: title.into(),
            description: String::new(),
        }
    }
}

impl KeyArea {
    /// A key area under no goal.
    pub fn new(id: impl Into<Id>, title: impl Into<String>) -> KeyArea {
        KeyArea {
            id: id.into(),
            title: title.into(),
            description: String::new(),
            goal: None,
        }
    }
}

impl Unit {
    /// A department with no parent unit.
    pub fn new(id: impl Into<Id>, name: impl Into<String>) -> Unit {
        Unit {
            id: id.into(),
            name: name.into(),
            kind: UnitKind::default(),
            parent: None,
        }
    }
}

impl Task {
    /// A regular task of weight 1, with no co-operating units, dates,
    /// milestones, requirement or tags.
    pub fn new(
        id: impl Into<Id>,
        code: impl Into<String>,
        title: impl Into<String>,
        area: impl Into<Id>,
        lead: impl Into<Id>,
    ) -> Task {
        Task {
            id: id.into(),
            code: code.into(),
            title: title.into(),
            area: area.into(),
            lead: lead.into(),
            weight: 1.0,
            ..Task::default()
        }
    }
}

impl Project {
    /// A planned project in no area, with no figures or dates.
    pub fn new(id: impl Into<Id>, name: impl Into<String>, lead: impl Into<Id>) -> Project {
        Project {
            id: id.into(),
            name: name.into(),
            area: None,
            lead: lead.into(),
            total_investment: 0.0,
            year_target: 0.0,
            completed_investment: 0.0,
            phase: Phase::default(),
            planned_start: None,
            planned_end: None,
            actual_start: None,
            actual_end: None,
            batch: String::new(),
        }
    }
}

impl Indicator {
    /// An anticipatory indicator, higher is better, of weight 1, with no
    /// baseline, target or values.
    pub fn new(
        id: impl Into<Id>,
        name: impl Into<String>,
        measure: impl Into<String>,
    ) -> Indicator {
        Indicator {
            id: id.into(),
            name: name.into(),
            measure: measure.into(),
            category: String::new(),
            direction: Direction::default(),
            nature: Nature::default(),
            tally: Tally::default(),
            baseline: None,
            target: None,
            actuals: Vec::new(),
            weight: 1.0,
            area: None,
        }
    }
}

impl Update {
    /// A report "on track" at `progress` percent on `date`, answering the
    /// period of its date, with no texts.
    pub fn new(id: impl Into<Id>, subject: Subject, date: Date, progress: f64) -> Update {
        Update {
            id: id.into(),
            subject,
            date,
            period: None,
            progress,
            status: ReportedStatus::default(),
            narrative: String::new(),
            problems: String::new(),
            next_steps: String::new(),
            reporter: String::new(),
            evidence: String::new(),
            completed_on: None,
            withdrawn: None,
        }
    }
}

impl Step {
    /// A step with no one named and no texts.
    pub fn new(id: impl Into<Id>, task: impl Into<Id>, kind: StepKind, date: Date) -> Step {
        Step {
            id: id.into(),
            task: task.into(),
            kind,
            date,
            by: String::new(),
            note: String::new(),
            reasons: String::new(),
        }
    }
}

impl Notice {
    /// A reminder issued on `issued` with no reply yet.
    pub fn new(
        id: impl Into<Id>,
        number: impl Into<String>,
        task: impl Into<Id>,
        unit: impl Into<Id>,
        issued: Date,
        asked: impl Into<String>,
        reply_due: Date,
    ) -> Notice {
        Notice {
            id: id.into(),
            number: number.into(),
            task: task.into(),
            unit: unit.into(),
            level: NoticeLevel::Reminder,
            issued,
            asked: asked.into(),
            reply_due,
            reply: None,
        }
    }
}

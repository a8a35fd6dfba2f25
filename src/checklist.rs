//! The setup checklist a new plan's dashboard shows: the four steps from an
//! empty plan to one that can be supervised, each ticked when the plan shows
//! it done.
//!
//! 1. Goals and key areas: the plan has at least one key area (strategic
//!    goals are optional: many county plans list areas and tasks only).
//! 2. Units: the plan has at least one unit.
//! 3. Tasks: the plan has at least one task.
//! 4. First reporting round: at least one progress report on a task that has
//!    not been withdrawn.
//!
//! Each step is judged on its own (units added before goals tick step 2), so
//! the list says what is still missing whatever the order the office works
//! in. Once every step is done the dashboard no longer shows the list; the
//! sample plan never shows it.

use crate::model::{Plan, Subject};
use crate::route::Route;
use crate::sample::is_sample_id;

/// One step of the setup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    GoalsAndAreas,
    Units,
    Tasks,
    FirstReport,
}

impl Step {
    /// The steps in the order they are best done.
    pub const ALL: [Step; 4] = [
        Step::GoalsAndAreas,
        Step::Units,
        Step::Tasks,
        Step::FirstReport,
    ];

    /// Where the step is done: goals & areas, units, tasks, report by unit.
    pub fn route(self) -> Route {
        match self {
            Step::GoalsAndAreas => Route::Setup,
            Step::Units => Route::Units,
            Step::Tasks => Route::Tasks(Default::default()),
            Step::FirstReport => Route::BulkReport(None),
        }
    }

    /// Whether `plan` shows this step done.
    pub fn done_in(self, plan: &Plan) -> bool {
        match self {
            Step::GoalsAndAreas => !plan.areas.is_empty(),
            Step::Units => !plan.units.is_empty(),
            Step::Tasks => !plan.tasks.is_empty(),
            Step::FirstReport => plan
                .updates
                .iter()
                .any(|u| u.withdrawn.is_none() && matches!(u.subject, Subject::Task(_))),
        }
    }
}

/// Every step of one plan, done or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist {
    /// In the order of [`Step::ALL`].
    pub steps: Vec<(Step, bool)>,
}

impl Checklist {
    pub fn of(plan: &Plan) -> Checklist {
        Checklist {
            steps: Step::ALL.iter().map(|s| (*s, s.done_in(plan))).collect(),
        }
    }

    /// How many steps are done.
    pub fn done(&self) -> usize {
        self.steps.iter().filter(|(_, d)| *d).count()
    }

    /// True when every step is done.
    pub fn complete(&self) -> bool {
        self.steps.iter().all(|(_, d)| *d)
    }

    /// The first step not done yet: the one to do next.
    pub fn next(&self) -> Option<Step> {
        self.steps.iter().find(|(_, d)| !*d).map(|(s, _)| *s)
    }
}

/// Whether the dashboard shows the checklist for `plan`: any plan but the
/// sample, until every step is done.
pub fn shown_for(plan: &Plan) -> bool {
    !is_sample_id(&plan.id) && !Checklist::of(plan).complete()
}

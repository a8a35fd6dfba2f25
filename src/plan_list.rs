//! The plans kept in this browser as their list shows them (the plan
//! switcher, the Plans view): id, title, period and counts. Only the plan on
//! screen is held whole in memory; another is read from storage through the
//! gate when the user opens it, so a province's plan is not copied into the
//! list on every save nor kept twice.

use crate::model::{Date, Id, Plan};

/// A plan as the list of plans shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummary {
    pub id: Id,
    pub title: String,
    pub start: Date,
    pub end: Date,
    /// How many tasks it has.
    pub tasks: usize,
    /// How many progress reports it has.
    pub reports: usize,
}

/// Plans with more tasks and reports than this together are large: opened
/// whole (an imported file), such a plan is shown first and saved when the
/// page is idle.
pub const LARGE_ITEMS: usize = 2_000;

impl PlanSummary {
    pub fn of(plan: &Plan) -> PlanSummary {
        PlanSummary {
            id: plan.id.clone(),
            title: plan.title.clone(),
            start: plan.start,
            end: plan.end,
            tasks: plan.tasks.len(),
            reports: plan.updates.len(),
        }
    }

    /// Whether the plan is large ([`LARGE_ITEMS`]).
    pub fn is_large(&self) -> bool {
        self.tasks + self.reports > LARGE_ITEMS
    }
}

/// Put `summary` in `list` in place of the plan of its id, or at the end.
pub fn put(list: &mut Vec<PlanSummary>, summary: PlanSummary) {
    match list.iter_mut().find(|s| s.id == summary.id) {
        Some(slot) => *slot = summary,
        None => list.push(summary),
    }
}

/// The summaries of `plans`, in their order, and the plan of `current`'s
/// id taken out whole (or the first plan when no plan has that id); the
/// other plans are dropped. `None` when `plans` is empty.
pub fn summarise(plans: Vec<Plan>, current: Option<&Id>) -> Option<(Plan, Vec<PlanSummary>)> {
    let list: Vec<PlanSummary> = plans.iter().map(PlanSummary::of).collect();
    let at = current
        .and_then(|id| plans.iter().position(|p| &p.id == id))
        .unwrap_or(0);
    let plan = plans.into_iter().nth(at)?;
    Some((plan, list))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(id: &str, tasks: usize) -> Plan {
        let day = |m| Date::from_ymd_opt(2024, m, 1).unwrap();
        let mut p = Plan::new(Id::new(id), format!("Plan {id}"), day(1), day(12));
        let model = crate::sample::sample_plan(crate::i18n::Lang::En).tasks[0].clone();
        p.tasks = vec![model; tasks];
        p
    }

    #[test]
    fn the_current_plan_is_taken_whole_and_every_plan_summarised() {
        let plans = vec![plan("a", 1), plan("b", 3), plan("c", 0)];
        let (current, list) = summarise(plans.clone(), Some(&Id::new("b"))).unwrap();
        assert_eq!(current, plans[1]);
        assert_eq!(
            list.iter()
                .map(|s| (s.id.as_str(), s.tasks))
                .collect::<Vec<_>>(),
            [("a", 1), ("b", 3), ("c", 0)]
        );
        assert_eq!(list[0].title, "Plan a");
        assert_eq!(list[0].start, plans[0].start);
        // An unknown or no current id: the first plan.
        let (current, _) = summarise(plans.clone(), Some(&Id::new("zz"))).unwrap();
        assert_eq!(current.id, Id::new("a"));
        assert_eq!(summarise(plans, None).unwrap().0.id, Id::new("a"));
        assert_eq!(summarise(Vec::new(), None), None);
    }

    #[test]
    fn put_replaces_the_plan_of_the_same_id_or_adds_it() {
        let mut list = vec![PlanSummary::of(&plan("a", 1))];
        put(&mut list, PlanSummary::of(&plan("b", 2)));
        put(&mut list, PlanSummary::of(&plan("a", 5)));
        assert_eq!(
            list.iter()
                .map(|s| (s.id.as_str(), s.tasks))
                .collect::<Vec<_>>(),
            [("a", 5), ("b", 2)]
        );
    }

    #[test]
    fn large_plans_are_counted_by_tasks_and_reports() {
        let mut s = PlanSummary::of(&plan("a", 1));
        assert!(!s.is_large());
        s.reports = LARGE_ITEMS;
        assert!(s.is_large());
        let province = crate::sample::province_year(crate::i18n::Lang::Zh, 1_000, 2);
        assert!(PlanSummary::of(&province).is_large());
        assert!(!PlanSummary::of(&crate::sample::sample_plan(crate::i18n::Lang::Zh)).is_large());
    }
}

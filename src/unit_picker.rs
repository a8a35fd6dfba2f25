//! The units Report by unit offers: grouped by kind (cities, departments,
//! districts, towns, others), each with how many tasks it leads and
//! co-operates on, so an office with hundreds of units finds the one it
//! wants and sees at once which have tasks to report on.

use crate::model::{Id, Plan, UnitKind};
use rustc_hash::FxHashMap;

/// The kinds in the order the picker shows their groups.
pub const KINDS: [UnitKind; 5] = [
    UnitKind::City,
    UnitKind::Department,
    UnitKind::District,
    UnitKind::Town,
    UnitKind::Other,
];

/// One unit as the picker offers it.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitChoice {
    pub id: Id,
    pub name: String,
    /// Tasks it leads.
    pub leads: usize,
    /// Tasks it co-operates on and does not lead.
    pub co: usize,
}

/// The plan's units by kind, in [`KINDS`] order; kinds without units are
/// left out. Within a kind, units keep the plan's order.
pub fn unit_choices(plan: &Plan) -> Vec<(UnitKind, Vec<UnitChoice>)> {
    let mut counts: FxHashMap<&Id, (usize, usize)> = FxHashMap::default();
    for task in &plan.tasks {
        counts.entry(&task.lead).or_default().0 += 1;
        for co in task.co_units.iter().filter(|u| **u != task.lead) {
            counts.entry(co).or_default().1 += 1;
        }
    }
    KINDS
        .iter()
        .filter_map(|kind| {
            let units: Vec<UnitChoice> = plan
                .units
                .iter()
                .filter(|u| u.kind == *kind)
                .map(|u| {
                    let (leads, co) = counts.get(&u.id).copied().unwrap_or_default();
                    UnitChoice {
                        id: u.id.clone(),
                        name: u.name.clone(),
                        leads,
                        co,
                    }
                })
                .collect();
            (!units.is_empty()).then_some((*kind, units))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::sample::sample_plan;

    #[test]
    fn every_unit_is_offered_once_in_its_kinds_group() {
        let plan = sample_plan(Lang::En);
        let groups = unit_choices(&plan);
        let offered: Vec<&Id> = groups
            .iter()
            .flat_map(|(_, units)| units.iter().map(|u| &u.id))
            .collect();
        assert_eq!(offered.len(), plan.units.len());
        for unit in &plan.units {
            let (kind, _) = groups
                .iter()
                .find(|(_, units)| units.iter().any(|u| u.id == unit.id))
                .unwrap();
            assert_eq!(*kind, unit.kind);
        }
        // Groups follow KINDS, none empty.
        let kinds: Vec<UnitKind> = groups.iter().map(|(k, _)| *k).collect();
        let mut ordered = kinds.clone();
        ordered.sort_by_key(|k| KINDS.iter().position(|x| x == k));
        assert_eq!(kinds, ordered);
        assert!(groups.iter().all(|(_, units)| !units.is_empty()));
    }

    #[test]
    fn counts_are_the_tasks_a_unit_leads_and_co_operates_on() {
        let plan = sample_plan(Lang::En);
        for (_, units) in unit_choices(&plan) {
            for u in units {
                let leads = plan.tasks.iter().filter(|t| t.lead == u.id).count();
                let co = plan
                    .tasks
                    .iter()
                    .filter(|t| t.lead != u.id && t.co_units.contains(&u.id))
                    .count();
                assert_eq!((u.leads, u.co), (leads, co), "{}", u.name);
            }
        }
        // The sample has units with tasks of both kinds.
        let all: Vec<UnitChoice> = unit_choices(&plan)
            .into_iter()
            .flat_map(|(_, u)| u)
            .collect();
        assert!(all.iter().any(|u| u.leads > 0));
        assert!(all.iter().any(|u| u.co > 0));
    }
}

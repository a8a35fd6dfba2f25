//! Sorting the task table on any column.

use super::index::{TaskIndex, TaskRow};
use crate::model::Plan;
use std::cmp::Ordering;

/// A column to sort on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Task number, compared as numbers part by part ("2.10" after "2.9").
    Code,
    Title,
    /// Key area, in plan order.
    Area,
    /// Lead unit, by name.
    Lead,
    /// Co-operating units, by their names in the task's order; none first.
    CoUnits,
    Tier,
    Deadline,
    Progress,
    /// Light, least to most severe.
    Light,
    /// Date of the latest report; never reported first.
    LastReport,
}

impl SortKey {
    pub const ALL: [SortKey; 10] = [
        SortKey::Code,
        SortKey::Title,
        SortKey::Area,
        SortKey::Lead,
        SortKey::CoUnits,
        SortKey::Tier,
        SortKey::Deadline,
        SortKey::Progress,
        SortKey::Light,
        SortKey::LastReport,
    ];
}

/// A column and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    /// Order `positions` (into `index.rows`). Ties keep plan order, in
    /// either direction.
    pub fn apply(self, plan: &Plan, index: &TaskIndex, positions: &mut [usize]) {
        crate::order::sort_positions(positions, &mut |a, b| {
            let (ra, rb) = (&index.rows[a], &index.rows[b]);
            let by = compare(plan, self.key, ra, rb);
            let by = if self.descending { by.reverse() } else { by };
            by.then(ra.index.cmp(&rb.index))
        });
    }
}

impl Sort {
    /// Every row of `index` in this order, for [`in_order`].
    pub fn order(self, plan: &Plan, index: &TaskIndex) -> Vec<usize> {
        let mut all: Vec<usize> = (0..index.rows.len()).collect();
        self.apply(plan, index, &mut all);
        all
    }
}

/// `positions` (into the index's rows) in the order of `order`, every row
/// of the index sorted ([`Sort::order`]): the same as sorting them, without
/// sorting again when only the filter changes.
pub fn in_order(order: &[usize], positions: &[usize]) -> Vec<usize> {
    let mut kept = vec![false; order.len()];
    for &p in positions {
        if let Some(k) = kept.get_mut(p) {
            *k = true;
        }
    }
    order
        .iter()
        .copied()
        .filter(|&p| kept.get(p).copied().unwrap_or(false))
        .collect()
}

fn compare(plan: &Plan, key: SortKey, a: &TaskRow, b: &TaskRow) -> Ordering {
    let task = |r: &TaskRow| &plan.tasks[r.index];
    match key {
        SortKey::Code => compare_codes(&task(a).code, &task(b).code),
        SortKey::Title => task(a).title.cmp(&task(b).title),
        SortKey::Area => a.area_pos.cmp(&b.area_pos),
        SortKey::Lead => a.lead_name.cmp(&b.lead_name),
        SortKey::CoUnits => a.co_names.cmp(&b.co_names),
        SortKey::Tier => task(a).tier.cmp(&task(b).tier),
        // A task without a deadline of its own after every dated one.
        SortKey::Deadline => (!a.dated, a.deadline).cmp(&(!b.dated, b.deadline)),
        SortKey::Progress => a.progress.total_cmp(&b.progress),
        SortKey::Light => a.status.light.cmp(&b.status.light),
        SortKey::LastReport => a.last_report.cmp(&b.last_report),
    }
}

/// Compare task numbers part by part, numbers as numbers: "2" < "2.3" <
/// "2.10" < "10". Parts that are not numbers compare as text, after numbers.
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    let parts = |s: &str| {
        s.split(['.', '-', ' '])
            .map(|p| p.parse::<u64>().map_err(|_| p.to_string()))
            .collect::<Vec<_>>()
    };
    let (pa, pb) = (parts(a), parts(b));
    for (x, y) in pa.iter().zip(&pb) {
        let o = match (x, y) {
            (Ok(x), Ok(y)) => x.cmp(y),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            (Err(x), Err(y)) => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    pa.len().cmp(&pb.len()).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Date;
    use crate::sample::sample_plan;

    fn codes(key: SortKey, descending: bool) -> Vec<String> {
        let plan = sample_plan(Lang::En);
        let index = TaskIndex::build(&plan, Date::from_ymd_opt(2023, 9, 30).unwrap());
        let mut positions: Vec<usize> = (0..index.rows.len()).collect();
        Sort { key, descending }.apply(&plan, &index, &mut positions);
        positions
            .iter()
            .map(|&i| plan.tasks[index.rows[i].index].code.clone())
            .collect()
    }

    #[test]
    fn a_filter_in_a_sorted_order_is_the_filter_sorted() {
        let plan = sample_plan(Lang::En);
        let index = TaskIndex::build(&plan, Date::from_ymd_opt(2023, 9, 30).unwrap());
        // Every other task, and the tasks searched for "park".
        let halves: Vec<usize> = (0..index.rows.len()).step_by(2).collect();
        let park = crate::query::TaskFilter {
            text: "park".into(),
            ..Default::default()
        }
        .apply(&plan, &index);
        assert!(!park.is_empty());
        for key in SortKey::ALL {
            for descending in [false, true] {
                let sort = Sort { key, descending };
                let order = sort.order(&plan, &index);
                for positions in [&halves, &park] {
                    let mut sorted = positions.clone();
                    sort.apply(&plan, &index, &mut sorted);
                    assert_eq!(in_order(&order, positions), sorted, "{key:?} {descending}");
                }
            }
        }
    }

    #[test]
    fn co_units_sort_by_name_with_none_first() {
        let up = codes(SortKey::CoUnits, false);
        // 18 of the sample's 44 tasks have no co-operating unit; they come
        // first, in plan order.
        assert_eq!(
            up[..18],
            [
                "2.5", "3.3", "5.1", "5.2", "6.1", "6.3", "7.2", "7.3", "8.3", "8.4", "9.5",
                "10.2", "11.1", "11.3", "12.1", "13.3", "13.4", "13.5"
            ]
        );
        // Then by name: "General Office …" (1.2), "Kelan County …, Pianguan
        // County …" (13.1), "Provincial Commission …" (1.4, 1.5), …
        assert_eq!(up[18..22], ["1.2", "13.1", "1.4", "1.5"]);
        // Several units: the first name decides, then the next.
        let at = |c: &str| up.iter().position(|x| x == c).unwrap();
        assert!(at("1.1") < at("1.3"));
        // Descending reverses the names; ties still keep plan order.
        let down = codes(SortKey::CoUnits, true);
        assert_eq!(down[..3], ["2.1", "3.1", "3.2"]);
        assert_eq!(down[down.len() - 18..], up[..18]);
    }
}

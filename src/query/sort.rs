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
    Tier,
    Deadline,
    Progress,
    /// Light, least to most severe.
    Light,
    /// Date of the latest report; never reported first.
    LastReport,
}

impl SortKey {
    pub const ALL: [SortKey; 9] = [
        SortKey::Code,
        SortKey::Title,
        SortKey::Area,
        SortKey::Lead,
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
        positions.sort_by(|&a, &b| {
            let (ra, rb) = (&index.rows[a], &index.rows[b]);
            let by = compare(plan, self.key, ra, rb);
            let by = if self.descending { by.reverse() } else { by };
            by.then(ra.index.cmp(&rb.index))
        });
    }
}

fn compare(plan: &Plan, key: SortKey, a: &TaskRow, b: &TaskRow) -> Ordering {
    let task = |r: &TaskRow| &plan.tasks[r.index];
    match key {
        SortKey::Code => compare_codes(&task(a).code, &task(b).code),
        SortKey::Title => task(a).title.cmp(&task(b).title),
        SortKey::Area => a.area_pos.cmp(&b.area_pos),
        SortKey::Lead => a.lead_name.cmp(&b.lead_name),
        SortKey::Tier => task(a).tier.cmp(&task(b).tier),
        SortKey::Deadline => a.deadline.cmp(&b.deadline),
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

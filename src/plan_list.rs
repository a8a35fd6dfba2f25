//! The plans kept in this browser as their list shows them (the plan
//! switcher, the Plans view): id, title, period and counts. Only the plan on
//! screen is held whole in memory; another is read from storage through the
//! gate when the user opens it, so a province's plan is not copied into the
//! list on every save nor kept twice.

use crate::format::packed::checked_head;
use crate::model::{parse_ymd, Date, Id, Plan};

/// A plan as the list of plans shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanSummary {
    pub id: Id,
    pub title: String,
    pub start: Date,
    pub end: Date,
    /// How many tasks it has.
    pub tasks: usize,
    /// How many progress reports stand (withdrawn ones are not counted).
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
            reports: plan.standing_reports(),
        }
    }

    /// Whether the plan is large ([`LARGE_ITEMS`]).
    pub fn is_large(&self) -> bool {
        self.tasks + self.reports > LARGE_ITEMS
    }
}

/// What is kept beside a large stored plan so that start-up need not read
/// it whole while it is not on screen: its summary, and the length and head
/// of the stored text it was taken from. The head of a packed text holds
/// its check (a hash of its whole compressed form), so a summary vouches
/// for a stored text only while that text is still the one it describes:
/// another length or another head (the plan saved again, by this tab or
/// another, or the text cut, replaced or edited) and the plan is read whole
/// and through the gate, as before. A change inside the text that keeps its
/// length and head is found when the plan is opened, which reads it whole.
///
/// Kept as one line of tab-separated fields ([`KeptSummary::to_text`]),
/// the title last, rather than through serde: a few lines of code instead
/// of a serializer and deserializer of their own in the bundle.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptSummary {
    pub summary: PlanSummary,
    /// The stored text's length, in characters (UTF-16 code units).
    pub chars: usize,
    /// The stored text's head ([`checked_head`]).
    pub head: String,
}

impl KeptSummary {
    /// The summary of `plan` stored as `stored`; `None` unless `stored` is
    /// a checked packed text (a small plan is read whole at start-up anyway)
    /// that reads (`plan` is what it holds). Such a text is its ASCII head
    /// and then characters of three UTF-8 bytes and one UTF-16 code unit
    /// each, so its length in code units is reckoned, not counted.
    pub fn new(plan: &Plan, stored: &str) -> Option<KeptSummary> {
        Some(KeptSummary::from_head(
            plan,
            checked_head(stored)?,
            stored.len(),
        ))
    }

    /// [`KeptSummary::new`] from the text's head and its length in bytes.
    pub fn from_head(plan: &Plan, head: &str, bytes: usize) -> KeptSummary {
        KeptSummary {
            chars: head.len() + bytes.saturating_sub(head.len()) / 3,
            head: head.to_string(),
            summary: PlanSummary::of(plan),
        }
    }

    /// The plan's summary, if this still describes the text stored for
    /// plan `id`: `chars` long, starting with `first` (at least its first
    /// [`crate::format::packed::HEAD_MAX`] characters, or all of it).
    pub fn vouches(&self, id: &Id, chars: usize, first: &str) -> Option<&PlanSummary> {
        let same = &self.summary.id == id
            && self.chars == chars
            && checked_head(first) == Some(self.head.as_str());
        same.then_some(&self.summary)
    }

    /// The line storage keeps: length, head, tasks, reports, start, end,
    /// title (which may hold anything, so it comes last).
    pub fn to_text(&self) -> String {
        let s = &self.summary;
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            self.chars, self.head, s.tasks, s.reports, s.start, s.end, s.title
        )
    }

    /// Read a line written by [`KeptSummary::to_text`] for plan `id`;
    /// `None` for anything else.
    pub fn from_text(id: &Id, text: &str) -> Option<KeptSummary> {
        let mut f = text.splitn(7, '\t');
        let mut next = || f.next();
        let (chars, head) = (next()?.parse().ok()?, next()?.to_string());
        let (tasks, reports) = (next()?.parse().ok()?, next()?.parse().ok()?);
        let (start, end) = (parse_ymd(next()?)?, parse_ymd(next()?)?);
        let title = next()?.to_string();
        Some(KeptSummary {
            summary: PlanSummary {
                id: id.clone(),
                title,
                start,
                end,
                tasks,
                reports,
            },
            chars,
            head,
        })
    }
}

/// Put `summary` in `list` in place of the plan of its id, or at the end.
pub fn put(list: &mut Vec<PlanSummary>, summary: PlanSummary) {
    match list.iter_mut().find(|s| s.id == summary.id) {
        Some(slot) => *slot = summary,
        None => list.push(summary),
    }
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
    fn a_kept_summary_vouches_only_for_the_text_it_was_taken_from() {
        use crate::format::packed::{pack, stored_form, HEAD_MAX};
        let plan = crate::sample::province_year(crate::i18n::Lang::En, 300, 12);
        let stored = stored_form(&plan);
        let kept = KeptSummary::new(&plan, &stored).expect("a large plan is stored checked");
        let chars = stored.encode_utf16().count();
        let first: String = stored.chars().take(HEAD_MAX).collect();
        let summary = PlanSummary::of(&plan);
        assert_eq!(kept.vouches(&plan.id, chars, &first), Some(&summary));
        assert_eq!(kept.vouches(&plan.id, chars, &stored), Some(&summary));
        // Another length, another plan's key, or another text of the same
        // length (its check differs): read the plan whole.
        assert_eq!(kept.vouches(&plan.id, chars - 1, &first), None);
        assert_eq!(kept.vouches(&Id::new("other"), chars, &first), None);
        let mut changed = plan.clone();
        changed.updates[0].progress += 1.0;
        let again = stored_form(&changed);
        assert_ne!(checked_head(&again), checked_head(&stored));
        assert_eq!(kept.vouches(&plan.id, chars, &again), None);
        assert_eq!(kept.vouches(&plan.id, chars, "{\"format\""), None);
        // Kept as a line of text, the title whatever it holds.
        let mut odd = kept.clone();
        odd.summary.title = "Tabs\there\tand\nthere".into();
        for k in [&kept, &odd] {
            assert_eq!(
                KeptSummary::from_text(&plan.id, &k.to_text()).as_ref(),
                Some(k)
            );
        }
        assert_eq!(KeptSummary::from_text(&plan.id, "12\tPTz2:"), None);
        assert_eq!(KeptSummary::from_text(&plan.id, ""), None);
        // Small plans are stored plain and read whole: nothing to keep.
        let small = crate::sample::sample_plan(crate::i18n::Lang::En);
        assert_eq!(KeptSummary::new(&small, &stored_form(&small)), None);
        assert!(KeptSummary::new(&small, &pack(&export(&small))).is_some());
    }

    fn export(plan: &Plan) -> String {
        crate::format::export_compact(plan)
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

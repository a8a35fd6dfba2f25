//! The filters that are set, one item per value, so a view can list them
//! (as removable chips) and take any one away; and ticking a value on or off.

use super::{Sort, SortKey, TaskFilter};
use crate::model::{Date, Id, SourceKind, Tier};
use crate::status::Light;
use crate::supervision::{LoopStage, OpenNotice, ReplyState};

/// One value of one filter that is set. Ranges count as one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActiveFilter {
    Text(String),
    Area(Id),
    Goal(Id),
    Tier(Tier),
    Lead(Id),
    CoUnit(Id),
    Light(Light),
    /// Least and most progress, in percent.
    Progress(Option<u8>, Option<u8>),
    /// Deadline on or after, on or before.
    Due(Option<Date>, Option<Date>),
    Tag(String),
    Overdue,
    NoReportSince(Date),
    Source(SourceKind),
    Stage(LoopStage),
    NotSignedInTime,
    Notice(OpenNotice),
    Reply(ReplyState),
}

impl TaskFilter {
    /// Every filter value that is set, in the order the filters are listed.
    pub fn active(&self) -> Vec<ActiveFilter> {
        use ActiveFilter as A;
        let mut out = Vec::new();
        if !self.text.trim().is_empty() {
            out.push(A::Text(self.text.trim().to_string()));
        }
        out.extend(self.areas.iter().cloned().map(A::Area));
        out.extend(self.goals.iter().cloned().map(A::Goal));
        out.extend(self.tiers.iter().copied().map(A::Tier));
        out.extend(self.leads.iter().cloned().map(A::Lead));
        out.extend(self.co_units.iter().cloned().map(A::CoUnit));
        out.extend(self.lights.iter().copied().map(A::Light));
        if self.progress_min.is_some() || self.progress_max.is_some() {
            out.push(A::Progress(self.progress_min, self.progress_max));
        }
        if self.due_from.is_some() || self.due_to.is_some() {
            out.push(A::Due(self.due_from, self.due_to));
        }
        out.extend(self.tags.iter().cloned().map(A::Tag));
        if self.overdue {
            out.push(A::Overdue);
        }
        if let Some(d) = self.no_report_since {
            out.push(A::NoReportSince(d));
        }
        out.extend(self.sources.iter().copied().map(A::Source));
        out.extend(self.stages.iter().copied().map(A::Stage));
        if self.not_signed_in_time {
            out.push(A::NotSignedInTime);
        }
        out.extend(self.notices.iter().copied().map(A::Notice));
        out.extend(self.replies.iter().copied().map(A::Reply));
        out
    }

    /// This filter with `item` taken away; everything else as it was.
    pub fn without(&self, item: &ActiveFilter) -> TaskFilter {
        use ActiveFilter as A;
        let mut f = self.clone();
        match item {
            A::Text(_) => f.text.clear(),
            A::Area(id) => f.areas.retain(|x| x != id),
            A::Goal(id) => f.goals.retain(|x| x != id),
            A::Tier(t) => f.tiers.retain(|x| x != t),
            A::Lead(id) => f.leads.retain(|x| x != id),
            A::CoUnit(id) => f.co_units.retain(|x| x != id),
            A::Light(l) => f.lights.retain(|x| x != l),
            A::Progress(..) => {
                f.progress_min = None;
                f.progress_max = None;
            }
            A::Due(..) => {
                f.due_from = None;
                f.due_to = None;
            }
            A::Tag(t) => f.tags.retain(|x| x != t),
            A::Overdue => f.overdue = false,
            A::NoReportSince(_) => f.no_report_since = None,
            A::Source(s) => f.sources.retain(|x| x != s),
            A::Stage(s) => f.stages.retain(|x| x != s),
            A::NotSignedInTime => f.not_signed_in_time = false,
            A::Notice(v) => f.notices.retain(|x| x != v),
            A::Reply(r) => f.replies.retain(|x| x != r),
        }
        f
    }
}

/// `list` with `value` added at the end when `on` (kept in place if already
/// there), removed when not; a value is never listed twice.
pub fn toggled<T: PartialEq + Clone>(list: &[T], value: &T, on: bool) -> Vec<T> {
    let mut out: Vec<T> = list.iter().filter(|x| *x != value).cloned().collect();
    if on {
        if list.contains(value) {
            return list.to_vec();
        }
        out.push(value.clone());
    }
    out
}

/// The order after a click on `key`'s column header: the same column flips
/// its direction; another column sorts ascending.
pub fn next_sort(current: Option<Sort>, key: SortKey) -> Sort {
    match current {
        Some(s) if s.key == key => Sort {
            key,
            descending: !s.descending,
        },
        _ => Sort {
            key,
            descending: false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn full() -> TaskFilter {
        TaskFilter {
            text: "  cloud  ".into(),
            areas: vec![Id::new("a-1"), Id::new("a-2")],
            goals: vec![Id::new("g-1")],
            tiers: vec![Tier::Key],
            leads: vec![Id::new("u-1")],
            co_units: vec![Id::new("u-2")],
            lights: vec![Light::Red, Light::Grey],
            progress_min: None,
            progress_max: Some(50),
            due_from: Some(date("2023-01-01")),
            due_to: None,
            tags: vec!["园区".into()],
            overdue: true,
            no_report_since: Some(date("2023-08-01")),
            sources: vec![SourceKind::Meeting],
            stages: vec![LoopStage::Returned],
            not_signed_in_time: true,
            notices: vec![None],
            replies: vec![ReplyState::Late],
        }
    }

    #[test]
    fn every_value_is_one_item_in_filter_order() {
        use ActiveFilter as A;
        assert_eq!(TaskFilter::default().active(), vec![]);
        let items = full().active();
        assert_eq!(
            items,
            vec![
                A::Text("cloud".into()),
                A::Area(Id::new("a-1")),
                A::Area(Id::new("a-2")),
                A::Goal(Id::new("g-1")),
                A::Tier(Tier::Key),
                A::Lead(Id::new("u-1")),
                A::CoUnit(Id::new("u-2")),
                A::Light(Light::Red),
                A::Light(Light::Grey),
                A::Progress(None, Some(50)),
                A::Due(Some(date("2023-01-01")), None),
                A::Tag("园区".into()),
                A::Overdue,
                A::NoReportSince(date("2023-08-01")),
                A::Source(SourceKind::Meeting),
                A::Stage(LoopStage::Returned),
                A::NotSignedInTime,
                A::Notice(None),
                A::Reply(ReplyState::Late),
            ]
        );
        // Whitespace alone is no search.
        let blank = TaskFilter {
            text: "   ".into(),
            ..TaskFilter::default()
        };
        assert_eq!(blank.active(), vec![]);
    }

    #[test]
    fn taking_each_item_away_removes_exactly_it() {
        let f = full();
        let items = f.active();
        for (i, item) in items.iter().enumerate() {
            let rest = f.without(item).active();
            let mut expected = items.clone();
            expected.remove(i);
            assert_eq!(rest, expected, "without {item:?}");
        }
        // Taking every item away, one after another, leaves no filter.
        let emptied = items.iter().fold(f, |acc, item| acc.without(item));
        assert!(emptied.is_empty(), "{emptied:?}");
    }

    #[test]
    fn toggling_adds_once_and_removes() {
        let list = vec![1, 2];
        assert_eq!(toggled(&list, &3, true), vec![1, 2, 3]);
        assert_eq!(toggled(&list, &1, true), vec![1, 2]);
        assert_eq!(toggled(&list, &1, false), vec![2]);
        assert_eq!(toggled(&list, &9, false), vec![1, 2]);
    }

    #[test]
    fn a_header_click_sorts_then_flips() {
        let up = |key| Sort {
            key,
            descending: false,
        };
        let down = |key| Sort {
            key,
            descending: true,
        };
        assert_eq!(next_sort(None, SortKey::Deadline), up(SortKey::Deadline));
        assert_eq!(
            next_sort(Some(up(SortKey::Deadline)), SortKey::Deadline),
            down(SortKey::Deadline)
        );
        assert_eq!(
            next_sort(Some(down(SortKey::Deadline)), SortKey::Deadline),
            up(SortKey::Deadline)
        );
        assert_eq!(
            next_sort(Some(down(SortKey::Deadline)), SortKey::Title),
            up(SortKey::Title)
        );
    }
}

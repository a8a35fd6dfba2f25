//! The closed lists a user chooses from (a plan's level, a task's tier, a
//! project's phase …): every value once, in the order a form offers them,
//! and the key each has in a file, which a select's option carries too, so
//! a choice is never an index into a list that might change.

use super::*;

/// A value of a closed list: one a form offers (a plan's level, a task's
/// tier …) or one only files write (an entity's kind, a change's action).
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order a form offers them.
    const ALL: &'static [Self];
    /// Every value's key, in the same order.
    const KEYS: &'static [&'static str];
    /// The value's key, as files write it.
    fn key(self) -> &'static str;
    /// The value of `key`, if it names one.
    fn from_key(key: &str) -> Option<Self> {
        key_at(Self::KEYS, key).map(|i| Self::ALL[i])
    }
}

/// Where `key` stands in `keys`: one search for every list.
fn key_at(keys: &[&str], key: &str) -> Option<usize> {
    keys.iter().position(|k| *k == key)
}

/// Reads a string as its position among the keys it holds, in place (no
/// copy of the text).
struct KeyOf(&'static [&'static str]);

impl serde::de::Visitor<'_> for KeyOf {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("one of the list's keys")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        key_at(self.0, v).ok_or_else(|| E::unknown_variant(v, self.0))
    }
}

/// A closed list's value read from its key, with serde's own message for
/// any other word: one small reader for every list, where serde's derived
/// reader is a function of about a kilobyte for each.
fn deserialize_choice<'de, T: Choice, D: serde::Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_str(KeyOf(T::KEYS)).map(|i| T::ALL[i])
}

macro_rules! choice {
    ($t:ty, [$($v:ident => $k:literal),+ $(,)?]) => {
        impl Choice for $t {
            const ALL: &'static [$t] = &[$(<$t>::$v),+];
            const KEYS: &'static [&'static str] = &[$($k),+];
            fn key(self) -> &'static str {
                match self { $(<$t>::$v => $k),+ }
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                deserialize_choice(d)
            }
        }
    };
}

choice!(Level, [National => "national", Province => "province", City => "city", District => "district", County => "county", Township => "township", Other => "other"]);
choice!(Cadence, [Weekly => "weekly", Monthly => "monthly", Quarterly => "quarterly", HalfYearly => "half_yearly", Yearly => "yearly"]);
choice!(UnitKind, [City => "city", Department => "department", District => "district", Town => "town", Other => "other"]);
choice!(Tier, [Regular => "regular", Key => "key", KeyBreakthrough => "key_breakthrough"]);
choice!(Phase, [Planned => "planned", Preparing => "preparing", UnderConstruction => "under_construction", Completed => "completed", InOperation => "in_operation"]);
choice!(Direction, [HigherIsBetter => "higher_is_better", LowerIsBetter => "lower_is_better"]);
choice!(Nature, [Binding => "binding", Anticipatory => "anticipatory"]);
choice!(Tally, [Level => "level", RunningTotal => "running_total"]);
choice!(SourceKind, [Plan => "plan", Meeting => "meeting", Instruction => "instruction", Document => "document", Other => "other"]);
choice!(StepKind, [Assigned => "assigned", SignedFor => "signed_for", CompletionReported => "completion_reported", Accepted => "accepted", Returned => "returned", ClosedOut => "closed_out"]);
choice!(NoticeLevel, [Reminder => "reminder", Chase => "chase", ByName => "by_name"]);
// Closed lists no form offers, read by the same reader.
choice!(Kind, [Goal => "goal", Area => "area", Unit => "unit", Task => "task", Project => "project", Indicator => "indicator", Update => "update", Step => "step", Notice => "notice"]);
choice!(history::Action, [EditPlan => "edit_plan", Add => "add", Edit => "edit", Delete => "delete", Move => "move", Report => "report", Withdraw => "withdraw", Reinstate => "reinstate", Batch => "batch", Undo => "undo", Redo => "redo", Create => "create", Assign => "assign", SignFor => "sign_for", ReportCompletion => "report_completion", Accept => "accept", Return => "return", CloseOut => "close_out", IssueNotice => "issue_notice", Reply => "reply"]);
choice!(history::MilestoneChange, [Added => "added", Removed => "removed", Done => "done", Reopened => "reopened", Edited => "edited", Moved => "moved"]);
choice!(ReportedStatus, [NotStarted => "not_started", OnTrack => "on_track", AtRisk => "at_risk", Behind => "behind", Completed => "completed"]);

#[cfg(test)]
mod tests {
    use super::*;

    /// A choice's key is the word files write for it, and reads back, as
    /// a key and from a file; any other word is refused as serde refuses
    /// an unknown variant.
    fn keys_are_the_file_words<
        T: Choice + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug,
    >() {
        assert_eq!(T::ALL.len(), T::KEYS.len());
        for &c in T::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.key(), "{c:?}");
            assert_eq!(T::from_key(c.key()), Some(c));
            let read: T = serde_json::from_str(&format!("\"{}\"", c.key())).unwrap();
            assert_eq!(read, c);
            let read: T = serde_json::from_value(serde_json::json!(c.key())).unwrap();
            assert_eq!(read, c);
        }
        assert_eq!(T::from_key("no such key"), None);
        let e = serde_json::from_str::<T>("\"no_such_key\"").unwrap_err();
        // serde's words: "expected `a` or `b`", "expected one of `a`, …".
        let e = e.to_string();
        assert!(
            e.starts_with("unknown variant `no_such_key`, expected "),
            "{e}"
        );
        assert!(e.contains(&format!("`{}`", T::KEYS[0])), "{e}");
        assert!(serde_json::from_str::<T>("3").is_err());
    }

    #[test]
    fn every_list_keys_its_values_as_files_do() {
        keys_are_the_file_words::<Level>();
        keys_are_the_file_words::<Cadence>();
        keys_are_the_file_words::<UnitKind>();
        keys_are_the_file_words::<Tier>();
        keys_are_the_file_words::<Phase>();
        keys_are_the_file_words::<Direction>();
        keys_are_the_file_words::<Nature>();
        keys_are_the_file_words::<Tally>();
        keys_are_the_file_words::<Kind>();
        keys_are_the_file_words::<history::Action>();
        keys_are_the_file_words::<history::MilestoneChange>();
        keys_are_the_file_words::<ReportedStatus>();
        keys_are_the_file_words::<SourceKind>();
        keys_are_the_file_words::<StepKind>();
        keys_are_the_file_words::<NoticeLevel>();
    }
}

//! The closed lists a user chooses from (a plan's level, a task's tier, a
//! project's phase …): every value once, in the order a form offers them,
//! and the key each has in a file, which a select's option carries too, so
//! a choice is never an index into a list that might change.

use super::*;

/// A value chosen from a closed list.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order a form offers them.
    const ALL: &'static [Self];
    /// The value's key, as files write it.
    fn key(self) -> &'static str;
    /// The value of `key`, if it names one.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
}

macro_rules! choice {
    ($t:ty, [$($v:ident => $k:literal),+ $(,)?]) => {
        impl Choice for $t {
            const ALL: &'static [$t] = &[$(<$t>::$v),+];
            fn key(self) -> &'static str {
                match self { $(<$t>::$v => $k),+ }
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
choice!(ReportedStatus, [NotStarted => "not_started", OnTrack => "on_track", AtRisk => "at_risk", Behind => "behind", Completed => "completed"]);

#[cfg(test)]
mod tests {
    use super::*;

    /// A choice's key is the word files write for it, and reads back.
    fn keys_are_the_file_words<T: Choice + serde::Serialize + std::fmt::Debug>() {
        for &c in T::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), c.key(), "{c:?}");
            assert_eq!(T::from_key(c.key()), Some(c));
        }
        assert_eq!(T::from_key("no such key"), None);
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
        keys_are_the_file_words::<ReportedStatus>();
        keys_are_the_file_words::<SourceKind>();
        keys_are_the_file_words::<StepKind>();
        keys_are_the_file_words::<NoticeLevel>();
    }
}

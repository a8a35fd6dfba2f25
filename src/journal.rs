//! The change log kept beside a large stored plan, so that saving a change
//! costs what the change costs, not what the plan costs.
//!
//! A province's year is stored packed: about 2.5 million characters, and
//! packing and writing them takes half a second of the page's time. So
//! after a large plan's stored text (its *snapshot*), each change is saved
//! as the [`Recorded`] command it was, appended to a [`Journal`] stored
//! under its own key: a few hundred characters, written at once. Reading
//! the plan back is the snapshot through the gate, then the journal's
//! changes applied in order, as they were made ([`Journal::replay`]).
//!
//! # Rules
//!
//! - A journal names the snapshot it follows by the snapshot's
//!   [`fingerprint`] (`base`). One whose base is not the stored snapshot is
//!   stale (a newer snapshot was written and the journal not yet removed):
//!   it is not replayed.
//! - A journal longer than [`JOURNAL_MAX_CHARS`] is not written: the whole
//!   plan is written as a new snapshot instead and the journal removed
//!   (compaction; the page packs it a slice at a time once idle). The app
//!   also compacts when the page is hidden.
//! - The changes replay exactly: applying a command is deterministic (its
//!   author, time and history entry are recorded with it).

use crate::command::{apply_as, CommandError};
use crate::model::Plan;
use crate::session::Recorded;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};

/// Above this many characters a journal is not written; the plan is
/// written whole instead and the journal removed.
pub const JOURNAL_MAX_CHARS: usize = 128 * 1024;

/// A hash of a stored text: what a journal's base and a tab's knowledge of
/// storage are checked by. FxHash rather than SipHash: no one chooses these
/// texts to collide, and a province's packed plan is millions of characters.
pub fn fingerprint(text: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// The changes made to a stored plan since its snapshot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    /// The [`fingerprint`] of the snapshot these changes follow.
    pub base: u64,
    /// The changes, oldest first.
    pub changes: Vec<Recorded>,
}

/// Why a journal's changes could not all be replayed: the change at `index`
/// was refused. The changes before it were applied.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayError {
    pub index: usize,
    pub error: CommandError,
}

impl Journal {
    /// An empty journal after the snapshot `snapshot`.
    pub fn after(snapshot: &str) -> Journal {
        Journal {
            base: fingerprint(snapshot),
            changes: Vec::new(),
        }
    }

    /// Whether this journal follows `snapshot` (else it is stale).
    pub fn follows(&self, snapshot: &str) -> bool {
        self.base == fingerprint(snapshot)
    }

    /// The stored text: compact JSON.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a journal always serializes")
    }

    /// Read a stored journal; `None` when the text is not one.
    pub fn from_text(text: &str) -> Option<Journal> {
        serde_json::from_str(text).ok()
    }

    /// Apply the changes to `plan` (the snapshot read), in order, as they
    /// were made. Stops at the first that is refused.
    pub fn replay(&self, plan: &mut Plan) -> Result<(), ReplayError> {
        for (index, c) in self.changes.iter().enumerate() {
            apply_as(plan, c.cmd.clone(), &c.author, &c.at, c.entry.clone())
                .map_err(|error| ReplayError { index, error })?;
        }
        Ok(())
    }

    /// The changes the journal stored as `newer` holds after this one's,
    /// when it is this journal, stored as `text`, with changes appended
    /// (`newer` begins as `text` does, up to its closing `]}`); `None` when
    /// it is anything else (it follows another snapshot, or was cut short
    /// or written otherwise) or nothing was appended. Another tab that
    /// follows this journal applies only those to its plan, which is the
    /// snapshot with this journal replayed.
    pub fn appended_by(&self, text: &str, newer: &str) -> Option<Vec<Recorded>> {
        newer.strip_prefix(text.strip_suffix("]}")?)?;
        let mut newer = Journal::from_text(newer)?;
        let known = self.changes.len();
        (newer.changes.len() > known).then(|| newer.changes.split_off(known))
    }

    /// This journal with `changes` appended, as stored text, if it stays
    /// within [`JOURNAL_MAX_CHARS`]; `None` when the plan should be written
    /// whole instead.
    pub fn extended(&self, changes: &[Recorded]) -> Option<(Journal, String)> {
        let mut next = self.clone();
        next.changes.extend_from_slice(changes);
        let text = next.to_text();
        (text.encode_utf16().count() <= JOURNAL_MAX_CHARS).then_some((next, text))
    }

    /// What [`Journal::extended`] writes, built from `text`, this
    /// journal's stored text as [`Journal::to_text`] wrote it, and the new
    /// `changes` alone: a save costs what its change costs, not the
    /// journal's length. `None` when the text does not end as written (then
    /// the plan is written whole) or the journal would pass
    /// [`JOURNAL_MAX_CHARS`].
    pub fn appended_text(&self, text: &str, changes: &[Recorded]) -> Option<String> {
        let open = text.strip_suffix("]}")?;
        let mut out = String::with_capacity(text.len() + 512 * changes.len());
        out.push_str(open);
        for (i, change) in changes.iter().enumerate() {
            if i > 0 || !self.changes.is_empty() {
                out.push(',');
            }
            out.push_str(&serde_json::to_string(change).ok()?);
        }
        out.push_str("]}");
        (out.encode_utf16().count() <= JOURNAL_MAX_CHARS).then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{describe, Author, Command};
    use crate::format::packed::{read_stored, stored_form};
    use crate::i18n::Lang;
    use crate::model::Kind;
    use crate::validate::Entity;

    fn me() -> Author {
        Author {
            name: "Li".into(),
            unit: "Office".into(),
        }
    }

    /// Apply `cmd` to `plan` as the session does, and record it.
    fn change(plan: &mut Plan, cmd: Command, at: &str) -> Recorded {
        let entry = describe(plan, &cmd);
        apply_as(plan, cmd.clone(), &me(), at, entry.clone()).unwrap();
        Recorded {
            cmd,
            author: me(),
            at: at.into(),
            entry,
        }
    }

    fn province() -> Plan {
        crate::sample::province_year(Lang::En, 300, 2)
    }

    fn some_changes(plan: &mut Plan) -> Vec<Recorded> {
        let mut task = plan.tasks[3].clone();
        task.title = "A title changed after the snapshot".into();
        let removed = plan.tasks[7].id.clone();
        vec![
            change(
                plan,
                Command::Put {
                    entity: Entity::Task(task),
                    at: None,
                },
                "2024-03-01T08:00:00Z",
            ),
            change(
                plan,
                Command::Remove {
                    kind: Kind::Task,
                    id: removed,
                },
                "2024-03-01T08:01:00Z",
            ),
        ]
    }

    #[test]
    fn a_snapshot_and_its_journal_read_back_as_the_plan_in_memory() {
        let mut plan = province();
        let snapshot = stored_form(&plan);
        let journal = Journal::after(&snapshot);
        let changes = some_changes(&mut plan);
        let (journal, text) = journal.extended(&changes).expect("two changes fit");
        assert!(text.len() < 20_000, "{} characters", text.len());
        // Appended to the stored text, the same text: two changes at once,
        // and one then the other.
        let empty = Journal::after(&snapshot);
        assert_eq!(
            empty.appended_text(&empty.to_text(), &changes),
            Some(text.clone())
        );
        let (one, one_text) = empty.extended(&changes[..1]).unwrap();
        assert_eq!(
            one.appended_text(&one_text, &changes[1..]),
            Some(text.clone())
        );
        // A text not ended as written is not appended to.
        assert_eq!(
            one.appended_text(&format!("{one_text} "), &changes[1..]),
            None
        );

        let read = Journal::from_text(&text).expect("reads back");
        assert_eq!(read, journal);
        assert!(read.follows(&snapshot));
        let mut back = read_stored(&snapshot).unwrap();
        read.replay(&mut back).unwrap();
        assert_eq!(back, plan);
        assert!(crate::validate::validate(&back).is_empty());
    }

    #[test]
    fn another_tab_reads_only_the_changes_appended_to_the_journal_it_follows() {
        let mut plan = province();
        let snapshot = stored_form(&plan);
        let empty = Journal::after(&snapshot);
        // This tab follows the journal after one change; the other tab
        // appends the second (the stored text as it writes it).
        let mut here = read_stored(&snapshot).unwrap();
        let changes = some_changes(&mut plan);
        let (followed, followed_text) = empty.extended(&changes[..1]).unwrap();
        followed.replay(&mut here).unwrap();
        let stored = followed
            .appended_text(&followed_text, &changes[1..])
            .unwrap();
        let appended = followed
            .appended_by(&followed_text, &stored)
            .expect("only appended");
        assert_eq!(appended, &changes[1..]);
        // Applied in place, the plan the other tab has: no reading it whole.
        Journal {
            base: followed.base,
            changes: appended,
        }
        .replay(&mut here)
        .unwrap();
        assert_eq!(here, plan);
        // The empty journal: all of them. Nothing appended: nothing.
        assert_eq!(
            empty.appended_by(&empty.to_text(), &stored),
            Some(changes.clone())
        );
        let newer = Journal::from_text(&stored).unwrap();
        assert_eq!(newer.appended_by(&stored, &stored), None);
        // Not an extension: a journal cut short, another first change,
        // another snapshot, a text that is not a journal.
        assert_eq!(newer.appended_by(&stored, &followed_text), None);
        let mut other = newer.clone();
        other.changes[0].at = "2024-03-02T08:00:00Z".into();
        assert_eq!(followed.appended_by(&followed_text, &other.to_text()), None);
        let elsewhere = Journal {
            base: followed.base ^ 1,
            ..newer.clone()
        };
        assert_eq!(
            followed.appended_by(&followed_text, &elsewhere.to_text()),
            None
        );
        let open = followed_text.strip_suffix("]}").unwrap();
        assert_eq!(
            followed.appended_by(&followed_text, &format!("{open},{{]}}")),
            None
        );
    }

    #[test]
    fn a_journal_follows_only_its_own_snapshot() {
        let mut plan = province();
        let snapshot = stored_form(&plan);
        let journal = Journal::after(&snapshot);
        some_changes(&mut plan);
        let newer = stored_form(&plan);
        assert!(journal.follows(&snapshot));
        assert!(!journal.follows(&newer));
    }

    #[test]
    fn a_change_that_does_not_apply_stops_the_replay_where_it_is() {
        let mut plan = province();
        let snapshot = stored_form(&plan);
        let mut changes = some_changes(&mut plan);
        // The removal again: the task is gone by then.
        changes.push(changes[1].clone());
        let journal = Journal {
            base: fingerprint(&snapshot),
            changes,
        };
        let mut back = read_stored(&snapshot).unwrap();
        let err = journal.replay(&mut back).unwrap_err();
        assert_eq!(err.index, 2);
        assert!(matches!(err.error, CommandError::NotFound(Kind::Task, _)));
        // The two before it were applied.
        assert_eq!(back, plan);
    }

    #[test]
    fn a_journal_past_its_limit_is_not_written() {
        let mut plan = crate::sample::sample_plan(Lang::En);
        let snapshot = stored_form(&plan);
        let mut journal = Journal::after(&snapshot);
        let mut text = journal.to_text();
        let mut n = 0;
        loop {
            let mut task = plan.tasks[0].clone();
            task.title = format!("Title number {n} {}", "x".repeat(500));
            let c = change(
                &mut plan,
                Command::Put {
                    entity: Entity::Task(task),
                    at: None,
                },
                "2024-03-01T08:00:00Z",
            );
            let appended = journal.appended_text(&text, std::slice::from_ref(&c));
            match journal.extended(std::slice::from_ref(&c)) {
                Some((next, next_text)) => {
                    assert!(next_text.encode_utf16().count() <= JOURNAL_MAX_CHARS);
                    assert_eq!(appended.as_ref(), Some(&next_text));
                    journal = next;
                    text = next_text;
                }
                None => {
                    assert_eq!(appended, None);
                    break;
                }
            }
            n += 1;
        }
        assert!(n > 50, "{n} changes fit");
        assert!(Journal::from_text("{\"base\":1}").is_none());
        assert!(Journal::from_text("not json").is_none());
    }
}

//! A task's free-text fields, declared once: the task form makes an input
//! of each and the task page shows each as a fact, both from this table.
//! A new text field on a task is one row here (and its label in the
//! catalog); the fields with a control of their own (units, dates, tier,
//! weight, tags, milestones, the indicator) are written out in both.

use crate::i18n::Catalog;
use crate::model::Task;

/// One free-text field of a task.
pub(super) struct TaskText {
    /// The field's name in a problem's path (and in the input's id, `tf-<key>`).
    pub key: &'static str,
    pub label: fn(&'static Catalog) -> &'static str,
    pub get: fn(&Task) -> &str,
    pub set: fn(&mut Task, String),
    /// Several lines (a text area; a wide fact on the page).
    pub long: bool,
    /// Shown on the task page (the code is in the page's heading instead).
    pub fact: bool,
}

/// The task's free-text fields, in the order the form and the page show them.
/// All are behind the form's "more details" button.
pub(super) const TASK_TEXTS: &[TaskText] = &[
    TaskText {
        key: "code",
        label: |t| t.field_code,
        get: |x| &x.code,
        set: |x, v| x.code = v,
        long: false,
        fact: false,
    },
    TaskText {
        key: "leader",
        label: |t| t.ledger.field_leader,
        get: |x| &x.leader,
        set: |x, v| x.leader = v,
        long: false,
        fact: true,
    },
    TaskText {
        key: "funding_source",
        label: |t| t.ledger.field_funding_source,
        get: |x| &x.funding_source,
        set: |x, v| x.funding_source = v,
        long: false,
        fact: true,
    },
    TaskText {
        key: "requirement",
        label: |t| t.ledger.field_requirement,
        get: |x| &x.requirement.text,
        set: |x, v| x.requirement.text = v,
        long: true,
        fact: true,
    },
    TaskText {
        key: "description",
        label: |t| t.ledger.field_description,
        get: |x| &x.description,
        set: |x, v| x.description = v,
        long: true,
        fact: true,
    },
];

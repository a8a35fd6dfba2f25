//! A task's free-text fields, declared once: the task form makes an input
//! of each, the task page shows each as a fact, and the CSV task sheet
//! gives a column to each that has [`TaskText::csv`] words, all from this
//! table. A new text field on a task is its `String` on [`Task`] (with
//! `#[serde(default, skip_serializing_if = "String::is_empty")]`), one row
//! here and its label in the catalog, found by the row's key
//! (`Catalog::task_text_label`, beside the label in `i18n/ledger.rs`); the
//! fields with a control of their
//! own (units, dates, tier, weight, tags, milestones, the indicator) are
//! written out in the form and the page.

use crate::model::Task;

/// One free-text field of a task.
pub struct TaskText {
    /// The field's name in a problem's path (and in the input's id,
    /// `tf-<key>`); the catalog finds its label (its name on the form, on
    /// the page and as its CSV header) by it.
    pub key: &'static str,
    pub get: fn(&Task) -> &str,
    pub set: fn(&mut Task, String),
    /// Several lines (a text area; a wide fact on the page).
    pub long: bool,
    /// Shown on the task page (the code is in the page's heading instead).
    pub fact: bool,
    /// `Some`: a column of the CSV task sheet, written after the fixed
    /// columns in table order under its label, and read back from a column
    /// headed with its label in either language or one of these words (the
    /// offices' own names for it; a test checks that both labels are among
    /// them). `None`: no column of its own (the code, the leader and the
    /// requirement are fixed columns of `format::csv`).
    pub csv: Option<&'static [&'static str]>,
}

/// The task's free-text fields, in the order the form and the page show them.
/// All are behind the form's "more details" button.
pub const TASK_TEXTS: &[TaskText] = &[
    TaskText {
        key: "code",
        get: |x| &x.code,
        set: |x, v| x.code = v,
        long: false,
        fact: false,
        csv: None,
    },
    TaskText {
        key: "leader",
        get: |x| &x.leader,
        set: |x, v| x.leader = v,
        long: false,
        fact: true,
        csv: None,
    },
    TaskText {
        key: "funding_source",
        get: |x| &x.funding_source,
        set: |x, v| x.funding_source = v,
        long: false,
        fact: true,
        csv: Some(&[
            "资金来源",
            "经费来源",
            "资金渠道",
            "资金筹措",
            "Funding source",
            "Funding",
            "Source of funds",
            "Funds",
        ]),
    },
    TaskText {
        key: "requirement",
        get: |x| &x.requirement.text,
        set: |x, v| x.requirement.text = v,
        long: true,
        fact: true,
        csv: None,
    },
    TaskText {
        key: "description",
        get: |x| &x.description,
        set: |x, v| x.description = v,
        long: true,
        fact: true,
        csv: Some(&[
            "任务描述",
            "任务说明",
            "具体内容",
            "主要内容",
            "Description",
        ]),
    },
];

//! Texts of the task and project pages and the progress ledger, in both languages.

/// Texts of the task and project pages and the progress ledger.
pub struct LedgerText {
    pub report_progress: &'static str,
}

pub static EN: LedgerText = LedgerText {
    report_progress: "Report progress",
};

pub static ZH: LedgerText = LedgerText {
    report_progress: "填报进展",
};

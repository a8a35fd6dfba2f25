//! Texts of the report view, in both languages.

/// Texts of the report view.
pub struct ReportText {}

pub static EN: ReportText = ReportText {};

pub static ZH: ReportText = ReportText {};

//! Texts of the dashboard view, in both languages.

/// Texts of the dashboard view.
pub struct DashboardText {}

pub static EN: DashboardText = DashboardText {};

pub static ZH: DashboardText = DashboardText {};

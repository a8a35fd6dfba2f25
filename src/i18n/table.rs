//! Texts of the table view, in both languages.

/// Texts of the table view.
pub struct TableText {}

pub static EN: TableText = TableText {};

pub static ZH: TableText = TableText {};

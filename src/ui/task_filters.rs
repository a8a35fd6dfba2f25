//! The filter panel shared by the task table and the timeline: search, every
//! filter with the count of tasks behind each value, and "clear filters".

#![allow(dead_code)] // until the task table and timeline use the panel

use crate::query::TaskQuery;
use leptos::prelude::*;

/// Shows `query`'s filters. When the user changes one, calls `on_change`
/// with the new query and `typing`: true while typing in a text box (the
/// page then replaces the history entry instead of adding one).
#[component]
pub fn FilterPanel(
    query: Signal<TaskQuery>,
    on_change: Callback<(TaskQuery, bool)>,
) -> impl IntoView {
    let _ = (query, on_change);
}

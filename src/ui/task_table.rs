//! The task table: every task, filtered, sorted and counted, with the query in the URL.

use super::use_state;
use leptos::prelude::*;

/// Reads its query from `state.route` (`Route::Tasks`).
#[component]
pub fn TaskTable() -> impl IntoView {
    let state = use_state();
    view! { <h1>{move || state.t().nav_tasks}</h1> }
}

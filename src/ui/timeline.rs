//! The timeline: tasks, milestones and projects on a time axis with a today line.

use super::use_state;
use crate::query::{Grouping, TaskQuery};
use leptos::prelude::*;

#[component]
pub fn Timeline(query: TaskQuery, group: Grouping) -> impl IntoView {
    let state = use_state();
    let _ = (query, group);
    view! { <h1>{move || state.t().nav_timeline}</h1> }
}

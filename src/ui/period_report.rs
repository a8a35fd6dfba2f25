//! The printable report for a period, and its "save as HTML".

use super::use_state;
use leptos::prelude::*;

/// Reads its period from `state.route` (`Route::PeriodReport`).
#[component]
pub fn PeriodReport() -> impl IntoView {
    let state = use_state();
    view! { <h1>{move || state.t().nav_period_report}</h1> }
}

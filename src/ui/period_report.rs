//! The printable report for a period, and its "save as HTML".

use super::use_state;
use crate::period::Period;
use leptos::prelude::*;

#[component]
pub fn PeriodReport(period: Option<Period>) -> impl IntoView {
    let state = use_state();
    let _ = period;
    view! { <h1>{move || state.t().nav_period_report}</h1> }
}

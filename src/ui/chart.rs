//! The key to the indicators' charts, drawn with the same marks. The charts
//! themselves are written with their cards as escaped HTML by
//! [`crate::indicator_progress::html`].

use leptos::prelude::*;

/// The key to the charts' marks, drawn with the same marks.
pub fn chart_legend(
    values: &'static str,
    path: &'static str,
    target: &'static str,
    bound: &'static str,
    today: &'static str,
) -> impl IntoView {
    view! {
        <ul class="chart-legend">
            <li><svg viewBox="0 0 24 12" aria-hidden="true"><polyline class="actual" points="2,9 12,5 22,3" /><circle class="reading" cx="12" cy="5" r="3" /></svg>{values}</li>
            <li><svg viewBox="0 0 24 12" aria-hidden="true"><line class="path" x1="2" y1="10" x2="22" y2="2" /></svg>{path}</li>
            <li><svg viewBox="0 0 24 12" aria-hidden="true"><circle class="target-pt" cx="12" cy="6" r="4" /></svg>{target}</li>
            <li><svg viewBox="0 0 24 12" aria-hidden="true"><line class="bound" x1="1" y1="6" x2="23" y2="6" /></svg>{bound}</li>
            <li><svg viewBox="0 0 24 12" aria-hidden="true"><line class="today" x1="12" y1="0" x2="12" y2="12" /></svg>{today}</li>
        </ul>
    }
}

//! A small hand-written SVG line chart of one indicator. The geometry comes
//! from the pure [`crate::indicator_progress::chart::layout`]; this only draws
//! it. The chart is one image with an accessible name that states its figures;
//! the same figures are also on the page as text.

use crate::indicator_progress::chart::{Chart, TargetMark};
use crate::model::Date;
use chrono::Datelike;
use leptos::prelude::*;

/// A date on the time axis: the year when the axis spans several years,
/// else the year and month.
fn time_label(first: Date, last: Date, day: Date) -> String {
    if last.year() > first.year() {
        day.year().to_string()
    } else {
        format!("{}-{:02}", day.year(), day.month())
    }
}

fn n(x: f64) -> String {
    format!("{x:.1}")
}

/// Draws `chart` as an image named `name`; `figure` writes a value on the value axis.
pub fn indicator_chart(chart: &Chart, name: String, figure: fn(f64) -> String) -> impl IntoView {
    let f = chart.frame;
    let (left, top, right, bottom) = chart.plot;
    let view_box = format!("0 0 {} {}", f.width, f.height);
    let first = chart.time_ticks.first().map(|t| t.value);
    let last = chart.time_ticks.last().map(|t| t.value);
    let time_ticks = chart
        .time_ticks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let label = match (first, last) {
                (Some(a), Some(b)) => time_label(a, b, t.value),
                _ => String::new(),
            };
            // The first label reads rightwards from its tick, the last leftwards.
            let anchor = if i == 0 && chart.time_ticks.len() > 1 {
                "start"
            } else if i == 0 {
                "middle"
            } else {
                "end"
            };
            view! {
                <text class="tick" x=n(t.at) y=n(bottom + 14.0) text-anchor=anchor>{label}</text>
            }
        })
        .collect_view();
    let value_ticks = chart
        .value_ticks
        .iter()
        .map(|t| {
            view! {
                <line class="grid" x1=n(left) x2=n(right) y1=n(t.at) y2=n(t.at) />
                <text class="tick" x=n(left - 5.0) y=n(t.at + 3.5) text-anchor="end">{figure(t.value)}</text>
            }
        })
        .collect_view();
    let bound = match chart.target {
        Some(TargetMark::Bound { y, .. }) => Some(view! {
            <line class="bound" x1=n(left) x2=n(right) y1=n(y) y2=n(y) />
        }),
        _ => None,
    };
    let target_point = chart.target.map(|t| {
        let p = match t {
            TargetMark::Point(p) => p,
            TargetMark::Bound { at, .. } => at,
        };
        view! { <circle class="target-pt" cx=n(p.x) cy=n(p.y) r="4.5" /> }
    });
    let path = chart.path.map(|(a, b)| {
        view! { <line class="path" x1=n(a.x) y1=n(a.y) x2=n(b.x) y2=n(b.y) /> }
    });
    let line = (!chart.actual_line.is_empty())
        .then(|| view! { <polyline class="actual" points=chart.actual_line.clone() /> });
    let baseline = chart
        .baseline
        .map(|p| view! { <circle class="baseline-pt" cx=n(p.x) cy=n(p.y) r="3.5" /> });
    let readings = chart
        .readings
        .iter()
        .map(|p| view! { <circle class="reading" cx=n(p.x) cy=n(p.y) r="3.5" /> })
        .collect_view();
    view! {
        <svg class="ind-chart" viewBox=view_box role="img" aria-label=name
            preserveAspectRatio="xMidYMid meet">
            {value_ticks}
            <line class="axis" x1=n(left) x2=n(right) y1=n(bottom) y2=n(bottom) />
            {time_ticks}
            {bound}
            {path}
            <line class="today" x1=n(chart.today_x) x2=n(chart.today_x) y1=n(top - 4.0) y2=n(bottom) />
            {line}
            {baseline}
            {readings}
            {target_point}
        </svg>
    }
}

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

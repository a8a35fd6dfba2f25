//! The indicators' progress cards as one piece of escaped HTML: per
//! indicator its name, class in words, a small SVG chart (one image whose
//! accessible name states its figures) and the same figures as text.
//! Read-only; the view sets it in its list.

use super::chart::{layout, Chart, Frame, TargetMark};
use super::{assess, IndicatorProgress, ProgressClass, Reading, Way};
use crate::html::{elem, text};
use crate::i18n::figures::FiguresText;
use crate::i18n::Catalog;
use crate::input::display;
use crate::model::{Aim, Date, Indicator, Plan, Tally};
use chrono::Datelike;
use std::fmt::Write;

/// An indicator's baseline, target and latest reading in words (each
/// "not set" / "no value" when missing), as the cards and the indicator
/// table both state them.
pub fn stated_figures(f: &FiguresText, ind: &Indicator, latest: Option<&Reading>) -> [String; 3] {
    let baseline = ind
        .baseline
        .as_ref()
        .map(|b| (f.year_value)(b.year, &display(b.value)))
        .unwrap_or_else(|| f.not_set.to_string());
    let target = ind
        .target
        .as_ref()
        .map(|tg| (f.year_value)(tg.year, &aim_text(f, &tg.aim)))
        .unwrap_or_else(|| f.not_set.to_string());
    let latest = latest
        .map(|l| (f.value_in)(&display(l.value), &l.period.to_string()))
        .unwrap_or_else(|| f.no_value.to_string());
    [baseline, target, latest]
}

/// A target's aim in words: "≥ 60", or the words it is.
pub fn aim_text(f: &FiguresText, aim: &Aim) -> String {
    match aim {
        Aim::Value { value } => display(*value),
        Aim::AtLeast { value } => (f.aim_at_least)(&display(*value)),
        Aim::AtMost { value } => (f.aim_at_most)(&display(*value)),
        Aim::Words { text } => text.clone(),
    }
}

/// A percentage for display: one decimal at most.
fn pct(x: f64) -> String {
    display((x * 10.0).round() / 10.0)
}

/// The CSS name of a progress class.
pub fn class_name(c: ProgressClass) -> &'static str {
    match c {
        ProgressClass::Achieved => "achieved",
        ProgressClass::AchievedEarly => "achieved-early",
        ProgressClass::OnTrack => "on-track",
        ProgressClass::Lagging => "lagging",
        ProgressClass::NoData => "no-data",
        ProgressClass::NotQuantified => "not-quantified",
        ProgressClass::NoTarget => "no-target",
    }
}

/// The chart's accessible name: the indicator and its figures in words.
fn chart_name(f: &FiguresText, ind: &Indicator, p: &IndicatorProgress, today: Date) -> String {
    let mut parts = Vec::new();
    // A running total's figures are of its year, from zero, and measured
    // at its latest value's period end.
    let running = match (p.tally, p.latest) {
        (Tally::RunningTotal, l) => {
            parts.push(f.running_total_tag.to_string());
            Some(l.map_or(today, |l| l.date.min(today)))
        }
        _ => None,
    };
    if let Some(b) = &ind.baseline {
        parts.push((f.chart_baseline)(b.year, &display(b.value)));
    }
    if let Some(l) = p.latest {
        parts.push((f.chart_latest)(&display(l.value), &l.period.to_string()));
    }
    if let Some(tg) = &ind.target {
        parts.push((f.chart_target)(&aim_text(f, &tg.aim), tg.year));
    }
    match (running, p.progress) {
        (None, Some(x)) => parts.push((f.chart_progress)(Way::of(x))),
        (Some(_), Some(x)) => parts.push((f.share_of_way)(Way::of(x))),
        _ => {}
    }
    if let (Some(share), Some(value)) = (p.expected_share, p.expected_value) {
        parts.push(match running {
            None => (f.chart_expected)(&pct(share), &display(value)),
            Some(at) => (f.chart_expected_at)(&at.to_string(), &pct(share), &display(value)),
        });
    }
    parts.push((f.progress_class)(p.class).to_string());
    (f.chart_name)(&ind.name, &parts)
}

/// Writes one `<li>` card per indicator of `plan`, as of `today`.
pub fn cards_html(out: &mut String, t: &Catalog, plan: &Plan, today: Date) {
    let f = t.figures;
    for ind in &plan.indicators {
        let p = assess(ind, today);
        let class = p.class;
        let _ = write!(out, "<li><article class=\"ind-card\" aria-labelledby=\"");
        let id = format!("ind-progress-{}", ind.id);
        text(out, &id);
        out.push_str("\"><div class=\"ind-card-head\"><h3 id=\"");
        text(out, &id);
        out.push_str("\">");
        text(out, &ind.name);
        out.push_str("</h3>");
        let css = format!("ind-class ind-class-{}", class_name(class));
        elem(out, "span", &css, (f.progress_class)(class));
        out.push_str("</div>");
        if ind.tally == Tally::RunningTotal {
            elem(out, "p", "ind-tally", f.running_total_tag);
        }
        match layout(&p, today, Frame::SMALL) {
            Some(c) => chart_svg(out, &c, &chart_name(f, ind, &p, today)),
            None => elem(out, "p", "muted no-chart", f.chart_no_figures),
        }
        let [baseline, target, latest] = stated_figures(f, ind, p.latest.as_ref());
        // Progress and the path are said to be missing only where a figure
        // was due (a numeric class); elsewhere the rows are left out.
        let numeric = matches!(
            class,
            ProgressClass::NoData | ProgressClass::OnTrack | ProgressClass::Lagging
        );
        let missing = || numeric.then(|| f.not_computable.to_string());
        let progress = p
            .progress
            .map(|x| (f.share_of_way)(Way::of(x)))
            .or_else(missing);
        let expected = match (p.expected_share, p.expected_value) {
            (Some(s), Some(v)) => Some((f.expected_by_now)(&pct(s), &display(v))),
            _ => missing(),
        };
        out.push_str("<dl class=\"ind-figures\">");
        // A running total is measured at its latest value's period end.
        let expected_term = match (p.tally, p.latest) {
            (Tally::RunningTotal, Some(l)) => (f.label_expected_at)(&l.date.min(today).to_string()),
            _ => f.label_expected.to_string(),
        };
        let rows = [
            (f.col_baseline, Some(baseline)),
            (f.col_target, Some(target)),
            (f.col_latest, Some(latest)),
            (f.label_progress, progress),
            (&expected_term, expected),
        ];
        for (term, value) in rows {
            if let Some(value) = value {
                out.push_str("<div>");
                elem(out, "dt", "", term);
                elem(out, "dd", "", &value);
                out.push_str("</div>");
            }
        }
        out.push_str("</dl></article></li>");
    }
}

/// A date on the time axis: the year when the axis spans several years,
/// else the year and month.
fn time_label(first: Date, last: Date, day: Date) -> String {
    if last.year() > first.year() {
        day.year().to_string()
    } else {
        format!("{}-{:02}", day.year(), day.month())
    }
}

/// A line from (x1, y1) to (x2, y2) of `class`.
fn line(out: &mut String, class: &str, x1: f64, y1: f64, x2: f64, y2: f64) {
    let _ = write!(
        out,
        "<line class=\"{class}\" x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\"></line>"
    );
}

fn circle(out: &mut String, class: &str, x: f64, y: f64, r: &str) {
    let _ = write!(
        out,
        "<circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\"></circle>"
    );
}

/// Draws `chart` as an SVG image named `name`.
fn chart_svg(out: &mut String, chart: &Chart, name: &str) {
    let f = chart.frame;
    let (left, top, right, bottom) = chart.plot;
    let _ = write!(
        out,
        "<svg class=\"ind-chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"",
        f.width, f.height
    );
    text(out, name);
    out.push_str("\" preserveAspectRatio=\"xMidYMid meet\">");
    for tick in &chart.value_ticks {
        line(out, "grid", left, tick.at, right, tick.at);
        let _ = write!(
            out,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">",
            left - 5.0,
            tick.at + 3.5
        );
        text(out, &display(tick.value));
        out.push_str("</text>");
    }
    line(out, "axis", left, bottom, right, bottom);
    let first = chart.time_ticks.first().map(|t| t.value);
    let last = chart.time_ticks.last().map(|t| t.value);
    for (i, tick) in chart.time_ticks.iter().enumerate() {
        let label = match (first, last) {
            (Some(a), Some(b)) => time_label(a, b, tick.value),
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
        let _ = write!(
            out,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">",
            tick.at,
            bottom + 14.0
        );
        text(out, &label);
        out.push_str("</text>");
    }
    if let Some(TargetMark::Bound { y, .. }) = chart.target {
        line(out, "bound", left, y, right, y);
    }
    if let Some((a, b)) = chart.path {
        line(out, "path", a.x, a.y, b.x, b.y);
    }
    let today = chart.today_x;
    line(out, "today", today, top - 4.0, today, bottom);
    if !chart.actual_line.is_empty() {
        out.push_str("<polyline class=\"actual\" points=\"");
        text(out, &chart.actual_line);
        out.push_str("\"></polyline>");
    }
    if let Some(p) = chart.baseline {
        circle(out, "baseline-pt", p.x, p.y, "3.5");
    }
    for p in &chart.readings {
        circle(out, "reading", p.x, p.y, "3.5");
    }
    if let Some(t) = chart.target {
        let p = match t {
            TargetMark::Point(p) => p,
            TargetMark::Bound { at, .. } => at,
        };
        circle(out, "target-pt", p.x, p.y, "4.5");
    }
    out.push_str("</svg>");
}
